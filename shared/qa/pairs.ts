// Which documents a check compares: each target with the source, or, in a set without a source,
// each document with the first one.
import type { Segment } from '../model.js';
import { cellView, isEmptyCell, type CellView } from './cells.js';
import type { QaContext, QaRow } from './types.js';

export interface ComparedPair {
  source: number;
  target: number;
}

const pairMemo = new WeakMap<QaContext['documents'], Map<string, ComparedPair[]>>();

export function comparedPairs(context: Pick<QaContext, 'documents' | 'sourceIndex'>): ComparedPair[] {
  const key = String(context.sourceIndex);
  let byKey = pairMemo.get(context.documents);
  if (!byKey) {
    byKey = new Map();
    pairMemo.set(context.documents, byKey);
  }
  let pairs = byKey.get(key);
  if (!pairs) {
    const source = context.sourceIndex ?? 0;
    pairs = [];
    for (let target = 0; target < context.documents.length; target++) {
      if (target !== source) pairs.push({ source, target });
    }
    byKey.set(key, pairs);
  }
  return pairs;
}

/** Documents whose own conventions are reviewed: the targets, or all documents without a source. */
export function reviewedDocuments(context: Pick<QaContext, 'documents' | 'sourceIndex'>): number[] {
  const result: number[] = [];
  for (let i = 0; i < context.documents.length; i++) if (i !== context.sourceIndex) result.push(i);
  return result;
}

/** Lower-case primary subtag of a BCP 47 tag: `pt-BR` → `pt`. */
export function primaryLanguage(tag: string): string {
  // Asked for every cell by several checks, about the set's few tags.
  let primary = primaries.get(tag);
  if (primary === undefined) {
    const dash = tag.search(/[-_]/);
    primary = (dash < 0 ? tag : tag.slice(0, dash)).toLowerCase();
    if (primaries.size < 1000) primaries.set(tag, primary);
  }
  return primary;
}

const primaries = new Map<string, string>();

export function sameLanguage(a: string, b: string): boolean {
  return primaryLanguage(a) === primaryLanguage(b);
}

/** A compared pair in one row where both documents have text, with the cells' views. */
export interface FilledPair extends ComparedPair {
  sourceCell: Segment[];
  targetCell: Segment[];
  sourceView: CellView;
  targetView: CellView;
  sourceLanguage: string;
  targetLanguage: string;
}

/** The compared pairs of a row in which neither side is empty: what cross-document checks look at. */
export function* filledPairs(row: QaRow, context: Pick<QaContext, 'documents' | 'sourceIndex'>): Generator<FilledPair> {
  for (const { source, target } of comparedPairs(context)) {
    const sourceCell = row.cells[source];
    const targetCell = row.cells[target];
    if (!sourceCell || !targetCell || isEmptyCell(sourceCell) || isEmptyCell(targetCell)) continue;
    yield {
      source,
      target,
      sourceCell,
      targetCell,
      sourceView: cellView(sourceCell),
      targetView: cellView(targetCell),
      sourceLanguage: context.documents[source]?.language ?? '',
      targetLanguage: context.documents[target]?.language ?? '',
    };
  }
}
