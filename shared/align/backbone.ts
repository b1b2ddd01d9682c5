// Restructured documents: paragraphs that clearly translate each other (mutual best, strong shared
// evidence) and sit on one monotone chain are pinned: the one search over the whole pair must keep
// each pinned pair in one bead (bead-search.ts, Pins). A moved paragraph then finds no partner
// near its old place, stays unmatched there and is linked as a move. Pins used to cut the pair
// into stretches searched apart, which lost the pair's length ratio, its second pass and every
// bead a pinned pair shares with a split-off sentence. Measured on the sentence-test sets read as
// documents of one-sentence paragraphs (strict F1, textberg / ParIce / bleualign-dev): stretches
// searched apart 0.67 / 0.55 / 0.68, one pinned search 0.86 / 0.91 / 0.89.
import { heaviestChain } from './anchors.js';
import type { ScoredBead } from './bead-search.js';
import { keyHolders, pairFeatures, type PairFeatures, type UnitInfo, type Vocabulary } from './features.js';
import { alignInfos } from './pair.js';

const STRONG = 0.45;
const COMMON = 24;
/**
 * Least shared weight (IDF) of a backbone pair: two short paragraphs sharing a key or two ("?", a
 * name) reach a high Dice by chance. On ParIce's one-line dialogue 15% of the pins were wrong
 * without it; a wrong pin now misplaces its neighbours too (textberg read as documents: 0.83 at 6,
 * 0.85 at 10, 0.86 at 20).
 */
const MIN_SHARED = 20;
/** Paragraphs with at most this many distinct words on average (3+ letters) are sentence-sized. */
const SENTENCE_SIZED = 30;

/** `features`: of the whole pair, when the caller has them (they are built here otherwise). */
export function alignWithBackbone(infosA: UnitInfo[], infosB: UnitInfo[], kindsA: string[], kindsB: string[], vocab: Vocabulary, features?: () => PairFeatures): ScoredBead[] {
  const whole = features ? features() : pairFeatures(infosA, infosB, vocab);
  const pins = infosA.length < 3 || infosB.length < 3 ? [] : backbone(whole);
  // The second pass (a lexicon learned from the first, the pair's own expected evidence) pays for
  // sentence-sized paragraphs (dialogue, lists, subtitles: +0.02 F1 on the test sets read that
  // way) and costs much for long ones (every bead weighs thousands of keys), where it adds little.
  const words = (infos: UnitInfo[]): number => infos.reduce((n, x) => n + x.words.length, 0) / Math.max(1, infos.length);
  const relearn = words(infosA) <= SENTENCE_SIZED && words(infosB) <= SENTENCE_SIZED;
  return alignInfos(infosA, infosB, vocab, { kindsA, kindsB, forced: pins.map(({ a, b }) => ({ a, b })), features: whole, relearn });
}

function backbone(f: PairFeatures): { a: number; b: number; weight: number }[] {
  const n = f.a.keys.length;
  const m = f.b.keys.length;
  const holders = keyHolders(f, Array.from(f.b.keys, (_, v) => v), COMMON);
  // Each paragraph's best partner on the other side (-1: none yet) and their Dice, as flat arrays.
  const bestOfA = new Int32Array(n).fill(-1);
  const diceOfA = new Float64Array(n);
  const bestOfB = new Int32Array(m).fill(-1);
  const diceOfB = new Float64Array(m);
  // Shared weight per side-b paragraph for the current side-a one: a table, reset by its touched list.
  const shared = new Float64Array(m);
  const touched: number[] = [];
  for (let u = 0; u < n; u += 1) {
    const ks = f.a.keys[u] as Int32Array;
    for (let y = 0; y < ks.length; y += 1) {
      const k = ks[y] as number;
      const w = f.weight[k] as number;
      for (let x = holders.start[k] as number; x < (holders.start[k + 1] as number); x += 1) {
        const v = holders.units[x] as number;
        if (shared[v] === 0) touched.push(v);
        shared[v] = (shared[v] as number) + w;
      }
    }
    for (const v of touched) {
      const weight = shared[v] as number;
      const dice = weight < MIN_SHARED ? 0 : (2 * weight) / ((f.massA[u] ?? 0) + (f.massB[v] ?? 0) || 1);
      shared[v] = 0;
      if (dice > (diceOfA[u] as number)) {
        bestOfA[u] = v;
        diceOfA[u] = dice;
      }
      if (dice > (diceOfB[v] as number)) {
        bestOfB[v] = u;
        diceOfB[v] = dice;
      }
    }
    touched.length = 0;
  }
  const candidates: { a: number; b: number; weight: number }[] = [];
  for (let u = 0; u < n; u += 1) {
    const v = bestOfA[u] as number;
    const dice = diceOfA[u] as number;
    if (v >= 0 && dice >= STRONG && bestOfB[v] === u) candidates.push({ a: u, b: v, weight: dice });
  }
  return heaviestChain(candidates);
}
