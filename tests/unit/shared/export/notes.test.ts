import { describe, expect, it } from 'vitest';
import type { AlignedRow, Segment } from '../../../../shared/model.js';
import { buildReviewNotes, paragraphAround, type NotesInput } from '../../../../shared/export/index.js';
import { anchorAnnotations } from '../../../../shared/review/index.js';
import { annotationOn } from '../review/fixtures.js';

const source = 'First paragraph.\n\nThe second paragraph says hello.\n';
const target = 'Erster Absatz.\r\n\r\nDer zweite Absatz sagt 😀 hallo.\r\n';

function segment(text: string, paragraph: string): Segment {
  const start = text.indexOf(paragraph);
  return { start, end: start + paragraph.length, text: paragraph };
}

const rows: AlignedRow[] = [
  { cells: [[segment(source, 'First paragraph.')], [segment(target, 'Erster Absatz.')]], kind: 'match', score: 0.9 },
  {
    cells: [[segment(source, 'The second paragraph says hello.')], [segment(target, 'Der zweite Absatz sagt 😀 hallo.')]],
    kind: 'match',
    score: 0.9,
  },
];

function input(overrides: Partial<NotesInput> = {}): NotesInput {
  const note = annotationOn(target, 'hallo', { comment: 'Too informal' });
  return {
    setName: 'Guide',
    exported: '2025-02-03T00:00:00.000Z',
    documents: [
      { id: 'guide.en.md', fileName: 'guide.en.md', language: 'en', role: 'source' },
      { id: 'guide.de.md', fileName: 'guide.de.md', language: 'de', role: 'target' },
    ],
    sourceId: 'guide.en.md',
    texts: [source, target],
    annotations: [[], anchorAnnotations(target, [note])],
    rows,
    ...overrides,
  };
}

describe('buildReviewNotes', () => {
  it('gives line, code point column, the aligned source and the containing target segment', () => {
    const [note] = buildReviewNotes(input()).notes;
    expect(note).toMatchObject({
      file: 'guide.de.md',
      line: 3,
      column: 26,
      markedText: 'hallo',
      targetText: 'Der zweite Absatz sagt 😀 hallo.',
      sourceText: 'The second paragraph says hello.',
      comment: 'Too informal',
      orphaned: false,
    });
  });

  it("prefers the source text recorded in the annotation's links", () => {
    const note = annotationOn(target, 'hallo', {
      links: [{ documentId: 'guide.en.md', start: 44, end: 49, text: 'hello' }],
    });
    const notes = buildReviewNotes(input({ annotations: [[], anchorAnnotations(target, [note])] }));
    expect(notes.notes[0]?.sourceText).toBe('hello');
  });

  it('falls back to the paragraph around the note when there is no alignment', () => {
    const [note] = buildReviewNotes(input({ rows: null })).notes;
    expect(note?.targetText).toBe('Der zweite Absatz sagt 😀 hallo.');
    expect(note?.sourceText).toBe('');
  });

  it('keeps orphaned notes, last, without a place', () => {
    const orphan = annotationOn('Text that is gone.', 'gone', { id: 'o' });
    const placed = annotationOn(target, 'Erster', { id: 'p' });
    const notes = buildReviewNotes(input({ annotations: [[], anchorAnnotations(target, [orphan, placed])] })).notes;
    expect(notes.map((n) => [n.markedText, n.line, n.orphaned])).toEqual([
      ['Erster', 1, false],
      ['gone', null, true],
    ]);
  });

  it('finds the paragraph around a span', () => {
    expect(paragraphAround('a\n\nb c\nd\n\ne', { start: 5, end: 6 })).toBe('b c\nd');
  });
});
