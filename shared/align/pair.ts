// Aligns two lists of units (sentences or blocks) of one document pair: features, length ratio,
// anchors, corridor search; then a second pass with a lexicon learned from the first.
import { anchorPath, findAnchors, heaviestChain, lengthDiagonal, type Anchor } from './anchors.js';
import { searchBeads, type ScoredBead } from './bead-search.js';
import { buildPairFeatures, type PairFeatures } from './features.js';
import { learnLexicon } from './lexicon.js';

export interface PairOptions {
  kindsA?: string[];
  kindsB?: string[];
  /** Unit pairs known to align (e.g. reviewer corrections): the path goes through them. */
  forced?: { a: number; b: number }[];
  /** Learn a word lexicon from a first pass and realign (worth it for longer texts). */
  relearn?: boolean;
}

const BONUS = 6;

export function alignUnits(textsA: string[], textsB: string[], options: PairOptions = {}): ScoredBead[] {
  const n = textsA.length;
  const m = textsB.length;
  if (n === 0 || m === 0) {
    return [...textsA.map((_, k) => ({ a: [k], b: [], score: 0.5 })), ...textsB.map((_, k) => ({ a: [], b: [k], score: 0.5 }))];
  }
  const forced: Anchor[] = (options.forced ?? []).map((x) => ({ ...x, weight: 1e6 }));
  let features = buildPairFeatures(textsA, textsB);
  const totalA = sum(features.a.lengths);
  const totalB = sum(features.b.lengths);
  const overall = totalA > 0 && totalB > 0 ? totalB / totalA : 1;
  let beads = runPass(features, forced, options, overall);
  // Omitted or added text skews the overall ratio; the aligned part tells the real one.
  const ratio = alignedRatio(features, beads) ?? overall;
  const lexicon = options.relearn !== false && n >= 20 && m >= 20 ? learnLexicon(textsA, textsB, beads) : new Map<string, string>();
  if (lexicon.size > 0) features = buildPairFeatures(textsA, textsB, lexicon);
  if (lexicon.size > 0 || Math.abs(Math.log(ratio / overall)) > 0.03) {
    // The first pass's confident beads are a dense chain of anchors: the second looks near them only.
    const guide = beads.filter((x) => x.a.length === 1 && x.b.length === 1 && x.score >= 0.6).map((x) => ({ a: x.a[0] as number, b: x.b[0] as number, weight: x.score }));
    beads = runPass(features, forced, options, ratio, guide.length >= Math.min(n, m) / 4 ? guide : undefined);
  }
  return beads;
}

function alignedRatio(features: PairFeatures, beads: ScoredBead[]): number | null {
  let la = 0;
  let lb = 0;
  for (const bead of beads) {
    // 1-1 beads only: a skipped sentence merged into a neighbour would skew it again.
    if (bead.a.length !== 1 || bead.b.length !== 1) continue;
    for (const u of bead.a) la += features.a.lengths[u] ?? 0;
    for (const v of bead.b) lb += features.b.lengths[v] ?? 0;
  }
  return la > 0 && lb > 0 ? lb / la : null;
}

function runPass(features: PairFeatures, forced: Anchor[], options: PairOptions, ratio: number, guide?: Anchor[]): ScoredBead[] {
  const n = features.a.keys.length;
  const m = features.b.keys.length;
  const anchors = guide ? mergeAnchors(guide, forced) : findAnchors(features, forced);
  const enough = anchors.length >= Math.max(2, Math.min(n, m) / 40);
  const path = enough ? anchorPath(anchors, n, m) : lengthDiagonal(features.a.lengths, features.b.lengths);
  const width = enough ? anchorWidth(anchors, n, m) : () => Math.max(25, 4 * Math.sqrt(Math.max(n, m)), Math.abs(n - m) + 10);
  return searchBeads({ features, ratio, path, width, bonus: BONUS, kindsA: options.kindsA, kindsB: options.kindsB });
}

/** Wider where anchors are far apart or the stretch between them is lopsided. */
function anchorWidth(anchors: Anchor[], n: number, m: number): (a: number) => number {
  const xs = [-1, ...anchors.map((x) => x.a), n];
  const ys = [-1, ...anchors.map((x) => x.b), m];
  return (a) => {
    let lo = 0;
    let hi = xs.length - 1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if ((xs[mid] ?? 0) <= a) lo = mid;
      else hi = mid;
    }
    const gapA = (xs[hi] ?? 0) - (xs[lo] ?? 0);
    const gapB = (ys[hi] ?? 0) - (ys[lo] ?? 0);
    return Math.min(400, 4 + Math.abs(gapB - gapA) + 0.1 * Math.max(gapA, gapB));
  };
}

function mergeAnchors(guide: Anchor[], forced: Anchor[]): Anchor[] {
  if (forced.length === 0) return guide;
  return heaviestChain([...guide, ...forced]);
}

function sum(values: Float64Array): number {
  let s = 0;
  for (const v of values) s += v;
  return s;
}
