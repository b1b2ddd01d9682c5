import { describe, expect, it } from 'vitest';
import type { AnchoredAnnotation } from '../../../../shared/api.js';
import type { Annotation } from '../../../../shared/model.js';
import { authorsOf, isFiltering, matchesFilter, noFilter } from '../../../../renderer/review/comment-filter.js';

function item(changes: Partial<Annotation>): AnchoredAnnotation {
  const annotation: Annotation = {
    id: 'a', target: { selector: [{ type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' }, { type: 'TextPositionSelector', start: 0, end: 1 }] },
    links: [], category: 'accuracy/omission', severity: 'major', comment: 'A sentence is missing', suggestion: 'Añadir la frase', status: 'open',
    author: 'Ana', created: '2025-01-01T00:00:00Z', modified: '2025-01-01T00:00:00Z', replies: [], ...changes,
  };
  return { annotation, anchor: { start: 0, end: 1 } };
}

describe('comment filter', () => {
  it('filters by status, severity, author, dimension and exact category', () => {
    const a = item({});
    expect(matchesFilter(a, 'x', noFilter)).toBe(true);
    expect(isFiltering(noFilter)).toBe(false);
    expect(matchesFilter(a, 'x', { ...noFilter, status: 'resolved' })).toBe(false);
    expect(matchesFilter(a, 'x', { ...noFilter, severity: 'major' })).toBe(true);
    expect(matchesFilter(a, 'x', { ...noFilter, author: 'Bo' })).toBe(false);
    expect(matchesFilter(a, 'x', { ...noFilter, category: 'accuracy' })).toBe(true);
    expect(matchesFilter(a, 'x', { ...noFilter, category: 'accuracy/omission' })).toBe(true);
    expect(matchesFilter(a, 'x', { ...noFilter, category: 'accuracy/addition' })).toBe(false);
    expect(matchesFilter(a, 'x', { ...noFilter, category: 'style' })).toBe(false);
  });

  it('searches the comment, suggestion, marked text and replies, every word', () => {
    const a = item({ replies: [{ id: 'r', author: 'Bo', created: '2025-01-02T00:00:00Z', text: 'Fixed in v2' }] });
    expect(matchesFilter(a, 'semillas devueltas', { ...noFilter, text: 'MISSING sentence' })).toBe(true);
    expect(matchesFilter(a, 'semillas devueltas', { ...noFilter, text: 'añadir' })).toBe(true);
    expect(matchesFilter(a, 'semillas devueltas', { ...noFilter, text: 'devueltas' })).toBe(true);
    expect(matchesFilter(a, 'semillas devueltas', { ...noFilter, text: 'v2' })).toBe(true);
    expect(matchesFilter(a, 'semillas devueltas', { ...noFilter, text: 'missing v3' })).toBe(false);
  });

  it('lists the authors once, sorted', () => {
    expect(authorsOf([item({ author: 'Bo' }), item({ author: 'Ana' }), item({ author: 'Bo' })])).toEqual(['Ana', 'Bo']);
  });
});
