import { describe, expect, it } from 'vitest';
import { linksForRow } from '../../../../renderer/review/links.js';
import type { DocumentInfo } from '../../../../shared/model.js';

const doc = (id: string): DocumentInfo => ({ id, fileName: id, language: 'en', languageDetected: false, role: 'target', direction: 'ltr', format: 'md' });

describe('linksForRow', () => {
  it('links the same row in every other document', () => {
    const row = {
      kind: 'match' as const,
      score: 1,
      cells: [[{ start: 0, end: 3, text: 'One' }], [{ start: 5, end: 8, text: 'Uno' }], [], [{ start: 1, end: 4, text: 'Eins' }]],
    };
    expect(linksForRow(row, [doc('a.en.md'), doc('a.es.md'), doc('a.fr.md'), doc('a.de.md')], 0)).toEqual([
      { documentId: 'a.es.md', start: 5, end: 8, text: 'Uno' },
      { documentId: 'a.de.md', start: 1, end: 4, text: 'Eins' },
    ]);
  });

  it('has no links without a row', () => {
    expect(linksForRow(undefined, [doc('a')], 0)).toEqual([]);
  });
});
