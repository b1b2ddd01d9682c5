import { describe, expect, it } from 'vitest';
import type { PairAlignment } from '../../../../shared/align/document-pair.js';
import { composePairs, maximumSpanningTree, pairQuality } from '../../../../shared/align/spanning-tree.js';

const bead = (a: number[], b: number[], score = 0.9) => ({ a, b, score });

describe('maximumSpanningTree', () => {
  it('joins each document through its strongest pair, not through the root', () => {
    // 0–1 strong, 1–2 strong, 0–2 weak: document 2 hangs off document 1.
    const q: Record<string, number> = { '0:1': 0.9, '1:2': 0.8, '0:2': 0.1, '0:3': 0.5, '1:3': 0.2, '2:3': 0.3 };
    const parent = maximumSpanningTree(4, 0, (a, b) => q[a < b ? `${a}:${b}` : `${b}:${a}`] ?? 0);
    expect(parent).toEqual([-1, 0, 1, 0]);
  });
});

describe('pairQuality', () => {
  it('is the score-weighted share of units in paired beads', () => {
    const pair: PairAlignment = { beads: [bead([0], [0], 1), bead([1], []), bead([2], [1, 2], 0.5)], moves: [] };
    expect(pairQuality(pair, 3, 3)).toBeCloseTo((2 * 1 + 3 * 0.5) / 6);
  });
});

describe('composePairs', () => {
  it('follows one-to-one links through the middle document', () => {
    const ab: PairAlignment = { beads: [bead([0], [0]), bead([1], [1]), bead([2], [2])], moves: [] };
    const bc: PairAlignment = { beads: [bead([0], [0]), bead([1], [1]), bead([2], [2])], moves: [] };
    expect(composePairs(ab, bc, 3).beads.map((x) => [x.a, x.b])).toEqual([[[0], [0]], [[1], [1]], [[2], [2]]]);
  });

  it('merges beads that a bead of the other pair spans, and keeps omissions on either end', () => {
    // a0 ~ b0, a1 ~ b1, a2 has no b; b0+b1 ~ c0 (joined), b2 ~ nothing in a, b2 ~ c1; c2 added.
    const ab: PairAlignment = { beads: [bead([0], [0]), bead([1], [1]), bead([2], []), bead([], [2])], moves: [] };
    const bc: PairAlignment = { beads: [bead([0, 1], [0], 0.7), bead([2], [1]), bead([], [2])], moves: [] };
    const ac = composePairs(ab, bc, 3).beads.map((x) => [x.a, x.b]);
    expect(ac).toEqual([[[0, 1], [0]], [[2], []], [[], [1]], [[], [2]]]);
    expect(composePairs(ab, bc, 3).beads[0]?.score).toBe(0.7);
  });

  it('carries a move of the second pair over to the first document', () => {
    const ab: PairAlignment = { beads: [bead([0], [1]), bead([1], [0])], moves: [] };
    const bc: PairAlignment = { beads: [bead([0], []), bead([1], [1]), bead([], [0])], moves: [{ a: [0], b: [0], score: 0.8 }] };
    expect(composePairs(ab, bc, 2).moves).toEqual([{ a: [1], b: [0], score: 0.8 }]);
  });
});
