// A word lexicon learned from the first pass's confident 1-1 beads: words that keep turning up
// together become shared keys in the second pass ("Gletscher" ~ "glacier").
import type { ScoredBead } from './bead-search.js';
import { transliterate } from './features.js';

const SAMPLE = 1500;
const WORD = /[\p{L}\p{M}]{3,}/gu;

function words(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(WORD)) out.add(transliterate(m[0]));
  return [...out];
}

/** Maps a side-b word (transliterated) to the side-a word it translates; identity for side-a words. */
export function learnLexicon(textsA: string[], textsB: string[], beads: ScoredBead[]): Map<string, string> {
  const all = beads.filter((x) => x.a.length === 1 && x.b.length === 1 && x.score >= 0.55);
  // A sample is enough to learn the frequent words and keeps long texts fast.
  const step = Math.max(1, Math.ceil(all.length / SAMPLE));
  const confident = all.filter((_, k) => k % step === 0);
  if (confident.length < 10) return new Map();
  const freqA = new Map<string, number>();
  const freqB = new Map<string, number>();
  const together = new Map<string, number>();
  const wordsA = confident.map((x) => words(textsA[x.a[0] as number] ?? ''));
  const wordsB = confident.map((x) => words(textsB[x.b[0] as number] ?? ''));
  for (const ws of wordsA) for (const w of ws) freqA.set(w, (freqA.get(w) ?? 0) + 1);
  for (const ws of wordsB) for (const w of ws) freqB.set(w, (freqB.get(w) ?? 0) + 1);
  // Words in nearly every sentence carry no evidence and make the pair count explode.
  const limit = Math.max(3, confident.length * 0.1);
  confident.forEach((_, k) => {
    const as = (wordsA[k] ?? []).filter((w) => (freqA.get(w) ?? 0) >= 2 && (freqA.get(w) ?? 0) <= limit);
    const bs = (wordsB[k] ?? []).filter((w) => (freqB.get(w) ?? 0) >= 2 && (freqB.get(w) ?? 0) <= limit);
    for (const a of as) for (const b of bs) {
      const key = `${a}\u0000${b}`;
      together.set(key, (together.get(key) ?? 0) + 1);
    }
  });
  const best = new Map<string, { a: string; dice: number }>();
  for (const [key, c] of together) {
    if (c < 2) continue;
    const [a, b] = key.split('\u0000') as [string, string];
    const dice = (2 * c) / ((freqA.get(a) ?? 0) + (freqB.get(b) ?? 0));
    if (dice < 0.6 || a === b) continue;
    const prev = best.get(b);
    if (!prev || dice > prev.dice) best.set(b, { a, dice });
  }
  const lexicon = new Map<string, string>();
  for (const [b, { a }] of best) {
    lexicon.set(b, a);
    lexicon.set(a, a);
  }
  return lexicon;
}
