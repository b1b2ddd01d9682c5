// Aligns two lists of units (sentences or blocks) of one document pair: features, length ratio,
// anchors, corridor search; then a second pass with a lexicon learned from the first, the length
// ratio of what the first aligned, in a narrow band around the first's confident beads.
import { anchorPath, bracket, findAnchors, heaviestChain, lengthDiagonal, type Anchor, type PathGuess } from './anchors.js';
import { searchBeads, type ScoredBead } from './bead-search.js';
import { describeUnits, lengthRatio, medianOneToOneDice, pairFeatures, UnitDice, Vocabulary, withLexicon, type PairFeatures, type UnitInfo } from './features.js';
import { learnLexicon } from './lexicon.js';

export interface PairOptions {
  kindsA?: string[];
  kindsB?: string[];
  /** Unit pairs known to align: the path goes through them, and each pair ends up in one bead. */
  forced?: { a: number; b: number }[];
  /** Learn a word lexicon from a first pass and realign (worth it for longer texts). */
  relearn?: boolean;
  /** Where to search instead of around anchors (e.g. around the aligned blocks of a document). */
  band?: Band;
  /** Features of exactly these units, when the caller has built them already (they are built here otherwise). */
  features?: PairFeatures;
}

/** Weight of shared evidence (Dice 0..1) against length and prior costs; tuned on bleualign-dev. */
const BONUS = 10;

export function alignUnits(textsA: string[], textsB: string[], options: PairOptions = {}): ScoredBead[] {
  const vocab = new Vocabulary();
  return alignInfos(describeUnits(textsA, vocab), describeUnits(textsB, vocab), vocab, options);
}

/** alignUnits on units already described (documents describe their units once for all pairs). */
export function alignInfos(infosA: UnitInfo[], infosB: UnitInfo[], vocab: Vocabulary, options: PairOptions = {}): ScoredBead[] {
  const n = infosA.length;
  const m = infosB.length;
  if (n === 0 || m === 0) {
    return [...infosA.map((_, k) => ({ a: [k], b: [], score: 0.5 })), ...infosB.map((_, k) => ({ a: [], b: [k], score: 0.5 }))];
  }
  const forced: Anchor[] = (options.forced ?? []).map((x) => ({ ...x, weight: 1e6 }));
  let features = options.features ?? pairFeatures(infosA, infosB, vocab);
  const overall = lengthRatio(features);
  const twoPass = options.relearn !== false && n >= 20 && m >= 20;
  // When a second pass follows, the first only has to find confident 1-1 beads: common types suffice.
  let beads = runPass(features, forced, options, overall, options.band, twoPass);
  if (!twoPass) return beads;
  // Omitted or added text skews the overall ratio; the aligned part tells the real one.
  const ratio = alignedRatio(features, beads) ?? overall;
  const lexicon = learnLexicon(infosA, infosB, beads);
  if (lexicon.size > 0) features = withLexicon(features, infosA, infosB, vocab, lexicon);
  // The second pass searches a narrow band around the first pass's path: it refines, it does not roam.
  const confident = beads.filter((x) => x.a.length === 1 && x.b.length === 1 && x.score >= GUIDE_SCORE).map((x) => ({ a: x.a[0] as number, b: x.b[0] as number, weight: x.score }));
  const guide = forced.length > 0 ? heaviestChain([...confident, ...forced]) : confident;
  const band = guide.length >= Math.min(n, m) / 4 ? { path: anchorPath(guide, n, m), width: anchorWidth(guide, n, m, 2) } : bandAround(beads, n);
  beads = runPass(features, forced, options, ratio, band, false, EXPECTED_SHARE * medianOneToOneDice(new UnitDice(features), beads));
  return beads;
}

function alignedRatio(features: PairFeatures, beads: ScoredBead[]): number | null {
  let la = 0;
  let lb = 0;
  for (const bead of beads) {
    // 1-1 beads only: a skipped sentence merged into a neighbour would skew it again.
    if (bead.a.length !== 1 || bead.b.length !== 1) continue;
    la += features.a.lengths[bead.a[0] as number] ?? 0;
    lb += features.b.lengths[bead.b[0] as number] ?? 0;
  }
  return la > 0 && lb > 0 ? lb / la : null;
}

