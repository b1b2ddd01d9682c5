// Length evidence for omissions and additions the alignment hides or invents. The yardstick is the
// pair's own length ratio (see length-ratio.ts): a row that merges sentences and runs far from it,
// but lands on it once one sentence is set aside, has lost (or gained) that sentence; a sentence left
// alone in a partial row that makes its neighbour fit the ratio was split off, not added.
import type { Segment } from '../../model.js';
import { cellView, isEmptyCell, memoised } from '../cells.js';
import { numbersOf } from '../tokens-of-cell.js';
import type { QaContext, QaRow } from '../types.js';
import { pairRatioOf, visibleLength } from './length-ratio.js';

export interface SentenceAside {
  /** Which side has the sentence too many: `source` = omission, `target` = addition. */
  side: 'source' | 'target';
  segment: Segment;
  /** How far the whole row is from the pair's ratio, for the message ("1.9"). */
  factor: string;
}

// A merged row must be this far off the pair's ratio (and at least this many spreads) to be looked at,
// and must come this close once the sentence is set aside.
const minimumOff = Math.log(1.45);
const spreadsOff = 2.5;
const closeEnough = Math.log(1.2);
const spreadsClose = 1.5;
const shortestSentence = 12;

/** The sentence one side of a merged row (n:m, n ≠ m) has too many, judged by length; null when none. */
export function inMergedRow(row: QaRow, context: QaContext, source: number, target: number): SentenceAside | null {
  const sourceCell = row.cells[source];
  const targetCell = row.cells[target];
  if (!sourceCell || !targetCell || sourceCell.length === targetCell.length) return null;
  if (isEmptyCell(sourceCell) || isEmptyCell(targetCell)) return null;
  const ratios = pairRatioOf(context, source, target);
  if (!ratios.usable) return null;
  const sourceLength = cellLength(sourceCell);
  const targetLength = cellLength(targetCell);
  if (sourceLength === 0 || targetLength === 0) return null;
  const off = Math.log(targetLength / sourceLength) - ratios.logRatio;
  if (Math.abs(off) < Math.max(minimumOff, spreadsOff * ratios.spread)) return null;
  const side = off < 0 ? 'source' : 'target';
  const cell = side === 'source' ? sourceCell : targetCell;
  if (cell.length < 2) return null;
  let best: Segment | null = null;
  let bestOff = Infinity;
  for (const segment of cell) {
    const length = visibleLength(segment.text);
    // A number the other side carries too shows the sentence was translated after all.
    if (length < shortestSentence || (side === 'source' && numbersShared(segment, targetCell))) continue;
    const rest = side === 'source' ? Math.log(targetLength / (sourceLength - length)) : Math.log((targetLength - length) / sourceLength);
    const restOff = Math.abs(rest - ratios.logRatio);
    if (restOff < bestOff) {
      best = segment;
      bestOff = restOff;
    }
  }
  if (!best || bestOff > Math.max(closeEnough, spreadsClose * ratios.spread) || bestOff > Math.abs(off) / 2) return null;
  return { side, segment: best, factor: Math.exp(Math.abs(off)).toFixed(1) };
}

/**
 * Whether the `side` text of the current (partial) row is a piece of a neighbouring row's sentence:
 * the neighbour is far from the pair's ratio without it and close to it with it.
 */
export function isSplitSentence(context: QaContext, source: number, target: number, side: 'source' | 'target'): boolean {
  const ratios = pairRatioOf(context, source, target);
  if (!ratios.usable) return false;
  const here = context.rows[context.rowIndex]?.cells[side === 'source' ? source : target];
  if (!here || isEmptyCell(here)) return false;
  const extra = cellLength(here);
  for (const neighbour of [context.rowIndex - 1, context.rowIndex + 1]) {
    const row = context.rows[neighbour];
    if (!row || row.kind !== 'match') continue;
    const sourceCell = row.cells[source];
    const targetCell = row.cells[target];
    if (!sourceCell || !targetCell || isEmptyCell(sourceCell) || isEmptyCell(targetCell)) continue;
    const s = cellLength(sourceCell);
    const t = cellLength(targetCell);
    if (s === 0 || t === 0) continue;
    const before = Math.abs(Math.log(t / s) - ratios.logRatio);
    const after = Math.abs((side === 'source' ? Math.log(t / (s + extra)) : Math.log((t + extra) / s)) - ratios.logRatio);
    if (before >= Math.max(minimumOff, spreadsOff * ratios.spread) && after <= Math.max(closeEnough, spreadsClose * ratios.spread)) return true;
  }
  return false;
}

function cellLength(cell: Segment[]): number {
  return memoised(cellView(cell), 'visible-length', visibleLength);
}

function numbersShared(segment: Segment, other: Segment[]): boolean {
  const own = numbersOf(cellView([segment]));
  if (own.length === 0) return false;
  const theirs = new Set(numbersOf(cellView(other)).map((n) => n.ascii));
  return own.every((n) => theirs.has(n.ascii));
}
