// Moved content: units the monotone search could not put in place (left alone, paired with the
// wrong neighbour, or read crosswise in one bead) that clearly translate each other are a move,
// not a deletion plus an insertion.
import { heaviestChain } from './anchors.js';
import type { ScoredBead } from './bead-search.js';
import { keyHolders, lengthRatio, medianOneToOneDice, NO_KEYS, UnitDice, type PairFeatures } from './features.js';
import { lengthCost } from './length-cost.js';

export interface Move {
  a: number[];
  b: number[];
  score: number;
}

const MIN_DICE = 0.3;
/** Below MIN_DICE, a move must share RELATIVE_SHARE of what pairs in place share (never less than
 * MIN_RELATIVE_DICE), and STAND_OUT times more than either unit shares with any other candidate. */
const RELATIVE_SHARE = 0.25;
const MIN_RELATIVE_DICE = 0.1;
const STAND_OUT = 1.5;
/** A crosswise reading of a bead must be this much stronger than the in-order one. */
const CROSSING_GAIN = 1.5;
/** A 1-1 bead the search scored below this, whose units share less than MIN_DICE, is weak. */
const WEAK_BEAD = 0.5;
/** …and gives up a unit only for a lone unit at most this many units from its place. */
const NEAR = 3;
/** Keys held by more side-b candidates than this are not followed (keyHolders). */
const COMMON = 24;
/** Rounds of linking lone units (each may free units of weak beads). */
const MAX_ROUNDS = 3;

/**
 * Moves among the units a monotone alignment leaves out of place, and the beads without them:
 *  1. beads whose units translate each other crosswise are split (untangle);
 *  2. units left alone on both sides that are mutual best matches are linked;
 *  3. a weak 1-1 bead (a translation that dropped a sentence pairs the sentence swapped with it
 *     with the wrong one) gives up a unit that clearly matches a lone unit a few units away.
 * Steps 2 and 3 repeat while they link something (a unit freed from a weak bead may be the
 * counterpart of a move). Last, a linked pair that can sit in order among the beads around it
 * becomes a 1-1 bead there instead of a move.
 * `taken`: units already in moves (of moved blocks), left alone here.
 */
export function linkMoves(features: PairFeatures | (() => PairFeatures), found: ScoredBead[], taken?: { a: Set<number>; b: Set<number> }): { beads: ScoredBead[]; moves: Move[] } {
  if (found.length < 2) return { beads: found, moves: [] };
  const f = typeof features === 'function' ? features() : features;
  const shared = new UnitDice(f);
  const floor = Math.max(MIN_RELATIVE_DICE, RELATIVE_SHARE * medianOneToOneDice(shared, found, 101));
  const untangled = untangle(shared, found, floor);
  const movedA = new Set([...(taken?.a ?? []), ...untangled.moves.flatMap((x) => x.a)]);
  const movedB = new Set([...(taken?.b ?? []), ...untangled.moves.flatMap((x) => x.b)]);
  let beads = untangled.beads;
  const linked: Move[] = [];
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    const next = linkLoneUnits(f, shared, beads, floor, movedA, movedB);
    beads = next.beads;
    for (const move of next.moves) {
      linked.push(move);
      for (const u of move.a) movedA.add(u);
      for (const v of move.b) movedB.add(v);
    }
    if (!next.freed) break;
  }
  const settled = settleInPlace(beads, linked);
  return { beads: settled.beads, moves: [...untangled.moves, ...settled.moves].sort((x, y) => (x.a[0] ?? 0) - (y.a[0] ?? 0)) };
}

