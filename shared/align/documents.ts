// alignDocuments: 1 to 6 documents -> one table of rows (DESIGN.md §4).
import type { AlignedRow, Alignment, Segment } from '../model.js';
import { alignDocumentPair, unitsOf, type PairAlignment, type UnitDocument } from './document-pair.js';
import { Vocabulary } from './features.js';
import { mergeOnPivot, type UnitRow } from './n-way.js';
import type { AlignInput, AlignOptions } from './index.js';

export const MAX_DOCUMENTS = 6;

export function alignDocumentSet(docs: AlignInput[], options: AlignOptions): Alignment {
  if (docs.length > MAX_DOCUMENTS) {
    throw new Error(`Verso aligns at most ${MAX_DOCUMENTS} documents at once; ${docs.length} were given (${docs.map((d) => d.path).join(', ')}). Open fewer documents.`);
  }
  const documents = docs.map((d) => ({ path: d.path, language: d.language }));
  if (docs.length === 0) return { documents, rows: [] };
  const vocab = new Vocabulary();
  const unitDocs = docs.map((d) => unitsOf(d.text, d.blocks, d.language, options.level, vocab));
  const pivot = pickPivot(docs.length, options.sourceIndex);
  const pivotDoc = unitDocs[pivot] as UnitDocument;
  const pairs: (PairAlignment | null)[] = unitDocs.map((d, k) => (k === pivot ? null : alignDocumentPair(pivotDoc, d, options.level, vocab)));
  const unitRows = mergeOnPivot(docs.length, pivot, pivotDoc.units.length, pairs);
  return { documents, rows: unitRows.map((r) => toAlignedRow(r, unitDocs)) };
}

function pickPivot(count: number, sourceIndex: number | null | undefined): number {
  if (sourceIndex === null || sourceIndex === undefined) return 0;
  if (!Number.isInteger(sourceIndex) || sourceIndex < 0 || sourceIndex >= count) {
    throw new Error(`The source document index ${sourceIndex} is outside the ${count} documents given; pass 0 to ${count - 1}, or none.`);
  }
  return sourceIndex;
}

function toAlignedRow(row: UnitRow, docs: UnitDocument[]): AlignedRow {
  const cells: Segment[][] = row.units.map((units, k) => units.map((u) => docs[k]?.units[u] as Segment));
  const aligned: AlignedRow = { cells, kind: row.kind, score: row.score };
  if (row.movedFrom !== undefined) aligned.movedFrom = row.movedFrom;
  for (let k = 0; k < row.units.length; k += 1) {
    const first = row.units[k]?.[0];
    const doc = docs[k];
    if (first !== undefined && doc) {
      const block = doc.blocks[doc.blockOf[first] as number];
      if (block) aligned.block = block.kind;
      break;
    }
  }
  return aligned;
}
