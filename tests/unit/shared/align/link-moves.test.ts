import { describe, expect, it } from 'vitest';
import type { ScoredBead } from '../../../../shared/align/bead-search.js';
import { describeUnits, pairFeatures, Vocabulary } from '../../../../shared/align/features.js';
import { linkMoves } from '../../../../shared/align/moves.js';

// Made-up words, so that what two units share is exactly the words they have in common.
const WORDS = [
  'kalvor', 'mintesh', 'prandel', 'jostry', 'wenkal', 'dobrin', 'sobrik', 'tavenul', 'quorpa', 'bixtam', 'lodren', 'feshul',
  'dremix', 'yallop', 'vintur', 'chalbe', 'nurvik', 'gostam', 'hoblen', 'crastig', 'mewlor', 'fespot', 'grundal', 'pilvex',
];
const p = (k: number, i: number): string => WORDS[k * 6 + i] as string; // "p" words of pair k: 0..2 shared in place
const q = (k: number, i: number): string => WORDS[k * 6 + 3 + i] as string; // 3..5: shared with the next pair's b side
const sentence = (words: string[]): string => `${words.join(' ')}.`;

// Each pair in place shares half of what it could: side b carries the p-words of its pair and the
// q-words of the pair before, so a q-word is in one unit on each side, never in the same pair.
const inPlaceA = [0, 1, 2, 3].map((k) => sentence([p(k, 0), p(k, 1), p(k, 2), q(k, 0), q(k, 1), q(k, 2)]));
const inPlaceB = [0, 1, 2, 3].map((k) => sentence([p(k, 0), p(k, 1), p(k, 2), q((k + 3) % 4, 0), q((k + 3) % 4, 1), q((k + 3) % 4, 2)]));
// The moved paragraph shares one rare word with its counterpart, and otherwise words of other
// units: much less than pairs in place share (and less than the 0.3 Dice that makes a move on its
// own), but more than it shares with anything else it could pair with.
const movedA = sentence(['zeppard', p(2, 0), p(2, 1), p(3, 0), p(3, 1)]);
const movedB = sentence(['zeppard', p(0, 0), p(0, 1), p(1, 0), p(1, 1)]);

function link(a: string[], b: string[], beads: ScoredBead[]) {
  const vocab = new Vocabulary();
  return linkMoves(pairFeatures(describeUnits(a, vocab), describeUnits(b, vocab), vocab), beads);
}

// Side b starts with the moved paragraph (and `extraB` more lone units); side a ends with it.
function beadsOf(extraB: number): ScoredBead[] {
  return [
    ...Array.from({ length: 1 + extraB }, (_, v) => ({ a: [], b: [v], score: 0.5 })),
    ...inPlaceA.map((_, k) => ({ a: [k], b: [k + 1 + extraB], score: 1 })),
    { a: [inPlaceA.length], b: [], score: 0.5 },
  ];
}

describe('linkMoves: a moved paragraph that shares little in absolute terms', () => {
  it('is linked when it clearly stands out against the pairs in place', () => {
    const { moves } = link([...inPlaceA, movedA], [movedB, ...inPlaceB], beadsOf(0));
    expect(moves.map((m) => [m.a, m.b])).toEqual([[[4], [0]]]);
    // Its score says how little the two share (0.4 + Dice, and Dice is below 0.3).
    expect(moves[0]?.score).toBeLessThan(0.7);
  });

  it('is not linked when another lone paragraph shares nearly as much with it', () => {
    const rival = sentence(['zeppard', p(0, 2), p(1, 2), p(2, 2), p(3, 2)]);
    const { moves } = link([...inPlaceA, movedA], [movedB, rival, ...inPlaceB], beadsOf(1));
    expect(moves).toEqual([]);
  });
});

