// A word lexicon learned from the pair itself: a word translation model (IBM Model 1, trained by
// EM on the first pass's beads) in both directions; two words that are each other's best
// translation become a shared key in the second pass ("Gletscher" ~ "glacier", "Hütte" ~ "cabane").
// EM sorts out which word of a bead translates which, so words met in a handful of beads are
// learned too, where counting co-occurrences (Dice) needed many. Measured with score.mjs (strict
// F1), against the Dice lexicon it replaces: textberg 0.876 -> 0.889, ParIce 0.903 -> 0.903,
// bleualign-dev 0.875 -> 0.877; iterations and threshold tuned on bleualign-dev.
import type { ScoredBead } from './bead-search.js';
import type { Lexicon, UnitInfo } from './features.js';

/** Beads the model learns from: evenly spread, enough for the frequent words of a long text (and
 * EM over more costs the 10,000-sentence run about 80 ms with no gain on the test sets). */
const SAMPLE = 500;
/** Word pairs a bead may hold to be learned from (about 50 words a side: long sentences, not paragraphs). */
const MAX_PAIRS = 2500;
/** Words seen in fewer beads than this stay out: one bead cannot tell which word is which. */
const MIN_BEADS = 2;
const ITERATIONS = 8;
/** Least product of both directions' translation probabilities for a pair to enter the lexicon. */
const MIN_PROBABILITY = 0.1;
/** Maps a side-b word to the side-a word it translates; side-a words of the lexicon map to themselves. */
export function learnLexicon(infosA: UnitInfo[], infosB: UnitInfo[], beads: ScoredBead[]): Lexicon {
  const wordCount = (infos: UnitInfo[], units: number[]): number => units.reduce((n, u) => n + (infos[u]?.words.length ?? 0), 0);
  // EM weighs every word pair of a bead: sentences have a few hundred, paragraphs tens of
  // thousands (5 documents of 400 paragraphs took 1.9 s here), for no better lexicon.
  const paired = beads.filter((x) => x.a.length > 0 && x.b.length > 0 && wordCount(infosA, x.a) * wordCount(infosB, x.b) <= MAX_PAIRS);
  const step = Math.max(1, Math.ceil(paired.length / SAMPLE));
  const sample = paired.filter((_, k) => k % step === 0);
  if (sample.length < 10) return new Map();
  const wordsOf = (infos: UnitInfo[], units: number[]): number[] => (units.length === 1 ? Array.from(infos[units[0] as number]?.words ?? []) : [...new Set(units.flatMap((u) => Array.from(infos[u]?.words ?? [])))]);
  const sidesA = sample.map((x) => wordsOf(infosA, x.a));
  const sidesB = sample.map((x) => wordsOf(infosB, x.b));
  const pairs = new WordPairs(sidesA, sidesB);
  const aToB = pairs.train(true);
  const bToA = pairs.train(false);
  // Each side's best partner by the product of both directions; only mutual best pairs are kept.
  const bestOfA = new Map<number, { word: number; p: number }>();
  const bestOfB = new Map<number, { word: number; p: number }>();
  for (let k = 0; k < pairs.size; k += 1) {
    const wa = pairs.wordA(k);
    const wb = pairs.wordB(k);
    const both = (aToB[k] as number) * (bToA[k] as number);
    if (both > (bestOfA.get(wa)?.p ?? 0)) bestOfA.set(wa, { word: wb, p: both });
    if (both > (bestOfB.get(wb)?.p ?? 0)) bestOfB.set(wb, { word: wa, p: both });
  }
  const lexicon: Lexicon = new Map();
  for (const [wa, { word: wb, p }] of bestOfA) {
    if (p < MIN_PROBABILITY || wa === wb || bestOfB.get(wb)?.word !== wa) continue;
    lexicon.set(wb, wa);
    lexicon.set(wa, wa);
  }
  return lexicon;
}

/**
 * The word pairs that meet in the sampled beads, numbered once: EM then runs over flat arrays
 * (a grid of pair numbers per bead), not over hash maps.
 */
class WordPairs {
  /** Words of each side (those seen in MIN_BEADS beads or more), by local number. */
  private readonly wordsA: number[] = [];
  private readonly wordsB: number[] = [];
  private readonly pairA: number[] = [];
  private readonly pairB: number[] = [];
  /** Per bead: its side-a and side-b word counts and its |a| x |b| grid of pair numbers (row-major). */
  private readonly beads: PairGrid[] = [];