export interface Band {
  path: PathGuess;
  width: (a: number) => number;
}

/**
 * The Dice a translation pair is expected to reach, as a share of the pair's typical one (the
 * median over the first pass's 1-1 beads: 0.46-0.49 on German-French, 0.4-0.9 on
 * English-Icelandic). Tuned on bleualign-dev: strict F1 there 0.877 -> 0.886, textberg 0.889 ->
 * 0.894, ParIce 0.903 -> 0.907.
 */
const EXPECTED_SHARE = 0.3;


function runPass(features: PairFeatures, forced: Anchor[], options: PairOptions, ratio: number, band?: Band, quick = false, expectedDice?: number): ScoredBead[] {
  const n = features.a.keys.length;
  const m = features.b.keys.length;
  if (!band) {
    const anchors = findAnchors(features, forced);
    const enough = anchors.length >= Math.max(2, Math.min(n, m) / 40);
    band = enough
      ? { path: anchorPath(anchors, n, m), width: anchorWidth(anchors, n, m, 3) }
      : { path: lengthDiagonal(features.a.lengths, features.b.lengths), width: () => Math.max(25, 4 * Math.sqrt(Math.max(n, m)), Math.abs(n - m) + 10) };
  }
  return searchBeads({ features, ratio, path: band.path, width: band.width, bonus: BONUS, kindsA: options.kindsA, kindsB: options.kindsB, quick, expectedDice, pinned: forced });
}

/** First-pass 1-1 beads this confident guide the second pass like anchors. */
const GUIDE_SCORE = 0.6;

/** Half-width of a band beyond the path it follows. */
const BAND = 8;

/**
 * A band around a monotone path given as beads (a first pass, or block groups cut into their
 * units): each bead's rectangle plus `margin` units on each side.
 */
export function bandAround(beads: { a: number[]; b: number[] }[], n: number, margin = BAND): Band {
  const lo = new Float64Array(n + 1).fill(Infinity);
  const hi = new Float64Array(n + 1).fill(-Infinity);
  let a = 0;
  let b = 0;
  for (const bead of beads) {
    const a1 = a + bead.a.length;
    const b1 = b + bead.b.length;
    for (let i = a; i <= a1 && i <= n; i += 1) {
      lo[i] = Math.min(lo[i] as number, b);
      hi[i] = Math.max(hi[i] as number, b1);
    }
    a = a1;
    b = b1;
  }
  for (let i = 0; i <= n; i += 1) {
    if (lo[i] === Infinity) {
      lo[i] = i > 0 ? (lo[i - 1] as number) : 0;
      hi[i] = i > 0 ? (hi[i - 1] as number) : 0;
    }
  }
  const at = (i: number): number => Math.max(0, Math.min(n, Math.round(i)));
  return {
    path: (i) => ((lo[at(i)] as number) + (hi[at(i)] as number)) / 2,
    width: (i) => ((hi[at(i)] as number) - (lo[at(i)] as number)) / 2 + margin,
  };
}

/**
 * Wider where anchors are far apart or the stretch between them is lopsided. `base`: the
 * half-width next to an anchor (first-pass anchors 3; the first pass's confident beads, denser
 * and surer, 2: narrowing them cost nothing on the test sets).
 */
function anchorWidth(anchors: Anchor[], n: number, m: number, base: number): (a: number) => number {
  const xs = [-1, ...anchors.map((x) => x.a), n];
  const ys = [-1, ...anchors.map((x) => x.b), m];
  return (a) => {
    const [lo, hi] = bracket(xs, a);
    const gapA = (xs[hi] ?? 0) - (xs[lo] ?? 0);
    const gapB = (ys[hi] ?? 0) - (ys[lo] ?? 0);
    return Math.min(400, base + Math.abs(gapB - gapA) + 0.05 * Math.max(gapA, gapB));
  };
}
