// Moved content: units the monotone search could not put in place (left alone, paired with the
// wrong neighbour, or read crosswise in one bead) that clearly translate each other are a move,
// not a deletion plus an insertion.
import type { ScoredBead } from './bead-search.js';
import { keyHolders, type PairFeatures } from './features.js';
import { lengthCost } from './length-cost.js';

export interface Move {
  a: number[];
  b: number[];
  score: number;
}

const MIN_DICE = 0.3;
/** A 1-1 bead the search scored below this, whose units share less than MIN_DICE, is weak. */
const WEAK_BEAD = 0.5;
/** …and gives up a unit only for a lone unit at most this many units from its place. */
const NEAR = 3;
const COMMON = 24;

/**
 * Moves among the units a monotone alignment leaves out of place, and the beads without them:
 *  1. beads whose units translate each other crosswise are split (untangle);
 *  2. units left alone on both sides that are mutual best matches are linked;
 *  3. a weak 1-1 bead (a translation that dropped a sentence pairs the sentence swapped with it
 *     with the wrong one) gives up a unit that clearly matches a lone unit a few units away.
 * `taken`: units already in moves (of moved blocks), left alone here.
 */
export function linkMoves(features: PairFeatures | (() => PairFeatures), found: ScoredBead[], taken?: { a: Set<number>; b: Set<number> }): { beads: ScoredBead[]; moves: Move[] } {
  let cached: PairFeatures | undefined;
  const pairFeatures = (): PairFeatures => (cached ??= typeof features === 'function' ? features() : features);
  const untangled = untangle(pairFeatures, found);
  const movedA = new Set([...(taken?.a ?? []), ...untangled.moves.flatMap((x) => x.a)]);
  const movedB = new Set([...(taken?.b ?? []), ...untangled.moves.flatMap((x) => x.b)]);
  const isFree = (x: ScoredBead): boolean => !x.a.some((u) => movedA.has(u)) && !x.b.some((v) => movedB.has(v));
  const loneA = untangled.beads.filter((x) => x.b.length === 0 && isFree(x)).flatMap((x) => x.a);
  const loneB = untangled.beads.filter((x) => x.a.length === 0 && isFree(x)).flatMap((x) => x.b);
  if (loneA.length === 0 && loneB.length === 0) return untangled;
  const f = pairFeatures();
  // Weak 1-1 beads, by their unit on each side: what the two units share, and the other unit.
  const weakA = new Map<number, { dice: number; partner: number }>();
  const weakB = new Map<number, { dice: number; partner: number }>();
  for (const x of untangled.beads) {
    if (x.a.length !== 1 || x.b.length !== 1 || x.score >= WEAK_BEAD || !isFree(x)) continue;
    const [u, v] = [x.a[0] as number, x.b[0] as number];
    const dice = unitDice(f, u, v);
    if (dice >= MIN_DICE) continue;
    if (loneB.length > 0) weakA.set(u, { dice, partner: v });
    if (loneA.length > 0) weakB.set(v, { dice, partner: u });
  }
  const pairs = mutualBest(f, [...loneA, ...weakA.keys()], [...loneB, ...weakB.keys()], (u, v, dice) => {
    const ownA = weakA.get(u);
    const ownB = weakB.get(v);
    if (ownA && ownB) return false; // both already paired: at most one unit leaves its bead
    // A unit leaves its bead for a lone one close by only (a neighbour displaced past a dropped one).
    if (ownA) return Math.abs(v - ownA.partner) <= NEAR && dice >= CROSSING_GAIN * ownA.dice;
    if (ownB) return Math.abs(u - ownB.partner) <= NEAR && dice >= CROSSING_GAIN * ownB.dice;
    return true;
  });
  if (pairs.length === 0) return untangled;
  const leaving = { a: new Set(pairs.map((x) => x.a[0] as number)), b: new Set(pairs.map((x) => x.b[0] as number)) };
  const beads = untangled.beads.flatMap((x): ScoredBead[] => {
    const u = x.a[0];
    const v = x.b[0];
    if (x.a.length !== 1 || x.b.length !== 1 || (!leaving.a.has(u as number) && !leaving.b.has(v as number))) return [x];
    return [
      { a: [u as number], b: [], score: 0.5 },
      { a: [], b: [v as number], score: 0.5 },
    ];
  });
  return { beads, moves: [...untangled.moves, ...pairs].sort((x, y) => (x.a[0] ?? 0) - (y.a[0] ?? 0)) };
}

/** Mutual-best pairs between two sets of units that pass `accept`, each sharing at least MIN_DICE. */
function mutualBest(f: PairFeatures, unitsA: number[], unitsB: number[], accept: (u: number, v: number, dice: number) => boolean): Move[] {
  if (unitsA.length === 0 || unitsB.length === 0) return [];
  const totalA = f.a.lengths.reduce((s, x) => s + x, 0);
  const totalB = f.b.lengths.reduce((s, x) => s + x, 0);
  const ratio = totalA > 0 && totalB > 0 ? totalB / totalA : 1;
  const holders = keyHolders(f, unitsB, COMMON);
  const bestForA = new Map<number, { v: number; dice: number }>();
  const bestForB = new Map<number, { u: number; dice: number }>();
  for (const u of unitsA) {
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
    if (bestForB.get(v)?.u === u && accept(u, v, dice)) moves.push({ a: [u], b: [v], score: moveScore(dice) });
  }
  return moves;
}

