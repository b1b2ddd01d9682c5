// Rows while corrections are being applied. Moved pairs point at each other by object rather than
// by index, because merges and splits renumber the rows; indices are computed once at the end.
import type { AlignedRow, RowKind, Segment } from '../model.js';

export interface WorkRow {
  cells: Segment[][];
  kind: RowKind;
  score: number;
  block?: AlignedRow['block'];
  confirmed?: boolean;
  partner: WorkRow | null;
}

export function toWorkRows(rows: readonly AlignedRow[]): WorkRow[] {
  const work: WorkRow[] = rows.map((row) => ({
    cells: row.cells.map((cell) => [...cell]),
    kind: row.kind,
    score: row.score,
    ...(row.block !== undefined ? { block: row.block } : {}),
    ...(row.confirmed ? { confirmed: true } : {}),
    partner: null,
  }));
  rows.forEach((row, i) => {
    const self = work[i];
    if (self && row.movedFrom !== undefined) self.partner = work[row.movedFrom] ?? null;
  });
  return work;
}

export function fromWorkRows(work: readonly WorkRow[]): AlignedRow[] {
  const index = new Map(work.map((row, i) => [row, i]));
  return work.map((row) => {
    const movedFrom = row.partner ? index.get(row.partner) : undefined;
    return {
      cells: row.cells,
      kind: row.kind,
      score: row.score,
      ...(movedFrom !== undefined ? { movedFrom } : {}),
      ...(row.block !== undefined ? { block: row.block } : {}),
      ...(row.confirmed ? { confirmed: true } : {}),
    };
  });
}

/** A copy deep enough that a rejected correction can be dropped without undoing anything. */
export function copyWorkRows(work: readonly WorkRow[]): WorkRow[] {
  const copies = work.map((row): WorkRow => ({ ...row, cells: row.cells.map((cell) => [...cell]) }));
  const byOriginal = new Map(work.map((row, i) => [row, copies[i]!]));
  for (const copy of copies) copy.partner = copy.partner ? (byOriginal.get(copy.partner) ?? null) : null;
  return copies;
}

/** `match` when every document has text in the row, `partial` otherwise; moved pairs stay moved. */
export function settleKind(row: WorkRow): void {
  if (row.partner) row.kind = 'moved';
  else if (row.kind !== 'moved') row.kind = row.cells.every((cell) => cell.length > 0) ? 'match' : 'partial';
}

export function isEmptyRow(row: WorkRow): boolean {
  return row.cells.every((cell) => cell.length === 0);
}

/** Drops a row, and the link of the row that pointed at it. */
export function removeRow(work: WorkRow[], row: WorkRow): void {
  const at = work.indexOf(row);
  if (at >= 0) work.splice(at, 1);
  for (const other of work) {
    if (other.partner === row) {
      other.partner = null;
      other.kind = other.cells.every((cell) => cell.length > 0) ? 'match' : 'partial';
    }
  }
}

export interface FoundSegment {
  rowIndex: number;
  row: WorkRow;
  /** Position of the segment in the row's cell for its document. */
  position: number;
  segment: Segment;
}

/** The segment of document `doc` under a span: the one holding its start, else the one overlapping it most. */
export function segmentUnder(work: readonly WorkRow[], doc: number, start: number, end: number): FoundSegment | null {
  let best: (FoundSegment & { overlap: number }) | null = null;
  for (let rowIndex = 0; rowIndex < work.length; rowIndex++) {
    const row = work[rowIndex]!;
    const cell = row.cells[doc] ?? [];
    for (let position = 0; position < cell.length; position++) {
      const segment = cell[position]!;
      if (segment.start <= start && start < segment.end) return { rowIndex, row, position, segment };
      const overlap = Math.min(end, segment.end) - Math.max(start, segment.start);
      if (overlap > 0 && (!best || overlap > best.overlap)) best = { rowIndex, row, position, segment, overlap };
    }
  }
  return best;
}

/**
 * Why a result breaks the alignment's rules compared with the rows it came from (each segment
 * exactly once; each document's segments in document order down its column), or null.
 */
export function brokenRule(before: readonly WorkRow[], after: readonly WorkRow[], documentIds: readonly string[]): string | null {
  for (let doc = 0; doc < documentIds.length; doc++) {
    const was = column(before, doc);
    const now = column(after, doc);
    const name = documentIds[doc] ?? `document ${doc + 1}`;
    if (was.length !== now.length || new Set(now.map(key)).size !== now.length || !sameSegments(was, now)) {
      return `it would lose or repeat text of ${name}`;
    }
    if (inversions(now) > inversions(was)) return `it would put the text of ${name} out of its order in the document`;
  }
  return null;
}

function column(work: readonly WorkRow[], doc: number): Segment[] {
  return work.flatMap((row) => row.cells[doc] ?? []);
}

function key(segment: Segment): string {
  return `${segment.start}:${segment.end}`;
}

function sameSegments(a: Segment[], b: Segment[]): boolean {
  const keys = new Set(a.map(key));
  return b.every((segment) => keys.has(key(segment)));
}

function inversions(segments: Segment[]): number {
  let count = 0;
  for (let i = 1; i < segments.length; i++) if (segments[i]!.start < segments[i - 1]!.start) count++;
  return count;
}