/** Steps 2 and 3 of linkMoves, once; `freed`: whether a weak bead gave up a unit (its other unit may now link). */
function linkLoneUnits(f: PairFeatures, shared: UnitDice, beads: ScoredBead[], floor: number, movedA: Set<number>, movedB: Set<number>): { beads: ScoredBead[]; moves: Move[]; freed: boolean } {
  const isFree = (x: ScoredBead): boolean => !x.a.some((u) => movedA.has(u)) && !x.b.some((v) => movedB.has(v));
  const loneA = beads.filter((x) => x.b.length === 0 && isFree(x)).flatMap((x) => x.a);
  const loneB = beads.filter((x) => x.a.length === 0 && isFree(x)).flatMap((x) => x.b);
  if (loneA.length === 0 && loneB.length === 0) return { beads, moves: [], freed: false };
  // Weak 1-1 beads with a lone unit near them on the other side, by their unit on each side: what
  // the two units share, and the other unit.
  const isLoneA = new Set(loneA);
  const isLoneB = new Set(loneB);
  const loneNear = (lone: Set<number>, at: number): boolean => {
    for (let d = -NEAR; d <= NEAR; d += 1) if (lone.has(at + d)) return true;
    return false;
  };
  const weakA = new Map<number, { dice: number; partner: number }>();
  const weakB = new Map<number, { dice: number; partner: number }>();
  for (const x of beads) {
    if (x.a.length !== 1 || x.b.length !== 1 || x.score >= WEAK_BEAD || !isFree(x)) continue;
    const [u, v] = [x.a[0] as number, x.b[0] as number];
    const nearB = loneNear(isLoneB, v);
    const nearA = loneNear(isLoneA, u);
    if (!nearA && !nearB) continue;
    const dice = shared.dice(u, v);
    if (dice >= MIN_DICE) continue;
    if (nearB) weakA.set(u, { dice, partner: v });
    if (nearA) weakB.set(v, { dice, partner: u });
  }
  const pairs = mutualBest(f, [...loneA, ...weakA.keys()], [...loneB, ...weakB.keys()], floor, (u, v, dice) => {
    const ownA = weakA.get(u);
    const ownB = weakB.get(v);
    if (ownA && ownB) return false; // both already paired: at most one unit leaves its bead
    // A unit leaves its bead for a lone one close by only (a neighbour displaced past a dropped
    // one), and only on clear evidence.
    if (ownA) return Math.abs(v - ownA.partner) <= NEAR && dice >= MIN_DICE && dice >= CROSSING_GAIN * ownA.dice;
    if (ownB) return Math.abs(u - ownB.partner) <= NEAR && dice >= MIN_DICE && dice >= CROSSING_GAIN * ownB.dice;
    return true;
  });
  if (pairs.length === 0) return { beads, moves: [], freed: false };
  const leaving = { a: new Set(pairs.map((x) => x.a[0] as number)), b: new Set(pairs.map((x) => x.b[0] as number)) };
  const freed = pairs.some((m) => weakA.has(m.a[0] as number) || weakB.has(m.b[0] as number));
  const out = beads.flatMap((x): ScoredBead[] => {
    const u = x.a[0];
    const v = x.b[0];
    if (x.a.length !== 1 || x.b.length !== 1 || (!leaving.a.has(u as number) && !leaving.b.has(v as number))) return [x];
    return [
      { a: [u as number], b: [], score: 0.5 },
      { a: [], b: [v as number], score: 0.5 },
    ];
  });
  return { beads: out, moves: pairs, freed };
}

/**
 * Linked pairs whose two lone beads lie in one run of lone beads can sit in order there: they
 * become a 1-1 bead in that run (lone units before them on either side stay before) and are no
 * longer moves.
 */
function settleInPlace(beads: ScoredBead[], moves: Move[]): { beads: ScoredBead[]; moves: Move[] } {
  if (moves.length === 0) return { beads, moves };
  const isLone = (x: ScoredBead): boolean => x.a.length === 0 || x.b.length === 0;
  // Run number of each lone unit's bead (a new run starts after every paired bead).
  const runOfA = new Map<number, number>();
  const runOfB = new Map<number, number>();
  let run = 0;
  for (const x of beads) {
    if (!isLone(x)) {
      run += 1;
      continue;
    }
    for (const u of x.a) runOfA.set(u, run);
    for (const v of x.b) runOfB.set(v, run);
  }
  const candidates = new Map<number, Move[]>();
  const stillMoves: Move[] = [];
  for (const move of moves) {
    const ra = runOfA.get(move.a[0] as number);
    if (move.a.length === 1 && move.b.length === 1 && ra !== undefined && ra === runOfB.get(move.b[0] as number)) candidates.set(ra, [...(candidates.get(ra) ?? []), move]);
    else stillMoves.push(move);
  }
  if (candidates.size === 0) return { beads, moves };
  // Pairs of one run settle in order on both sides; one that would cross another stays a move.
  const inPlace = new Map<number, Move[]>();
  for (const [r, list] of candidates) {
    let lastB = -1;
    for (const m of list.sort((x, y) => (x.a[0] as number) - (y.a[0] as number))) {
      const v = m.b[0] as number;
      if (v > lastB) {
        inPlace.set(r, [...(inPlace.get(r) ?? []), m]);
        lastB = v;
      } else stillMoves.push(m);
    }
  }
  const out: ScoredBead[] = [];
  let lone: ScoredBead[] = [];
  run = 0;
  const flush = (): void => {
    const settled = inPlace.get(run) ?? [];
    if (settled.length === 0) {
      out.push(...lone);
      lone = [];
      return;
    }
    const pairedA = new Set(settled.map((m) => m.a[0] as number));
    const pairedB = new Set(settled.map((m) => m.b[0] as number));
    const restA = lone.filter((x) => x.a.length > 0 && !pairedA.has(x.a[0] as number));
    const restB = lone.filter((x) => x.b.length > 0 && !pairedB.has(x.b[0] as number));
    // Each settled pair comes after the lone units that precede it on either side.
    for (const m of settled) {
      const [u, v] = [m.a[0] as number, m.b[0] as number];
      while (restA.length > 0 && (restA[0]?.a[0] as number) < u) out.push(restA.shift() as ScoredBead);
      while (restB.length > 0 && (restB[0]?.b[0] as number) < v) out.push(restB.shift() as ScoredBead);
      out.push({ a: [u], b: [v], score: m.score });
    }
    out.push(...restA, ...restB);
    lone = [];
  };
  for (const x of beads) {
    if (isLone(x)) {
      lone.push(x);
      continue;
    }
    flush();
    out.push(x);
    run += 1;
  }
  flush();
  return { beads: out, moves: stillMoves };
}