describe('linkMoves: two paragraphs swapped, read as one 2-2 bead', () => {
  const otherA = sentence(['quillop', p(0, 2), p(1, 2), q(2, 0), q(3, 0)]);
  const otherB = sentence(['quillop', p(2, 2), p(3, 2), q(0, 1), q(1, 1)]);
  const inPlace = inPlaceA.map((_, k) => ({ a: [k], b: [k], score: 1 }));

  it('is split into a pair in place and a move, though each pair shares little', () => {
    const { beads, moves } = link([...inPlaceA, movedA, otherA], [...inPlaceB, otherB, movedB], [...inPlace, { a: [4, 5], b: [4, 5], score: 0.6 }]);
    expect(moves).toHaveLength(1);
    const linked = [...moves.map((m) => [m.a, m.b]), ...beads.filter((x) => x.a.length === 1 && x.b.length === 1 && x.a[0]! >= 4).map((x) => [x.a, x.b])];
    expect(linked.sort()).toEqual([[[4], [5]], [[5], [4]]]);
    expect(beads.some((x) => x.a.length > 1)).toBe(false);
  });

  it('stays one bead when the units pair in order as well as crosswise', () => {
    const { beads, moves } = link([...inPlaceA, movedA, otherA], [...inPlaceB, movedB, otherB], [...inPlace, { a: [4, 5], b: [4, 5], score: 0.6 }]);
    expect(moves).toEqual([]);
    expect(beads[beads.length - 1]).toEqual({ a: [4, 5], b: [4, 5], score: 0.6 });
  });
});

describe('linkMoves: a moved paragraph the search paired with the wrong neighbour', () => {
  // Side a: an opening paragraph, the paragraph that moved, then the pairs in place. Side b: the
  // opening, the pairs in place, then the moved paragraph. The search paired the moved paragraph
  // with side b's opening (a weak bead) and left side a's opening alone.
  const openingA = sentence(['borvintal', 'quesh', 'marolt', p(0, 0), p(1, 0)]);
  const openingB = sentence(['borvintal', 'quesh', 'marolt', q(2, 0), q(3, 0)]);
  const a = [openingA, movedA, ...inPlaceA];
  const b = [openingB, ...inPlaceB, movedB];
  const found: ScoredBead[] = [{ a: [0], b: [], score: 0.5 }, { a: [1], b: [0], score: 0.4 }, ...inPlaceA.map((_, k) => ({ a: [k + 2], b: [k + 1], score: 1 })), { a: [], b: [5], score: 0.5 }];

  it('frees it for its counterpart, and puts the openings back in one row rather than linking them as a move', () => {
    const { beads, moves } = link(a, b, found);
    expect(moves.map((m) => [m.a, m.b])).toEqual([[[1], [5]]]);
    expect(beads[0]).toMatchObject({ a: [0], b: [0] });
    expect(beads.filter((x) => x.a.length > 0 && x.b.length > 0).map((x) => [x.a, x.b])).toEqual([[[0], [0]], ...inPlaceA.map((_, k) => [[k + 2], [k + 1]])]);
  });
});

describe('linkMoves: linked pairs that could sit in place', () => {
  const otherA = sentence(['quillop', p(0, 2), p(1, 2), q(2, 0), q(3, 0)]);
  const otherB = sentence(['quillop', p(2, 2), p(3, 2), q(0, 1), q(1, 1)]);
  const inPlace = inPlaceA.map((_, k) => ({ a: [k], b: [k], score: 1 }));
  const monotone = (beads: ScoredBead[]): boolean => {
    let [lastA, lastB] = [-1, -1];
    for (const x of beads) {
      for (const u of x.a) if (u <= lastA) return false; else lastA = u;
      for (const v of x.b) if (v <= lastB) return false; else lastB = v;
    }
    return true;
  };

  it('settle in place when they keep the order, and stay a move when they would cross', () => {
    const lone: ScoredBead[] = [{ a: [4], b: [], score: 0.5 }, { a: [5], b: [], score: 0.5 }, { a: [], b: [4], score: 0.5 }, { a: [], b: [5], score: 0.5 }];
    // In order: both pairs go back in place, no move.
    const inOrder = link([...inPlaceA, movedA, otherA], [...inPlaceB, movedB, otherB], [...inPlace, ...lone]);
    expect(inOrder.moves).toEqual([]);
    expect(inOrder.beads.slice(-2).map((x) => [x.a, x.b])).toEqual([[[4], [4]], [[5], [5]]]);
    // Crossed: one pair sits in place, the other is a move, and the beads stay in order.
    const crossed = link([...inPlaceA, movedA, otherA], [...inPlaceB, otherB, movedB], [...inPlace, ...lone]);
    expect(crossed.moves.map((m) => [m.a, m.b])).toEqual([[[5], [4]]]);
    expect(crossed.beads.some((x) => x.a[0] === 4 && x.b[0] === 5)).toBe(true);
    expect(monotone(crossed.beads)).toBe(true);
  });
});