  constructor(sidesA: number[][], sidesB: number[][]) {
    const localA = localNumbers(sidesA, this.wordsA);
    const localB = localNumbers(sidesB, this.wordsB);
    const numberOf = new Map<number, number>();
    const columns = this.wordsB.length;
    sidesA.forEach((wordsOfA, k) => {
      const as = wordsOfA.flatMap((w) => localA.get(w) ?? []);
      const bs = (sidesB[k] ?? []).flatMap((w) => localB.get(w) ?? []);
      const grid = new Int32Array(as.length * bs.length);
      as.forEach((a, r) => bs.forEach((b, c) => {
        const key = a * columns + b;
        let n = numberOf.get(key);
        if (n === undefined) {
          n = this.pairA.length;
          numberOf.set(key, n);
          this.pairA.push(a);
          this.pairB.push(b);
        }
        grid[r * bs.length + c] = n;
      }));
      if (grid.length > 0) this.beads.push({ rows: as.length, columns: bs.length, grid });
    });
  }

  get size(): number {
    return this.pairA.length;
  }

  wordA(pair: number): number {
    return this.wordsA[this.pairA[pair] as number] as number;
  }

  wordB(pair: number): number {
    return this.wordsB[this.pairB[pair] as number] as number;
  }

  /** IBM Model 1 by EM, without the empty word: t(b | a) per pair when `aToB`, else t(a | b). */
  train(aToB: boolean): Float64Array {
    const t = new Float64Array(this.size).fill(1);
    const count = new Float64Array(this.size);
    const given = aToB ? this.pairA : this.pairB;
    const total = new Float64Array(aToB ? this.wordsA.length : this.wordsB.length);
    for (let round = 0; round < ITERATIONS; round += 1) {
      count.fill(0);
      total.fill(0);
      // One function call per bead: the JIT optimizes shareOut after a few hundred beads, where
      // these loops would run unoptimized (boxing every probability) until on-stack replacement.
      for (let b = 0; b < this.beads.length; b += 1) shareOut(this.beads[b] as PairGrid, aToB, t, given, count, total);
      for (let p = 0; p < this.size; p += 1) t[p] = (count[p] as number) / ((total[given[p] as number] as number) || 1);
    }
    return t;
  }
}

/** A bead's side-a and side-b word counts and its |a| x |b| grid of pair numbers (row-major). */
interface PairGrid {
  rows: number;
  columns: number;
  grid: Int32Array;
}

/**
 * One EM step over one bead: each word of the translated side is shared out among the words of
 * the given side (a column of the grid when side a is given, a row when side b is), adding to the
 * expected counts of the pairs and to the totals of the given words.
 */
function shareOut({ rows, columns, grid }: PairGrid, aToB: boolean, t: Float64Array, given: number[], count: Float64Array, total: Float64Array): void {
  const outer = aToB ? columns : rows;
  const inner = aToB ? rows : columns;
  const outerStep = aToB ? 1 : columns;
  const innerStep = aToB ? columns : 1;
  for (let o = 0; o < outer; o += 1) {
    const first = o * outerStep;
    let z = 0;
    for (let i = 0, at = first; i < inner; i += 1, at += innerStep) z += t[grid[at] as number] as number;
    if (z <= 0) continue;
    for (let i = 0, at = first; i < inner; i += 1, at += innerStep) {
      const p = grid[at] as number;
      const c = (t[p] as number) / z;
      count[p] = (count[p] as number) + c;
      const g = given[p] as number;
      total[g] = (total[g] as number) + c;
    }
  }
}

/** Numbers the words seen in MIN_BEADS beads or more (0, 1, ...), listing them in `words`. */
function localNumbers(sides: number[][], words: number[]): Map<number, number> {
  const count = new Map<number, number>();
  for (const ws of sides) for (let x = 0; x < ws.length; x += 1) count.set(ws[x] as number, (count.get(ws[x] as number) ?? 0) + 1);
  const local = new Map<number, number>();
  for (const [w, c] of count) {
    if (c < MIN_BEADS) continue;
    local.set(w, words.length);
    words.push(w);
  }
  return local;
}
