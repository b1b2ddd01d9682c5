// The bridge from the alignment engine to QA: an Alignment (DESIGN.md §4) and the decoded texts
// become the documents and rows runQa reads. Engine-only fields (score, movedFrom, block) stay
// behind, so QA results do not depend on the engine's confidence figures.
import type { Alignment } from '../model.js';
import type { QaInput, QaRow } from './types.js';

export interface QaAlignmentOptions {
  /** Index of the source (pivot) document, or null when the set has none. */
  sourceIndex: number | null;
  /** Document ids in alignment order; the alignment's paths when absent. */
  ids?: string[];
}

/** runQa input for an aligned set; `texts` are the documents' decoded texts, in alignment order. */
export function qaInputFromAlignment(alignment: Alignment, texts: string[], options: QaAlignmentOptions): QaInput {
  const count = alignment.documents.length;
  if (texts.length !== count) {
    throw new Error(`QA: the alignment has ${count} documents but ${texts.length} texts were given. Align the set again.`);
  }
  if (options.ids && options.ids.length !== count) {
    throw new Error(`QA: the alignment has ${count} documents but ${options.ids.length} ids were given. Align the set again.`);
  }
  const documents = alignment.documents.map((doc, k) => ({
    id: options.ids?.[k] ?? doc.path,
    language: doc.language,
    text: texts[k] ?? '',
  }));
  const rows: QaRow[] = alignment.rows.map((row, rowIndex) => {
    if (row.cells.length !== count) {
      throw new Error(`QA: row ${rowIndex} of the alignment has ${row.cells.length} cells for ${count} documents. Align the set again.`);
    }
    return { cells: row.cells, kind: row.kind };
  });
  return { documents, rows, sourceIndex: options.sourceIndex };
}
