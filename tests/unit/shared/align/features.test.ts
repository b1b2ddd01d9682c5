import { describe, expect, it } from 'vitest';
import { BeadEvidence } from '../../../../shared/align/bead-evidence.js';
import { describeUnits, mergeUnits, pairFeatures, Vocabulary, withLexicon } from '../../../../shared/align/features.js';

describe('describeUnits and pairFeatures', () => {
  it('reads digits of any script as the same number, apart from the letters around them', () => {
    const vocab = new Vocabulary();
    const [latin, arabic, chinese] = describeUnits(['In 1996 it opened.', 'في ١٩٩٦ افتتح.', '自1996年起'], vocab);
    const f = pairFeatures([latin!], [arabic!, chinese!], vocab);
    // The number is the one key all three share: it survives; words seen on one side do not.
    expect(f.a.keys[0]).toHaveLength(1);
    expect(f.b.keys.map((k) => k.length)).toEqual([1, 1]);
    expect(f.b.keys[0]?.[0]).toBe(f.a.keys[0]?.[0]);
    expect(f.weight[f.a.keys[0]?.[0] ?? -1]).toBeGreaterThan(0);
  });

  it('keeps a number found on one side as evidence against a pairing, with no shared weight', () => {
    const vocab = new Vocabulary();
    const f = pairFeatures(describeUnits(['Porto has 40 restaurants.'], vocab), describeUnits(['Porto hat Restaurants.'], vocab), vocab);
    const keys = Array.from(f.a.keys[0] ?? []);
    const lonely = keys.filter((k) => (f.weight[k] ?? 0) === 0);
    expect(lonely).toHaveLength(1);
    expect(f.unmatched[lonely[0] ?? -1]).toBeGreaterThan(0);
  });

  it('describes a block as the union of its sentences', () => {
    const vocab = new Vocabulary();
    const parts = describeUnits(['Porto 1887.', 'Porto 1996.'], vocab);
    const block = mergeUnits(parts, vocab);
    expect(block.length).toBe((parts[0]?.length ?? 0) + (parts[1]?.length ?? 0));
    expect(new Set(block.keys).size).toBe(block.keys.length);
    expect(block.keys.length).toBe(new Set([...(parts[0]?.keys ?? []), ...(parts[1]?.keys ?? [])]).size);
  });
});

describe('withLexicon', () => {
  it('gives a word and its learned translation one shared key, weighed like any other, and leaves the rest as it was', () => {
    const vocab = new Vocabulary();
    const a = describeUnits(['Der Gipfel ist nah.', 'Die Hütte ist voll.'], vocab);
    const b = describeUnits(['Le sommet est proche.', 'La cabane est pleine.'], vocab);
    const f = pairFeatures(a, b, vocab);
    const word = (w: string): number => vocab.token(w).word;
    // "Hütte" ~ "cabane" is learned; "voll" maps to a word side b never has: no key from it.
    const lexicon = new Map([[word('sommet'), word('Gipfel')], [word('Gipfel'), word('Gipfel')], [word('cabane'), word('Hütte')], [word('Hütte'), word('Hütte')], [word('voll'), word('voll')]]);
    const g = withLexicon(f, a, b, vocab, lexicon);
    expect(g.keyCount).toBe(f.keyCount + 2);
    for (let u = 0; u < 2; u += 1) {
      const added = Array.from(g.a.keys[u] ?? []).filter((k) => k >= f.keyCount);
      const addedB = Array.from(g.b.keys[u] ?? []).filter((k) => k >= f.keyCount);
      expect(added).toHaveLength(1);
      expect(addedB).toEqual(added);
      expect(g.weight[added[0] ?? -1]).toBeGreaterThan(0);
      expect(g.massA[u]).toBeCloseTo((f.massA[u] ?? 0) + (g.unmatched[added[0] ?? -1] ?? 0));
    }
    // The keys the pair had keep their numbers and weights.
    expect(Array.from(g.weight.subarray(0, f.keyCount))).toEqual(Array.from(f.weight));
    expect(withLexicon(f, a, b, vocab, new Map())).toBe(f);
  });
});

describe('BeadEvidence', () => {
  it('counts a key shared by two sentences of one side once per bead', () => {
    const vocab = new Vocabulary();
    const a = describeUnits(['Douro 1887.', 'Douro 312.', 'Lisboa 2001.'], vocab);
    const b = describeUnits(['Douro 1887 312.', 'Lisboa 2001.'], vocab);
    const f = pairFeatures(a, b, vocab);
    const ev = new BeadEvidence(f);
    // Bead [0,1]:[0] holds every key of both sides exactly: Dice 1, not more.
    ev.startRow(2);
    ev.startCell(1);
    expect(ev.dice(2, 1)).toBeCloseTo(1);
    expect(ev.dice(1, 1)).toBeLessThan(1);
    ev.startRow(3);
    ev.startCell(2);
    expect(ev.dice(1, 1)).toBeCloseTo(1);
    expect(ev.dice(1, 2)).toBeLessThan(1);
  });
});
