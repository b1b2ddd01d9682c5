// alignDocuments: 1 to 6 documents -> one table of rows (DESIGN.md §4).
import type { AlignedRow, AlignLevel, Alignment, Segment } from '../model.js';
import { alignDocumentPair, unitsOf, type PairAlignment, type UnitDocument } from './document-pair.js';
import { Vocabulary } from './features.js';
import { composePairs, maximumSpanningTree, pairQuality } from './spanning-tree.js';
import { mergeOnPivot, type UnitRow } from './n-way.js';
import type { AlignInput, AlignOptions } from './index.js';

export const MAX_DOCUMENTS = 6;

/** Pair quality through a restructured document, as a share of its rating. */
const HUB_PENALTY = 0.5;

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
  const hasSource = options.sourceIndex !== null && options.sourceIndex !== undefined;
  const pairs: (PairAlignment | null)[] = hasSource || docs.length < 3
    ? unitDocs.map((d, k) => (k === pivot ? null : alignDocumentPair(pivotDoc, d, options.level, vocab)))
    : alongSpanningTree(unitDocs, pivot, options.level, vocab);
  const unitRows = mergeOnPivot(docs.length, pivot, pivotDoc.units.length, pairs);
  return { documents, rows: unitRows.map((r) => toAlignedRow(r, unitDocs)) };
}

/**
 * Without a source: paragraph alignments of every pair rate the pairs (cheap: blocks only); the
 * sentence alignment runs on the tree's edges only, and each document is reached from the pivot
 * by composing the pairs on its tree path.
 */
function alongSpanningTree(docs: UnitDocument[], pivot: number, level: AlignLevel, vocab: Vocabulary): (PairAlignment | null)[] {
  const rated = new Map<string, number>();
  const paragraphPairs = new Map<string, PairAlignment>();
  for (let x = 0; x < docs.length; x += 1) {
    for (let y = x + 1; y < docs.length; y += 1) {
      const a = docs[x] as UnitDocument;
      const b = docs[y] as UnitDocument;
      const pair = alignDocumentPair(a, b, 'paragraph', vocab);
      paragraphPairs.set(`${x}:${y}`, pair);
      rated.set(`${x}:${y}`, pairQuality(pair, a.blocks.length, b.blocks.length));
    }
  }
  // A document with paragraphs moved against the pivot is a poor hub: the pairs through it would be
  // composed across its moves, and a pair of two translations often misses a move their source shows.
  const key = (x: number, y: number): string => (x < y ? `${x}:${y}` : `${y}:${x}`);
  const restructured = docs.map((_, k) => k !== pivot && (paragraphPairs.get(key(pivot, k))?.moves.length ?? 0) > 0);
  const parent = maximumSpanningTree(docs.length, pivot, (from, to) => (rated.get(key(from, to)) ?? 0) * (restructured[from] ? HUB_PENALTY : 1));
  const fromPivot: (PairAlignment | null)[] = docs.map(() => null);
  const reach = (k: number): PairAlignment => {
    const done = fromPivot[k];
    if (done) return done;
    const p = parent[k] as number;
    const known = level === 'paragraph' && p < k ? paragraphPairs.get(`${p}:${k}`) : undefined;
    const edge = known ?? alignDocumentPair(docs[p] as UnitDocument, docs[k] as UnitDocument, level, vocab);
    const pair = p === pivot ? edge : composePairs(reach(p), edge, (docs[p] as UnitDocument).units.length);
    fromPivot[k] = pair;
    return pair;
  };
  for (let k = 0; k < docs.length; k += 1) if (k !== pivot) reach(k);
  return fromPivot;
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
