// N documents without a source: not every pair aligns equally well (a loose adaptation pairs badly
// with everything but the version it was made from). Pairs are joined along a maximum spanning tree
// of pair quality, and a document far from the root is reached by composing the pairs on its path;
// merging all pairs, or pivoting on one document, lets weak pairs add wrong links.
import type { ScoredBead } from './bead-search.js';
import type { PairAlignment } from './document-pair.js';
import type { Move } from './moves.js';

/** How much of a pair aligns, and how confidently: score-weighted share of units in paired beads. */
export function pairQuality(pair: PairAlignment, unitsA: number, unitsB: number): number {
  let covered = 0;
  for (const bead of pair.beads) {
    if (bead.a.length > 0 && bead.b.length > 0) covered += bead.score * (bead.a.length + bead.b.length);
  }
  return unitsA + unitsB > 0 ? covered / (unitsA + unitsB) : 0;
}

/** Parent of each document in the maximum spanning tree rooted at `root` (-1 for the root); Prim's. */
export function maximumSpanningTree(count: number, root: number, quality: (a: number, b: number) => number): number[] {
  const parent = new Array<number>(count).fill(-1);
  const best = new Array<number>(count).fill(-Infinity);
  const inTree = new Array<boolean>(count).fill(false);
  best[root] = Infinity;
  for (let step = 0; step < count; step += 1) {
    let next = -1;
    for (let k = 0; k < count; k += 1) if (!inTree[k] && (next < 0 || (best[k] as number) > (best[next] as number))) next = k;
    if (next < 0) break;
    inTree[next] = true;
    for (let k = 0; k < count; k += 1) {
      if (inTree[k]) continue;
      const q = quality(next, k);
      if (q > (best[k] as number)) {
        best[k] = q;
        parent[k] = next;
      }
    }
  }
  return parent;
}

/**
 * a–b and b–c into a–c: units linked through b form one bead (connected components, in order);
 * b units matched on one side only drop out. Scores take the weaker link.
 */
export function composePairs(ab: PairAlignment, bc: PairAlignment, unitsB: number): PairAlignment {
  const beadOfB = new Int32Array(unitsB).fill(-1);
  ab.beads.forEach((bead, t) => {
    for (const v of bead.b) beadOfB[v] = t;
  });
  // Union of ab beads joined by a bc bead that spans several of them.
  const root = ab.beads.map((_, t) => t);
  const find = (t: number): number => {
    while (root[t] !== t) t = root[t] = root[root[t] as number] as number;
    return t;
  };
  const groups: { a: number[]; c: number[]; score: number; first: number }[] = [];
  const groupOf = new Map<number, number>();
  for (const bead of bc.beads) {
    const linked = [...new Set(bead.a.map((v) => beadOfB[v] as number).filter((t) => t >= 0))];
    for (let k = 1; k < linked.length; k += 1) root[find(linked[k] as number)] = find(linked[0] as number);
  }
  const scoreOf = new Map<number, number>();
  for (const bead of bc.beads) {
    const linked = bead.a.map((v) => beadOfB[v] as number).filter((t) => t >= 0);
    if (linked.length === 0) {
      if (bead.b.length > 0) groups.push({ a: [], c: [...bead.b], score: bead.score, first: -1 });
      continue;
    }
    const r = find(linked[0] as number);
    scoreOf.set(r, Math.min(scoreOf.get(r) ?? 1, bead.score));
    let g = groupOf.get(r);
    if (g === undefined) {
      g = groups.length;
      groupOf.set(r, g);
      groups.push({ a: [], c: [], score: 1, first: r });
    }
    (groups[g] as { c: number[] }).c.push(...bead.b);
  }
  ab.beads.forEach((bead, t) => {
    const g = groupOf.get(find(t));
    if (g === undefined) {
      if (bead.a.length > 0) groups.push({ a: [...bead.a], c: [], score: bead.score, first: -1 });
      return;
    }
    const group = groups[g] as { a: number[]; score: number };
    group.a.push(...bead.a);
    group.score = Math.min(group.score, bead.score, scoreOf.get(find(t)) ?? 1);
  });
  return { beads: inOrder(groups.filter((x) => x.a.length + x.c.length > 0)), moves: composeMoves(ab, bc, beadOfB) };
}

/** Monotone order again: by first a unit, with c-only beads placed by their first c unit. */
function inOrder(groups: { a: number[]; c: number[]; score: number }[]): ScoredBead[] {
  const withA = groups.filter((x) => x.a.length > 0).map((x) => ({ a: x.a.sort((p, q) => p - q), b: x.c.sort((p, q) => p - q), score: x.score }));
  withA.sort((x, y) => (x.a[0] as number) - (y.a[0] as number));
  const onlyC = groups.filter((x) => x.a.length === 0).map((x) => ({ a: [], b: x.c.sort((p, q) => p - q), score: x.score }));
  onlyC.sort((x, y) => (x.b[0] as number) - (y.b[0] as number));
  // Slot each c-only bead before the first bead holding a later c unit.
  const out: ScoredBead[] = [];
  let k = 0;
  for (const bead of withA) {
    const firstC = bead.b[0];
    while (k < onlyC.length && firstC !== undefined && ((onlyC[k] as ScoredBead).b[0] as number) < firstC) out.push(onlyC[k++] as ScoredBead);
    out.push(bead);
  }
  while (k < onlyC.length) out.push(onlyC[k++] as ScoredBead);
  return out;
}

/** A move of b–c whose b units sit in an a–b bead becomes a move of those a units. */
function composeMoves(ab: PairAlignment, bc: PairAlignment, beadOfB: Int32Array): Move[] {
  const moves: Move[] = [];
  for (const move of bc.moves) {
    const a = [...new Set(move.a.flatMap((v) => ab.beads[beadOfB[v] as number]?.a ?? []))].sort((p, q) => p - q);
    if (a.length > 0) moves.push({ a, b: move.b, score: move.score });
  }
  return moves;
}
