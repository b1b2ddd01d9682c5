// Corrections made from what the reviewer points at (a row, the segment under the cursor), as
// drafts the service stores. Each throws a CorrectionRefused saying why it cannot be made here.
import type { AlignedRow, Alignment, Segment } from '../model.js';
import type { CorrectionDraft, SegmentRef } from './schema.js';
import { segmentRef, shortQuote } from './segment-refs.js';

export class CorrectionRefused extends Error {}

/** The alignment on screen and the texts it was made from (same document order). */
export interface CorrectionView {
  alignment: Alignment;
  texts: readonly string[];
}

function rowAt(view: CorrectionView, row: number): AlignedRow {
  const found = view.alignment.rows[row];
  if (!found) throw new CorrectionRefused(`There is no row ${row + 1}: the alignment has ${view.alignment.rows.length} rows.`);
  return found;
}

function refOf(view: CorrectionView, doc: number, segment: Segment): SegmentRef {
  return segmentRef(view.alignment.documents[doc]?.path ?? '', view.texts[doc] ?? '', segment);
}

function rowRefs(view: CorrectionView, row: AlignedRow): SegmentRef[] {
  return row.cells.flatMap((cell, doc) => cell.map((segment) => refOf(view, doc, segment)));
}

/** The first segment of a row, preferring documents other than `avoid`. */
function anyRef(view: CorrectionView, row: AlignedRow, avoid = -1): SegmentRef {
  const order = row.cells.map((_, d) => d).sort((a, b) => Number(a === avoid) - Number(b === avoid));
  for (const doc of order) {
    const first = row.cells[doc]?.[0];
    if (first) return refOf(view, doc, first);
  }
  throw new CorrectionRefused('The row holds no text.');
}

/** Position in a cell of the segment under an offset (the next one when the offset is between two). */
export function segmentPosition(cell: readonly Segment[], offset: number): number {
  const inside = cell.findIndex((s) => s.start <= offset && offset < s.end);
  if (inside >= 0) return inside;
  const after = cell.findIndex((s) => s.start >= offset);
  return after >= 0 ? after : cell.length - 1;
}

export function mergeWithNext(view: CorrectionView, row: number): CorrectionDraft {
  const upper = rowAt(view, row);
  const lower = view.alignment.rows[row + 1];
  if (!lower) throw new CorrectionRefused(`Row ${row + 1} is the last row: there is no next row to merge it with.`);
  return { kind: 'merge', segments: [...rowRefs(view, upper), ...rowRefs(view, lower)] };
}

/**
 * Splits a row before the segment at `offset` in document `doc`. The other documents are cut where
 * the same share of their text lies above, which keeps sentence rows of similar length together.
 */
export function splitAt(view: CorrectionView, row: number, doc: number, offset: number): CorrectionDraft {
  const target = rowAt(view, row);
  const cell = target.cells[doc] ?? [];
  if (cell.length === 0) throw new CorrectionRefused(`Row ${row + 1} has no text in ${view.alignment.documents[doc]?.path}: put the cursor in a document that has text in this row.`);
  const at = segmentPosition(cell, offset);
  const share = lengthOf(cell.slice(0, at)) / Math.max(1, lengthOf(cell));
  const upper: SegmentRef[] = [];
  const lower: SegmentRef[] = [];
  target.cells.forEach((segments, d) => {
    const cut = d === doc ? at : nearestCut(segments, share);
    const last = segments[cut - 1];
    const first = segments[cut];
    if (last) upper.push(refOf(view, d, last));
    if (first) lower.push(refOf(view, d, first));
  });
  if (upper.length === 0 || lower.length === 0) {
    throw new CorrectionRefused(`Row ${row + 1} cannot be split there: put the cursor in a segment after the first one of the row (${shortQuote(cell[0]!.text)} starts it).`);
  }
  return { kind: 'split', upper, lower };
}

function lengthOf(segments: readonly Segment[]): number {
  return segments.reduce((n, s) => n + (s.end - s.start), 0);
}

function nearestCut(segments: readonly Segment[], share: number): number {
  const total = Math.max(1, lengthOf(segments));
  let best = 0;
  let bestGap = Infinity;
  let above = 0;
  for (let cut = 0; cut <= segments.length; cut++) {
    const gap = Math.abs(above / total - share);
    if (gap < bestGap) {
      best = cut;
      bestGap = gap;
    }
    const segment = segments[cut];
    above += segment ? segment.end - segment.start : 0;
  }
  return best;
}

/** Moves the segment at `offset` in document `doc` of a row to the row above or below. */
export function moveSegment(view: CorrectionView, row: number, doc: number, offset: number, direction: 'up' | 'down'): CorrectionDraft {
  const source = rowAt(view, row);
  const cell = source.cells[doc] ?? [];
  const name = view.alignment.documents[doc]?.path ?? `document ${doc + 1}`;
  if (cell.length === 0) throw new CorrectionRefused(`Row ${row + 1} has no text in ${name}: put the cursor on the segment to move.`);
  const at = segmentPosition(cell, offset);
  const segment = cell[at]!;
  const targetRow = view.alignment.rows[direction === 'up' ? row - 1 : row + 1];
  if (!targetRow) throw new CorrectionRefused(`Row ${row + 1} is the ${direction === 'up' ? 'first' : 'last'} row: there is no row ${direction === 'up' ? 'above' : 'below'} it.`);
  if (direction === 'up' && at !== 0) throw new CorrectionRefused(`Only the first segment of a cell can move to the row above (document order is kept); ${shortQuote(segment.text)} is segment ${at + 1} of ${cell.length} in ${name}.`);
  if (direction === 'down' && at !== cell.length - 1) throw new CorrectionRefused(`Only the last segment of a cell can move to the row below (document order is kept); ${shortQuote(segment.text)} is segment ${at + 1} of ${cell.length} in ${name}.`);
  if (cell.length === 1 && source.cells.every((c, d) => d === doc || c.length === 0) && targetRow.cells.every((c) => c.length === 0)) {
    throw new CorrectionRefused('Both rows would be the same.');
  }
  return { kind: 'move', segment: refOf(view, doc, segment), direction, target: anyRef(view, targetRow, doc) };
}

export function linkRows(view: CorrectionView, a: number, b: number): CorrectionDraft {
  if (a === b) throw new CorrectionRefused(`Pick another row than row ${a + 1} to link it with.`);
  return { kind: 'link', rows: [anyRef(view, rowAt(view, a)), anyRef(view, rowAt(view, b))] };
}

export function unlinkRow(view: CorrectionView, row: number): CorrectionDraft {
  const target = rowAt(view, row);
  if (target.kind !== 'moved') throw new CorrectionRefused(`Row ${row + 1} is not a moved pair: there is nothing to unlink.`);
  return { kind: 'unlink', row: anyRef(view, target) };
}

export function confirmRow(view: CorrectionView, row: number): CorrectionDraft {
  return { kind: 'confirm', segments: rowRefs(view, rowAt(view, row)) };
}
