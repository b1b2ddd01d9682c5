// One document pair, structure first: blocks align with blocks (headings with headings), then the
// sentences inside each aligned block group. Moved blocks and sentences are linked, not dropped.
import type { AlignLevel, Block, Segment } from '../model.js';
import { sentencesOfBlock } from '../segment/index.js';
import { alignWithBackbone } from './backbone.js';
import type { ScoredBead } from './bead-search.js';
import { findMoves, type Move } from './moves.js';
import { alignUnits } from './pair.js';

/** A document cut into the units of the requested level, each knowing its block. */
export interface UnitDocument {
  units: Segment[];
  /** Block index of each unit. */
  blockOf: number[];
  /** Units of each block, in order. */
  unitsOfBlock: number[][];
  blocks: Block[];
}

export function unitsOf(text: string, blocks: Block[], language: string, level: AlignLevel): UnitDocument {
  const units: Segment[] = [];
  const blockOf: number[] = [];
  const unitsOfBlock: number[][] = [];
  blocks.forEach((block, k) => {
    const segments = level === 'sentence' ? sentencesOfBlock(text, block, language) : [{ start: block.start, end: block.end, text: block.text }];
    unitsOfBlock.push([]);
    for (const s of segments) {
      unitsOfBlock[k]?.push(units.length);
      units.push(s);
      blockOf.push(k);
    }
  });
  return { units, blockOf, unitsOfBlock, blocks };
}

export interface PairAlignment {
  /** Monotone beads over the units of both documents, covering each unit once. */
  beads: ScoredBead[];
  /** Units that sit elsewhere in the other document (they appear as 1-0 / 0-1 in `beads`). */
  moves: Move[];
}

export function alignDocumentPair(a: UnitDocument, b: UnitDocument, level: AlignLevel): PairAlignment {
  const blockBeads = alignWithBackbone(
    a.blocks.map((x) => x.text),
    b.blocks.map((x) => x.text),
    a.blocks.map((x) => x.kind),
    b.blocks.map((x) => x.kind),
  );
  const blockMoves = findMoves(a.blocks.map((x) => x.text), b.blocks.map((x) => x.text), blockBeads);
  if (level === 'paragraph') return { beads: blockBeads, moves: blockMoves };

  const beads: ScoredBead[] = [];
  for (const bead of blockBeads) beads.push(...alignInside(a, b, bead.a, bead.b));
  const moves: Move[] = [];
  for (const move of blockMoves) {
    for (const inner of alignInside(a, b, move.a, move.b)) {
      if (inner.a.length > 0 && inner.b.length > 0) moves.push({ a: inner.a, b: inner.b, score: Math.min(move.score, inner.score) });
    }
  }
  const movedA = new Set(moves.flatMap((x) => x.a));
  const movedB = new Set(moves.flatMap((x) => x.b));
  // Sentences moved on their own, across paragraphs.
  const texts = (d: UnitDocument): string[] => d.units.map((u) => u.text);
  const loose = beads.filter((x) => !x.a.some((u) => movedA.has(u)) && !x.b.some((v) => movedB.has(v)));
  moves.push(...findMoves(texts(a), texts(b), loose));
  return { beads, moves: moves.sort((x, y) => (x.a[0] ?? 0) - (y.a[0] ?? 0)) };
}

function alignInside(a: UnitDocument, b: UnitDocument, blocksA: number[], blocksB: number[]): ScoredBead[] {
  const ua = blocksA.flatMap((k) => a.unitsOfBlock[k] ?? []);
  const ub = blocksB.flatMap((k) => b.unitsOfBlock[k] ?? []);
  const inner = alignUnits(ua.map((u) => a.units[u]?.text ?? ''), ub.map((v) => b.units[v]?.text ?? ''), { relearn: false });
  return inner.map((x) => ({ a: x.a.map((k) => ua[k] as number), b: x.b.map((k) => ub[k] as number), score: x.score }));
}