describe('linkMoves on random pairs', () => {
  // A small deterministic generator: the same cases on every run.
  let seed = 12345;
  const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = (n: number): number => Math.floor(random() * n);
  const text = (): string => sentence(Array.from({ length: 3 + pick(6) }, () => WORDS[pick(WORDS.length)] as string));

  /** Random monotone beads over n and m units, of the search's kinds: 1-1 (some weak), 2-2, 1-2, 2-1, and lone units. */
  function randomBeads(n: number, m: number): ScoredBead[] {
    const beads: ScoredBead[] = [];
    let [u, v] = [0, 0];
    while (u < n || v < m) {
      let ta = Math.min(n - u, [0, 1, 1, 1, 2][pick(5)] as number);
      const tb = Math.min(m - v, ta === 0 ? 1 : ([0, 1, 1, 2][pick(4)] as number));
      // The search leaves units alone one by one (1-0, 0-1), never 2-0.
      if (tb === 0) ta = Math.min(ta, 1);
      if (ta + tb === 0) {
        if (u < n) beads.push({ a: [u++], b: [], score: 0.5 });
        else beads.push({ a: [], b: [v++], score: 0.5 });
        continue;
      }
      beads.push({ a: Array.from({ length: ta }, () => u++), b: Array.from({ length: tb }, () => v++), score: random() });
    }
    return beads;
  }

  it('always returns beads in order that hold every unit once, and moves only between units left alone', () => {
    for (let trial = 0; trial < 300; trial += 1) {
      const a = Array.from({ length: 2 + pick(12) }, text);
      const b = Array.from({ length: 2 + pick(12) }, text);
      const { beads, moves } = link(a, b, randomBeads(a.length, b.length));
      const seenA = beads.flatMap((x) => x.a);
      const seenB = beads.flatMap((x) => x.b);
      expect(seenA, `trial ${trial}`).toEqual(a.map((_, k) => k));
      expect(seenB, `trial ${trial}`).toEqual(b.map((_, k) => k));
      const lone = new Set([...beads.filter((x) => x.b.length === 0).flatMap((x) => x.a.map((u) => `a${u}`)), ...beads.filter((x) => x.a.length === 0).flatMap((x) => x.b.map((v) => `b${v}`))]);
      for (const m of moves) {
        for (const u of m.a) expect(lone.has(`a${u}`), `trial ${trial}: move unit a${u} is alone`).toBe(true);
        for (const v of m.b) expect(lone.has(`b${v}`), `trial ${trial}: move unit b${v} is alone`).toBe(true);
        expect(m.score).toBeGreaterThan(0);
        expect(m.score).toBeLessThanOrEqual(1);
      }
      // No unit is in two moves.
      expect(new Set(moves.flatMap((m) => m.a)).size).toBe(moves.flatMap((m) => m.a).length);
      expect(new Set(moves.flatMap((m) => m.b)).size).toBe(moves.flatMap((m) => m.b).length);
    }
  });
});
