// Anchors: sentence pairs that share rare keys (seen once on each side), kept only when they form
// a monotone chain near the expected path. They bound the corridor the bead search looks in.
import { holdersOf, type KeyHolders, type PairFeatures } from './features.js';
import { lastAtOrBelow } from '../sorted.js';

export interface Anchor {
  a: number;
  b: number;
  weight: number;
}

/** Expected position on side b of each unit boundary of side a, from anchors or from lengths. */
export type PathGuess = (a: number) => number;

export function lengthDiagonal(lengthsA: Float64Array, lengthsB: Float64Array): PathGuess {
  const cumA = cumulative(lengthsA);
  const cumB = cumulative(lengthsB);
  const totalA = cumA[cumA.length - 1] ?? 0;
  const totalB = cumB[cumB.length - 1] ?? 0;
  const m = lengthsB.length;
  return (a) => {
    if (totalA === 0 || totalB === 0) return (a * m) / Math.max(1, lengthsA.length);
    const target = ((cumA[Math.min(a, cumA.length - 1)] ?? 0) / totalA) * totalB;
    return positionOf(cumB, target);
  };
}

/** Indices of the two neighbouring entries of ascending `xs` whose interval holds `a`. */
export function bracket(xs: readonly number[], a: number): [number, number] {
  const lo = Math.min(xs.length - 2, lastAtOrBelow(xs, a));
  return [lo, lo + 1];
}

/** Piecewise-linear path through anchors (plus both corners). */
export function anchorPath(anchors: Anchor[], n: number, m: number): PathGuess {
  const xs = [0, ...anchors.map((x) => x.a + 0.5), n];
  const ys = [0, ...anchors.map((x) => x.b + 0.5), m];
  return (a) => {
    const [lo, hi] = bracket(xs, a);
    const x0 = xs[lo] ?? 0;
    const x1 = xs[hi] ?? n;
    const y0 = ys[lo] ?? 0;
    const y1 = ys[hi] ?? m;
    return x1 === x0 ? y0 : y0 + ((a - x0) / (x1 - x0)) * (y1 - y0);
  };
}

/** A few passes with a shrinking window, each filtered by a weighted LIS and an outlier test. */
export function findAnchors(f: PairFeatures, forced: Anchor[] = []): Anchor[] {
  const n = f.a.keys.length;
  const m = f.b.keys.length;
  if (n === 0 || m === 0) return [];
  let guess = forced.length > 0 ? anchorPath(forced, n, m) : lengthDiagonal(f.a.lengths, f.b.lengths);
  let anchors: Anchor[] = forced;
  const scale = Math.max(n, m);
  const onB = repeatedKeyHolders(f);
  for (const window of [Math.max(30, scale * 0.12), Math.max(12, scale * 0.02), 8]) {
    const candidates = candidatePairs(f, onB, guess, window);
    for (const x of forced) candidates.push({ ...x, weight: 1e6 });
    anchors = dropOutliers(heaviestChain(candidates));
    guess = anchorPath(anchors, n, m);
  }
  return anchors;
}

/** Keys seen equally often (at most MAX_REPEAT times) on each side pair their k-th occurrences. */
const MAX_REPEAT = 6;

/**
 * Side-b units holding each key seen equally often on both sides (at most MAX_REPEAT times), in
 * order, as flat arrays indexed by key (KeyHolders): every side-a key of every pass looks them up.
 */
function repeatedKeyHolders(f: PairFeatures): KeyHolders {
  const everyUnit = Array.from(f.b.keys, (_, v) => v);
  return holdersOf(f.b.keys, everyUnit, f.keyCount, (k) => {
    const c = f.countB[k] ?? 0;
    return c <= MAX_REPEAT && c === f.countA[k];
  });
}

