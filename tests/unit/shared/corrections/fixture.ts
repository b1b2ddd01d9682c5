// Two small documents cut into sentences, and alignments of them built row by row.
import type { AlignedRow, Alignment, Segment } from '../../../../shared/model.js';

export const english = 'One apple. Two pears. Three plums. Four figs.';
export const german = 'Ein Apfel. Zwei Birnen. Drei Pflaumen. Vier Feigen.';
export const documents = [
  { path: 'fruit.en.txt', language: 'en' },
  { path: 'fruit.de.txt', language: 'de' },
];

export function sentences(text: string): Segment[] {
  return [...text.matchAll(/[^.\s][^.]*\./g)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

/** Rows from sentence indices per document, e.g. [[[0, 1], [0]], [[2], [1, 2]]]. */
export function alignmentOf(texts: readonly string[], rows: number[][][], extra: Partial<AlignedRow>[] = []): Alignment {
  const cut = texts.map(sentences);
  return {
    documents,
    rows: rows.map((cells, r) => ({
      cells: cells.map((indices, d) => indices.map((i) => cut[d]![i]!)),
      kind: cells.every((c) => c.length > 0) ? 'match' : 'partial',
      score: 0.8,
      ...extra[r],
    })),
  };
}

/** The rows as sentence texts, to compare results in a readable way. */
export function rowTexts(alignment: Alignment): string[][] {
  return alignment.rows.map((row) => row.cells.map((cell) => cell.map((s) => s.text).join(' ')));
}
