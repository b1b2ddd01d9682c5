import { describe, expect, it } from 'vitest';
import type { AlignedRow, DocumentInfo } from '../../../../shared/model.js';
import { changesSinceReviewMarks, revisionMarks, revisionPairs } from '../../../../renderer/diff/revision-diff.js';

function doc(id: string, language: string): DocumentInfo {
  return { id, fileName: id, language, languageDetected: false, role: 'revision', direction: 'ltr', format: 'md' };
}

const documents = [doc('n.en.md', 'en'), doc('n.fr.v1.md', 'fr'), doc('n.fr.v2.md', 'fr')];

describe('revisionPairs', () => {
  it('pairs documents of one language in set order', () => {
    expect(revisionPairs(documents)).toEqual([[1, 2]]);
    expect(revisionPairs([doc('a', 'de'), doc('b', 'FR'), doc('c', 'de'), doc('d', 'fr')])).toEqual([
      [0, 2],
      [1, 3],
    ]);
  });
});

describe('revisionMarks', () => {
  it('compares each row with itself, so a moved paragraph is not a change', () => {
    const texts = ['One.\n\nTwo.', 'Un 15.\n\nDeux.', 'Deux.\n\nUn 150.'];
    const seg = (text: string, start: number, end: number) => ({ start, end, text: text.slice(start, end) });
    const rows: AlignedRow[] = [
      { kind: 'match', score: 1, cells: [[seg(texts[0]!, 0, 4)], [seg(texts[1]!, 0, 6)], [seg(texts[2]!, 7, 14)]] },
      { kind: 'moved', score: 1, cells: [[seg(texts[0]!, 6, 10)], [seg(texts[1]!, 8, 13)], [seg(texts[2]!, 0, 5)]] },
    ];
    const marks = revisionMarks(documents, texts, rows);
    expect(marks[0]).toEqual([]);
    expect(marks[1]?.map((m) => [m.kind, texts[1]!.slice(m.start, m.end)])).toEqual([['removed', '15']]);
    expect(marks[2]?.map((m) => [m.kind, texts[2]!.slice(m.start, m.end)])).toEqual([['added', '150']]);
  });
});

describe('changesSinceReviewMarks', () => {
  it('marks added words and the place of removed ones with the removed text in the hover', () => {
    const marks = changesSinceReviewMarks('about two weeks', 'about ten days', 'en');
    expect(marks.filter((m) => m.kind === 'added').map((m) => 'about ten days'.slice(m.start, m.end))).toEqual(['ten', 'days']);
    expect(marks.find((m) => m.kind === 'removed-here')).toMatchObject({ start: 6, note: expect.stringContaining('two') });
  });
});
