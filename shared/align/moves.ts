// Moved content: units left unmatched on both sides by the monotone search that clearly translate
// each other are a move, not a deletion plus an insertion.
import type { ScoredBead } from './bead-search.js';
import { keyHolders, type PairFeatures } from './features.js';
import { lengthCost } from './length-cost.js';

export interface Move {
  a: number[];
  b: number[];
  score: number;
}

const MIN_DICE = 0.3;
const COMMON = 24;

/** Mutual-best pairs among the units that `beads` leaves unmatched (1-0 on one side, 0-1 on the other). */
/** `features`: of the whole pair (so common words stay cheap), or a function building them when needed. */
export function findMoves(features: PairFeatures | (() => PairFeatures), beads: ScoredBead[]): Move[] {
  const loneA = beads.filter((x) => x.b.length === 0).flatMap((x) => x.a);
  const loneB = beads.filter((x) => x.a.length === 0).flatMap((x) => x.b);
  if (loneA.length === 0 || loneB.length === 0) return [];
  const f = typeof features === 'function' ? features() : features;
  const totalA = f.a.lengths.reduce((s, x) => s + x, 0);
  const totalB = f.b.lengths.reduce((s, x) => s + x, 0);
  const ratio = totalA > 0 && totalB > 0 ? totalB / totalA : 1;
  const holders = keyHolders(f, loneB, COMMON);

  const bestForA = new Map<number, { v: number; dice: number }>();
  const bestForB = new Map<number, { u: number; dice: number }>();
  for (const u of loneA) {
    const shared = new Map<number, number>();
    for (const k of f.a.keys[u] ?? []) for (const v of holders.get(k) ?? []) shared.set(v, (shared.get(v) ?? 0) + (f.weight[k] ?? 0));
    for (const [v, s] of shared) {
      const dice = (2 * s) / ((f.massA[u] ?? 0) + (f.massB[v] ?? 0) || 1);
      const fit = Math.exp(-lengthCost((f.a.lengths[u] ?? 0) * ratio, f.b.lengths[v] ?? 0));
      if (dice < MIN_DICE || fit < 0.005) continue;
      if (dice > (bestForA.get(u)?.dice ?? 0)) bestForA.set(u, { v, dice });
      if (dice > (bestForB.get(v)?.dice ?? 0)) bestForB.set(v, { u, dice });
    }
  }
  const moves: Move[] = [];
  for (const [u, { v, dice }] of bestForA) {
    if (bestForB.get(v)?.u === u) moves.push({ a: [u], b: [v], score: Math.round(Math.min(1, 0.4 + dice) * 1000) / 1000 });
  }
  return moves.sort((x, y) => (x.a[0] ?? 0) - (y.a[0] ?? 0));
}
