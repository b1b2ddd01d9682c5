import { describe, expect, it } from 'vitest';
import { BeadEvidence } from '../../../../shared/align/bead-evidence.js';
import { describeUnits, mergeUnits, pairFeatures, Vocabulary } from '../../../../shared/align/features.js';

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