/** A crosswise reading must be this much stronger than the in-order one to split a bead. */
const CROSSING_GAIN = 1.5;

/**
 * Beads whose units translate each other crosswise — two short paragraphs swapped, read by the
 * monotone search as one 2-2 bead — are split: the strongest pairs that keep their order stay in
 * the chain as 1-1 beads, every other pair becomes a move between lone units. Only beads of n
 * units on each side (2 to 4) whose best one-to-one pairing is clearly crosswise are split: each
 * pair of it shares at least MIN_DICE (as a move must), and it beats the in-order pairing by CROSSING_GAIN.
 */
export function untangle(features: () => PairFeatures, beads: ScoredBead[]): { beads: ScoredBead[]; moves: Move[] } {
  if (!beads.some((x) => x.a.length >= 2 && x.a.length === x.b.length)) return { beads, moves: [] };
  const f = features();
  const out: ScoredBead[] = [];
  const moves: Move[] = [];
  for (const bead of beads) {
    const crossing = bead.a.length >= 2 && bead.a.length === bead.b.length ? crosswisePairing(f, bead) : null;
    if (!crossing) {
      out.push(bead);
      continue;
    }
    const kept = orderedChain(crossing);
    const keptSet = new Set(kept);
    let nextB = 0;
    let nextA = 0;
    const lone = (untilA: number, untilB: number): void => {
      for (; nextA < untilA; nextA += 1) if (!kept.some((p) => p.i === nextA)) out.push({ a: [bead.a[nextA] as number], b: [], score: bead.score });
      for (; nextB < untilB; nextB += 1) if (!kept.some((p) => p.j === nextB)) out.push({ a: [], b: [bead.b[nextB] as number], score: bead.score });
    };
    for (const p of kept) {
      lone(p.i, p.j);
      out.push({ a: [bead.a[p.i] as number], b: [bead.b[p.j] as number], score: moveScore(p.dice) });
      nextA = p.i + 1;
      nextB = p.j + 1;
    }
    lone(bead.a.length, bead.b.length);
    for (const p of crossing) if (!keptSet.has(p)) moves.push({ a: [bead.a[p.i] as number], b: [bead.b[p.j] as number], score: moveScore(p.dice) });
  }
  return { beads: out, moves };
}

interface CrossPair {
  i: number;
  j: number;
  dice: number;
}

function moveScore(dice: number): number {
  return Math.round(Math.min(1, 0.4 + dice) * 1000) / 1000;
}

/** The best one-to-one pairing of a bead's units when it is clearly crosswise, else null. */
function crosswisePairing(f: PairFeatures, bead: ScoredBead): CrossPair[] | null {
  const n = bead.a.length;
  const d = bead.a.map((u) => bead.b.map((v) => unitDice(f, u, v)));
  let best: number[] = [];
  let bestSum = -1;
  permute(n, (order) => {
    let sum = 0;
    for (let i = 0; i < n; i += 1) sum += d[i]?.[order[i] as number] ?? 0;
    if (sum > bestSum) {
      bestSum = sum;
      best = [...order];
    }
  });
  const inOrder = d.reduce((s, row, i) => s + (row[i] ?? 0), 0);
  if (best.every((j, i) => j === i) || bestSum < CROSSING_GAIN * inOrder) return null;
  const pairs = best.map((j, i) => ({ i, j, dice: d[i]?.[j] ?? 0 }));
  return pairs.every((p) => p.dice >= MIN_DICE) ? pairs : null;
}

/** The heaviest subset of pairs in order on both sides (pairs are sorted by i). */
function orderedChain(pairs: CrossPair[]): CrossPair[] {
  const weight = pairs.map((p) => p.dice);
  const from = pairs.map(() => -1);
  pairs.forEach((p, x) => {
    for (let y = 0; y < x; y += 1) {
      const q = pairs[y] as CrossPair;
      if (q.j < p.j && (weight[y] as number) + p.dice > (weight[x] as number)) {
        weight[x] = (weight[y] as number) + p.dice;
        from[x] = y;
      }
    }
  });
  let end = 0;
  weight.forEach((w, x) => {
    if (w > (weight[end] as number)) end = x;
  });
  const chain: CrossPair[] = [];
  for (let x = end; x >= 0; x = from[x] as number) chain.unshift(pairs[x] as CrossPair);
  return chain;
}

function permute(n: number, visit: (order: number[]) => void): void {
  const order: number[] = [];
  const used = new Array<boolean>(n).fill(false);
  const step = (): void => {
    if (order.length === n) {
      visit(order);
      return;
    }
    for (let j = 0; j < n; j += 1) {
      if (used[j]) continue;
      used[j] = true;
      order.push(j);
      step();
      order.pop();
      used[j] = false;
    }
  };
  step();
}

/** Dice of two units over their shared keys (weights and masses of the whole pair). */
function unitDice(f: PairFeatures, u: number, v: number): number {
  const keysB = new Set(f.b.keys[v] ?? []);
  let shared = 0;
  for (const k of f.a.keys[u] ?? []) if (keysB.has(k)) shared += f.weight[k] ?? 0;
  return (2 * shared) / ((f.massA[u] ?? 0) + (f.massB[v] ?? 0) || 1);
}