interface Best {
  other: number;
  dice: number;
  /** The best Dice of this unit with any other candidate. */
  runnerUp: number;
}

/**
 * Mutual-best pairs between two sets of units that pass `accept`. A pair shares at least MIN_DICE,
 * or stands out: at least `floor` (see linkMoves) and STAND_OUT times what either unit shares with
 * any other candidate.
 */
function mutualBest(f: PairFeatures, unitsA: number[], unitsB: number[], floor: number, accept: (u: number, v: number, dice: number) => boolean): Move[] {
  if (unitsA.length === 0 || unitsB.length === 0) return [];
  const ratio = lengthRatio(f);
  const holders = keyHolders(f, unitsB, COMMON);
  const bestForA = new Map<number, Best>();
  const bestForB = new Map<number, Best>();
  const offer = (best: Map<number, Best>, unit: number, other: number, dice: number): void => {
    const now = best.get(unit);
    if (!now) best.set(unit, { other, dice, runnerUp: 0 });
    else if (dice > now.dice) best.set(unit, { other, dice, runnerUp: now.dice });
    else if (dice > now.runnerUp) now.runnerUp = dice;
  };
  for (const u of unitsA) {
    const shared = new Map<number, number>();
    const keys = f.a.keys[u] ?? NO_KEYS;
    for (let y = 0; y < keys.length; y += 1) {
      const k = keys[y] as number;
      for (let x = holders.start[k] as number; x < (holders.start[k + 1] as number); x += 1) {
        const v = holders.units[x] as number;
        shared.set(v, (shared.get(v) ?? 0) + (f.weight[k] ?? 0));
      }
    }
    for (const [v, s] of shared) {
      const dice = (2 * s) / ((f.massA[u] ?? 0) + (f.massB[v] ?? 0) || 1);
      const fit = Math.exp(-lengthCost((f.a.lengths[u] ?? 0) * ratio, f.b.lengths[v] ?? 0));
      if (fit < 0.005) continue;
      offer(bestForA, u, v, dice);
      offer(bestForB, v, u, dice);
    }
  }
  const moves: Move[] = [];
  for (const [u, best] of bestForA) {
    const v = best.other;
    const back = bestForB.get(v);
    if (back?.other !== u) continue;
    const dice = best.dice;
    const standsOut = dice >= floor && dice >= STAND_OUT * Math.max(best.runnerUp, back.runnerUp);
    if ((dice >= MIN_DICE || standsOut) && accept(u, v, dice)) moves.push({ a: [u], b: [v], score: moveScore(dice) });
  }
  return moves;
}


/**
 * Beads whose units translate each other crosswise — two paragraphs or sentences swapped, which
 * the monotone search reads as one 2-2 bead — are split: the strongest pairs that keep their order
 * stay in the chain as 1-1 beads, every other pair becomes a move between lone units. Only beads
 * of n units a side (2 to 4) whose crossing pairs each share `floor`, the strongest twice that.
 */
function untangle(shared: UnitDice, beads: ScoredBead[], floor: number): { beads: ScoredBead[]; moves: Move[] } {
  const out: ScoredBead[] = [];
  const moves: Move[] = [];
  for (const bead of beads) {
    const crossing = bead.a.length >= 2 && bead.a.length === bead.b.length ? crosswisePairing(shared, bead, floor, 2 * floor) : null;
    if (!crossing) {
      out.push(bead);
      continue;
    }
    // The strongest pairs that keep their order on both sides stay in the chain.
    const kept = heaviestChain(crossing.map((p) => ({ a: p.i, b: p.j, weight: p.dice }))).map(({ a }) => crossing[a] as CrossPair);
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

/**
 * The best one-to-one pairing of a bead's units (by index, sorted by i) when it is clearly crosswise, else null: it beats
 * the in-order pairing by CROSSING_GAIN, each crossing pair shares `minPair`, and the strongest
 * shares `minStrongest` and STAND_OUT times more than any in-order pair.
 */
function crosswisePairing(shared: UnitDice, bead: ScoredBead, minPair: number, minStrongest: number): CrossPair[] | null {
  const n = bead.a.length;
  const d = bead.a.map((u) => bead.b.map((v) => shared.dice(u, v)));
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
  const inOrder = (i: number): number => d[i]?.[i] ?? 0;
  const inOrderSum = d.reduce((s, _, i) => s + inOrder(i), 0);
  if (best.every((j, i) => j === i) || bestSum < CROSSING_GAIN * inOrderSum) return null;
  const pairs = best.map((j, i) => ({ i, j, dice: d[i]?.[j] ?? 0 }));
  const crossingPairs = pairs.filter((p) => p.i !== p.j);
  const strongest = Math.max(...crossingPairs.map((p) => p.dice));
  const inOrderBest = Math.max(...d.map((_, i) => inOrder(i)));
  const clear = strongest >= minStrongest && strongest >= STAND_OUT * inOrderBest && crossingPairs.every((p) => p.dice >= minPair);
  return clear ? pairs : null;
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