/** Unit pairs near the guessed path sharing keys of repeatedKeyHolders, the k-th occurrence on each side paired. */
function candidatePairs(f: PairFeatures, onB: KeyHolders, guess: PathGuess, window: number): Anchor[] {
  const seenA = new Int32Array(f.keyCount);
  const pairs = new Map<number, number>();
  const m = f.b.keys.length;
  f.a.keys.forEach((ks, u) => {
    const expected = guess(u + 0.5);
    // Indexed: this runs before the JIT has optimized it, where for...of allocates per key.
    for (let x = 0; x < ks.length; x += 1) {
      const k = ks[x] as number;
      const first = onB.start[k] as number;
      const holders = (onB.start[k + 1] as number) - first;
      if (holders === 0) continue;
      const seen = seenA[k] as number;
      const v = seen < holders ? (onB.units[first + seen] as number) : -1;
      seenA[k] = seen + 1;
      if (v < 0 || Math.abs(v + 0.5 - expected) > window) continue;
      const id = u * m + v;
      // Repeated keys are weaker evidence than once-only ones.
      pairs.set(id, (pairs.get(id) ?? 0) + (f.weight[k] ?? 0) / holders);
    }
  });
  const out: Anchor[] = [];
  const minWeight = 3.0;
  for (const [id, weight] of pairs) if (weight >= minWeight) out.push({ a: Math.floor(id / m), b: id % m, weight });
  return out;
}

/** Heaviest chain strictly increasing on both sides (weighted LIS, O(k log k) with a Fenwick tree). */
export function heaviestChain(candidates: Anchor[]): Anchor[] {
  if (candidates.length === 0) return [];
  const sorted = [...candidates].sort((x, y) => x.a - y.a || y.b - x.b);
  const maxB = sorted.reduce((mx, x) => Math.max(mx, x.b), 0) + 2;
  const tree = new Float64Array(maxB + 1);
  const treeAt = new Int32Array(maxB + 1).fill(-1);
  const best = new Float64Array(sorted.length);
  const prev = new Int32Array(sorted.length).fill(-1);
  // Same-a candidates must not chain: process each a group's queries before its updates.
  let g = 0;
  while (g < sorted.length) {
    let h = g;
    while (h < sorted.length && sorted[h]?.a === sorted[g]?.a) h += 1;
    for (let k = g; k < h; k += 1) {
      const x = sorted[k] as Anchor;
      let bestVal = 0;
      let bestIdx = -1;
      for (let p = x.b; p > 0; p -= p & -p) {
        if ((tree[p] ?? 0) > bestVal) {
          bestVal = tree[p] ?? 0;
          bestIdx = treeAt[p] ?? -1;
        }
      }
      best[k] = bestVal + x.weight;
      prev[k] = bestIdx;
    }
    for (let k = g; k < h; k += 1) {
      const x = sorted[k] as Anchor;
      for (let p = x.b + 1; p <= maxB; p += p & -p) {
        if ((best[k] ?? 0) > (tree[p] ?? 0)) {
          tree[p] = best[k] ?? 0;
          treeAt[p] = k;
        }
      }
    }
    g = h;
  }
  let end = 0;
  for (let k = 1; k < sorted.length; k += 1) if ((best[k] ?? 0) > (best[end] ?? 0)) end = k;
  const chain: Anchor[] = [];
  for (let k = end; k >= 0; k = prev[k] ?? -1) chain.push(sorted[k] as Anchor);
  return chain.reverse();
}

/** Drops anchors whose slope to both neighbours disagrees wildly with the overall direction. */
function dropOutliers(chain: Anchor[]): Anchor[] {
  if (chain.length < 3) return chain;
  const kept: Anchor[] = [];
  for (let k = 0; k < chain.length; k += 1) {
    const x = chain[k] as Anchor;
    const before = chain[Math.max(0, k - 2)] as Anchor;
    const after = chain[Math.min(chain.length - 1, k + 2)] as Anchor;
    if (before === x || after === x || after.a === before.a) {
      kept.push(x);
      continue;
    }
    const expected = before.b + ((x.a - before.a) / (after.a - before.a)) * (after.b - before.b);
    const tolerance = 4 + 0.3 * Math.max(after.a - before.a, after.b - before.b);
    if (Math.abs(x.b - expected) <= tolerance || x.weight >= 1e6) kept.push(x);
  }
  return kept;
}

function cumulative(lengths: Float64Array): Float64Array {
  const out = new Float64Array(lengths.length + 1);
  for (let k = 0; k < lengths.length; k += 1) out[k + 1] = (out[k] ?? 0) + (lengths[k] ?? 0);
  return out;
}

function positionOf(cum: Float64Array, target: number): number {
  let lo = 0;
  let hi = cum.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if ((cum[mid] ?? 0) <= target) lo = mid;
    else hi = mid;
  }
  const c0 = cum[lo] ?? 0;
  const c1 = cum[hi] ?? c0;
  return c1 === c0 ? lo : lo + (target - c0) / (c1 - c0);
}
