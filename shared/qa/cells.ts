// A cell (the segments one document contributes to a row) seen as one string, with a way back to
// document offsets. Views are memoised per cell array so that every check reuses the same one.
import type { Segment } from '../model.js';
import type { FindingSpan, QaContext, QaRow } from './types.js';

export interface CellView {
  /** The segments' texts joined by a single space. */
  text: string;
  /** Document offset of the first segment's start (or -1 for an empty cell). */
  start: number;
  /** Document offset of the last segment's end (or -1 for an empty cell). */
  end: number;
  segments: Segment[];
  /** Offset in `text` → offset in the document. */
  toDocument(offset: number): number;
  /** Memo slots for derived token lists (numbers, placeholders…), filled on first use. */
  memo: Map<string, unknown>;
}

const views = new WeakMap<Segment[], CellView>();

export function cellView(cell: Segment[]): CellView {
  let view = views.get(cell);
  if (!view) {
    view = buildView(cell);
    views.set(cell, view);
  }
  return view;
}

function buildView(cell: Segment[]): CellView {
  const memo = new Map<string, unknown>();
  const first = cell[0];
  if (cell.length === 1 && first) {
    const base = first.start;
    return { text: first.text, start: first.start, end: first.end, segments: cell, toDocument: (i) => base + i, memo };
  }
  if (!first) return { text: '', start: -1, end: -1, segments: cell, toDocument: (i) => i, memo };
  const localStarts: number[] = [];
  const parts: string[] = [];
  let length = 0;
  for (const segment of cell) {
    if (parts.length > 0) length += 1;
    localStarts.push(length);
    parts.push(segment.text);
    length += segment.text.length;
  }
  let start = first.start;
  let end = first.end;
  for (const segment of cell) {
    if (segment.start < start) start = segment.start;
    if (segment.end > end) end = segment.end;
  }
  const toDocument = (offset: number): number => {
    let index = localStarts.length - 1;
    while (index > 0 && (localStarts[index] ?? 0) > offset) index--;
    const segment = cell[index] ?? first;
    const within = Math.min(offset - (localStarts[index] ?? 0), segment.text.length);
    return segment.start + within;
  };
  return { text: parts.join(' '), start, end, segments: cell, toDocument, memo };
}

/** The memoised value `key` of a cell view, computed by `compute` on first use. */
export function memoised<T>(view: CellView, key: string, compute: (text: string) => T): T {
  const known = view.memo.get(key);
  if (known !== undefined || view.memo.has(key)) return known as T;
  const value = compute(view.text);
  view.memo.set(key, value);
  return value;
}

const visible = /\S/;

export function isEmptyCell(cell: Segment[] | undefined): boolean {
  if (!cell || cell.length === 0) return true;
  for (const segment of cell) if (visible.test(segment.text)) return false;
  return true;
}

/** Document span of a local [start, end) range of a cell view. */
export function spanIn(view: CellView, documentIndex: number, start: number, end: number): FindingSpan {
  const docStart = view.toDocument(start);
  const docEnd = end <= start ? docStart : view.toDocument(end - 1) + 1;
  return { documentIndex, start: docStart, end: docEnd };
}

/** The whole cell as a span (empty cells have no span). */
export function cellSpan(cell: Segment[] | undefined, documentIndex: number): FindingSpan | null {
  if (isEmptyCell(cell) || !cell) return null;
  const view = cellView(cell);
  return { documentIndex, start: view.start, end: view.end };
}

const endsBefore = new WeakMap<QaRow[], Int32Array[]>();

/**
 * Where text missing from `documentIndex` in row `rowIndex` would sit: the end of that document's
 * last segment in an earlier row, or 0 at the start of the document.
 */
export function insertionPoint(context: QaContext, documentIndex: number, rowIndex: number): number {
  let perDocument = endsBefore.get(context.rows);
  if (!perDocument || perDocument.length !== context.documents.length) {
    perDocument = buildEndsBefore(context.rows, context.documents.length);
    endsBefore.set(context.rows, perDocument);
  }
  return perDocument[documentIndex]?.[rowIndex] ?? 0;
}

function buildEndsBefore(rows: QaRow[], documentCount: number): Int32Array[] {
  const result: Int32Array[] = [];
  for (let d = 0; d < documentCount; d++) {
    const ends = new Int32Array(rows.length);
    let last = 0;
    for (let r = 0; r < rows.length; r++) {
      ends[r] = last;
      for (const segment of rows[r]?.cells[d] ?? []) if (segment.end > last) last = segment.end;
    }
    result.push(ends);
  }
  return result;
}
