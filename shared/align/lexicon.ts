// A word lexicon learned from the first pass's confident 1-1 beads: words that keep turning up
// together become shared keys in the second pass ("Gletscher" ~ "glacier").
import type { ScoredBead } from './bead-search.js';
import type { Lexicon, UnitInfo } from './features.js';

const SAMPLE = 800;
const MIN_DICE = 0.6;

/** Maps a side-b word to the side-a word it translates; side-a words of the lexicon map to themselves. */
export function learnLexicon(infosA: UnitInfo[], infosB: UnitInfo[], beads: ScoredBead[]): Lexicon {
  const all = beads.filter((x) => x.a.length === 1 && x.b.length === 1 && x.score >= 0.55);
  // A sample is enough to learn the frequent words and keeps long texts fast.
  const step = Math.max(1, Math.ceil(all.length / SAMPLE));
  const confident = all.filter((_, k) => k % step === 0);
  if (confident.length < 10) return new Map();
  const wordsA = confident.map((x) => infosA[x.a[0] as number]?.words ?? new Int32Array());
  const wordsB = confident.map((x) => infosB[x.b[0] as number]?.words ?? new Int32Array());
  const freqA = new Map<number, number>();
  const freqB = new Map<number, number>();
  for (const ws of wordsA) for (const w of ws) freqA.set(w, (freqA.get(w) ?? 0) + 1);
  for (const ws of wordsB) for (const w of ws) freqB.set(w, (freqB.get(w) ?? 0) + 1);
  // Words in nearly every sentence carry no evidence and make the pair count explode.
  const limit = Math.max(3, confident.length * 0.1);
  const useful = (freq: Map<number, number>) => (w: number): boolean => {
    const f = freq.get(w) ?? 0;
    return f >= 2 && f <= limit;
  };
  // Word ids are unique per vocabulary: a pair of ids packs into one number without collisions.
  const together = new Map<number, number>();
  const span = 1 << 26;
  confident.forEach((_, k) => {
    // Each word counts once per bead (its words are distinct already).
    const as = Array.from(wordsA[k] ?? []).filter(useful(freqA));
    const bs = Array.from(wordsB[k] ?? []).filter(useful(freqB));
    for (const a of as) for (const b of bs) {
      const key = a * span + b;
      together.set(key, (together.get(key) ?? 0) + 1);
    }
  });
  const best = new Map<number, { a: number; dice: number }>();
  for (const [key, c] of together) {
    if (c < 2) continue;
    const a = Math.floor(key / span);
    const b = key % span;
    const dice = (2 * c) / ((freqA.get(a) ?? 0) + (freqB.get(b) ?? 0));
    if (dice < MIN_DICE || a === b) continue;
    const prev = best.get(b);
    if (!prev || dice > prev.dice) best.set(b, { a, dice });
  }
  const lexicon: Lexicon = new Map();
  for (const [b, { a }] of best) {
    lexicon.set(b, a);
    lexicon.set(a, a);
  }
  return lexicon;
}
