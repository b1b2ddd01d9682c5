// A cell (the segments one document contributes to a row) seen as one string, with a way back to
// document offsets. Views are memoised per cell array so that every check reuses the same one.
import type { Segment } from '../model.js';
import { hasVisible } from './text/white-space.js';
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
  readonly memo: Record<string, unknown>;
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

// Views are classes rather than object literals with closures: one view per cell of a whole set is
// kept for the session, so the per-view cost (a closure, a context, an eagerly made Map) adds up.
class SegmentView implements CellView {
  private memoSlots: Record<string, unknown> | undefined;
  constructor(
    readonly text: string,
    readonly start: number,
    readonly end: number,
    readonly segments: Segment[],
  ) {}

  // A plain object, not a Map: a Map's table for a cell's eight or so entries costs three times as
  // much, for every cell of the set. Keys are the checks' own names, none of them Object.prototype's.
  get memo(): Record<string, unknown> {
    return (this.memoSlots ??= {});
  }

  toDocument(offset: number): number {
    return this.start < 0 ? offset : this.start + offset;
  }
}

class JoinedView extends SegmentView {
  constructor(text: string, start: number, end: number, segments: Segment[], private readonly localStarts: number[]) {
    super(text, start, end, segments);
  }

  override toDocument(offset: number): number {
    const cell = this.segments;
    let index = this.localStarts.length - 1;
    while (index > 0 && (this.localStarts[index] ?? 0) > offset) index--;
    const segment = cell[index] ?? cell[0];
    if (!segment) return offset;
    const within = Math.min(offset - (this.localStarts[index] ?? 0), segment.text.length);
    return segment.start + within;
  }
}

function buildView(cell: Segment[]): CellView {
  const first = cell[0];
  if (!first) return new SegmentView('', -1, -1, cell);
  if (cell.length === 1) return new SegmentView(first.text, first.start, first.end, cell);
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
  return new JoinedView(parts.join(' '), start, end, cell, localStarts);
}

/** The memoised value `key` of a cell view, computed by `compute` on first use. */
export function memoised<T>(view: CellView, key: string, compute: (text: string) => T): T {
  const memo = view.memo;
  const known = memo[key];
  if (known !== undefined || key in memo) return known as T;
  const value = compute(view.text);
  memo[key] = value;
  return value;
}

export function isEmptyCell(cell: Segment[] | undefined): boolean {
  if (!cell || cell.length === 0) return true;
  for (const segment of cell) if (hasVisible(segment.text)) return false;
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
