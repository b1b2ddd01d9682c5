import { describe, expect, it } from 'vitest';
import { alignSegmented, formatBead, type Bead } from '../../../../shared/align/index.js';
import { DE, EN, RU, ZH } from './fixtures.js';

function expectCoverage(beads: Bead[], n: number, m: number): void {
  expect(beads.flatMap((b) => b[0])).toEqual([...Array(n).keys()]);
  expect(beads.flatMap((b) => b[1])).toEqual([...Array(m).keys()]);
}

const pick = (xs: string[], ...idx: number[]): string[] => idx.map((k) => xs[k] as string);

describe('alignSegmented bead types', () => {
  it('finds 1-1 beads', () => {
    const beads = alignSegmented(EN, RU);
    expect(beads.map(formatBead)).toEqual(EN.map((_, k) => `[${k}]:[${k}]`));
  });

  it('finds a 1-2 bead where the target splits a sentence', () => {
    const beads = alignSegmented(pick(EN, 0, 1, 2, 6, 7), pick(DE, 0, 1, 2, 3, 5, 6));
    expect(beads.map(formatBead)).toEqual(['[0]:[0]', '[1]:[1]', '[2]:[2,3]', '[3]:[4]', '[4]:[5]']);
  });

  it('finds a 2-1 bead where the target joins two sentences', () => {
    const beads = alignSegmented(pick(EN, 0, 1, 3, 4, 6, 7), pick(DE, 0, 1, 4, 5, 6));
    expect(beads.map(formatBead)).toEqual(['[0]:[0]', '[1]:[1]', '[2,3]:[2]', '[4]:[3]', '[5]:[4]']);
  });

  it('finds a 1-0 bead for an omitted sentence', () => {
    const beads = alignSegmented(pick(EN, 0, 1, 5, 6, 7), pick(RU, 0, 1, 6, 7));
    expect(beads.map(formatBead)).toEqual(['[0]:[0]', '[1]:[1]', '[2]:[]', '[3]:[2]', '[4]:[3]']);
  });

  it('finds a 0-1 bead for an added sentence', () => {
    const beads = alignSegmented(pick(RU, 0, 1, 6, 7), pick(EN, 0, 1, 5, 6, 7));
    expect(beads.map(formatBead)).toEqual(['[0]:[0]', '[1]:[1]', '[]:[2]', '[2]:[3]', '[3]:[4]']);
  });

  it('finds a 2-2 bead when two sentences are cut differently', () => {
    const src = ['Chapter 7 begins here.', 'The storm came at 6 in the morning and the boats', 'stayed in the harbour until noon.', 'On 12 May the sea was calm again.'];
    const tgt = ['Kapitel 7 beginnt hier.', 'Der Sturm kam um 6 Uhr morgens,', 'und die Boote blieben bis Mittag im Hafen.', 'Am 12. Mai war das Meer wieder ruhig.'];
    const beads = alignSegmented(src, tgt);
    expectCoverage(beads, 4, 4);
    expect(beads[0]).toEqual([[0], [0]]);
    expect(beads[beads.length - 1]).toEqual([[3], [3]]);
  });

  it('aligns a Chinese–English pair by normalised length and numbers', () => {
    expect(alignSegmented(EN, ZH).map(formatBead)).toEqual(EN.map((_, k) => `[${k}]:[${k}]`));
  });

  it('handles empty, one-line, identical and unrelated inputs', () => {
    expect(alignSegmented([], [])).toEqual([]);
    expect(alignSegmented(['Only one.'], [])).toEqual([[[0], []]]);
    expect(alignSegmented([], ['Eine.'])).toEqual([[[], [0]]]);
    expect(alignSegmented(['One line.'], ['Eine Zeile.'])).toEqual([[[0], [0]]]);
    expect(alignSegmented(EN, EN).map(formatBead)).toEqual(EN.map((_, k) => `[${k}]:[${k}]`));
    const unrelated = alignSegmented(EN, ['Lorem ipsum dolor sit amet.', 'Consectetur adipiscing elit, sed do eiusmod tempor.']);
    expectCoverage(unrelated, EN.length, 2);
  });

  it('keeps a long pair inside its corridor and covers every line', () => {
    const src: string[] = [];
    const tgt: string[] = [];
    for (let k = 0; k < 3000; k += 1) {
      src.push(`${EN[k % EN.length]} (${k})`);
      if (k % 97 !== 5) tgt.push(`${DE[k % DE.length]} (${k})`);
    }
    const beads = alignSegmented(src, tgt);
    expectCoverage(beads, src.length, tgt.length);
  });
});
