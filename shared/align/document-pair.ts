// One document pair, structure first: blocks align with blocks (headings with headings), then the
// sentences inside each aligned block group. Moved blocks and sentences are linked, not dropped.
import type { AlignLevel, Block, Segment } from '../model.js';
import { sentencesOfBlock } from '../segment/index.js';
import { alignWithBackbone } from './backbone.js';
import type { ScoredBead } from './bead-search.js';
import { describeUnits, mergeUnits, pairFeatures, type PairFeatures, type UnitInfo, type Vocabulary } from './features.js';
import { linkMoves, type Move } from './moves.js';
import { alignInfos, bandAround } from './pair.js';

/** Sentences a band around the aligned blocks reaches beyond their block group's edges. */
const SENTENCE_MARGIN = 6;

/** A document cut into the units of the requested level, each knowing its block. */
export interface UnitDocument {
  units: Segment[];
  /** Block index of each unit. */
  blockOf: number[];
  /** Units of each block, in order. */
  unitsOfBlock: number[][];
  blocks: Block[];
  /** Features of each unit and of each block, described once for every pair the document is in. */
  unitInfos: UnitInfo[];
  blockInfos: UnitInfo[];
}

export function unitsOf(text: string, blocks: Block[], language: string, level: AlignLevel, vocab: Vocabulary): UnitDocument {
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
  const unitInfos = describeUnits(units.map((u) => u.text), vocab);
  const blockInfos = level === 'sentence' ? unitsOfBlock.map((us) => mergeUnits(us.map((u) => unitInfos[u] as UnitInfo), vocab)) : unitInfos;
  return { units, blockOf, unitsOfBlock, blocks, unitInfos, blockInfos };
}

export interface PairAlignment {
  /** Monotone beads over the units of both documents, covering each unit once. */
  beads: ScoredBead[];
  /** Units that sit elsewhere in the other document (they appear as 1-0 / 0-1 in `beads`). */
  moves: Move[];
}

export function alignDocumentPair(a: UnitDocument, b: UnitDocument, level: AlignLevel, vocab: Vocabulary): PairAlignment {
  const kindsA = a.blocks.map((x) => x.kind);
  const kindsB = b.blocks.map((x) => x.kind);
  let blockFeatures: PairFeatures | undefined;
  const blockPair = (): PairFeatures => (blockFeatures ??= pairFeatures(a.blockInfos, b.blockInfos, vocab));
  const blocks = linkMoves(blockPair, alignWithBackbone(a.blockInfos, b.blockInfos, kindsA, kindsB, vocab, blockPair));
  const blockBeads = blocks.beads;
  const blockMoves = blocks.moves;
  if (level === 'paragraph') return { beads: blockBeads, moves: blockMoves };

  // Sentences are aligned over the whole document, in a band around the aligned blocks: a
  // translation that splits or joins paragraphs differently keeps its sentence pairs across the
  // paragraph boundaries, which aligning inside each block group alone would cut apart. Sentences
  // of moved blocks stay out of that search (the band would pair them with whatever sits in their
  // place) and are aligned with their counterparts where these moved to.
  const movedBlocksA = new Set(blockMoves.flatMap((x) => x.a));
  const movedBlocksB = new Set(blockMoves.flatMap((x) => x.b));
  const keepA = a.units.map((_, u) => u).filter((u) => !movedBlocksA.has(a.blockOf[u] as number));
  const keepB = b.units.map((_, v) => v).filter((v) => !movedBlocksB.has(b.blockOf[v] as number));
  const compactA = compactIndex(keepA, a.units.length);
  const compactB = compactIndex(keepB, b.units.length);
  const groups = blockBeads
    .map((x) => ({ a: x.a.flatMap((k) => (movedBlocksA.has(k) ? [] : (a.unitsOfBlock[k] ?? []).map((u) => compactA[u] as number))), b: x.b.flatMap((k) => (movedBlocksB.has(k) ? [] : (b.unitsOfBlock[k] ?? []).map((v) => compactB[v] as number))) }))
    .filter((x) => x.a.length + x.b.length > 0);
  const band = bandAround(groups, keepA.length, SENTENCE_MARGIN);
  const kindOf = (d: UnitDocument, keep: number[]): string[] => keep.map((u) => d.blocks[d.blockOf[u] as number]?.kind ?? 'paragraph');
  // With no block moved, the kept units are all of them: their features serve the moves below too.
  const whole = keepA.length === a.units.length && keepB.length === b.units.length ? pairFeatures(a.unitInfos, b.unitInfos, vocab) : undefined;
  const kept = alignInfos(keepA.map((u) => a.unitInfos[u] as UnitInfo), keepB.map((v) => b.unitInfos[v] as UnitInfo), vocab, { relearn: false, band, kindsA: kindOf(a, keepA), kindsB: kindOf(b, keepB), features: whole });
  const allUnits = (): PairFeatures => whole ?? pairFeatures(a.unitInfos, b.unitInfos, vocab);
  const found = withLoneUnits(
    kept.map((x) => ({ a: x.a.map((k) => keepA[k] as number), b: x.b.map((k) => keepB[k] as number), score: x.score })),
    a.units.length,
    b.units.length,
  );
  const moves: Move[] = [];
  for (const move of blockMoves) {
    for (const inner of alignInside(a, b, move.a, move.b, vocab)) {
      if (inner.a.length > 0 && inner.b.length > 0) moves.push({ a: inner.a, b: inner.b, score: Math.min(move.score, inner.score) });
    }
  }
  // Sentences moved on their own, across paragraphs.
  const linked = linkMoves(allUnits, found, { a: new Set(moves.flatMap((x) => x.a)), b: new Set(moves.flatMap((x) => x.b)) });
  return { beads: linked.beads, moves: [...moves, ...linked.moves].sort((x, y) => (x.a[0] ?? 0) - (y.a[0] ?? 0)) };
}

/** Position of each kept unit among the kept ones (-1 for the others). */
function compactIndex(keep: number[], count: number): Int32Array {
  const out = new Int32Array(count).fill(-1);
  keep.forEach((u, k) => {
    out[u] = k;
  });
  return out;
}

/** Monotone beads over some units, completed with a lone bead for each unit they leave out, in place (or just after a bead that spans it). */
function withLoneUnits(beads: ScoredBead[], countA: number, countB: number): ScoredBead[] {
  const seenA = new Uint8Array(countA);
  const seenB = new Uint8Array(countB);
  for (const x of beads) {
    for (const u of x.a) seenA[u] = 1;
    for (const v of x.b) seenB[v] = 1;
  }
  const out: ScoredBead[] = [];
  let u = 0;
  let v = 0;
  const flush = (untilA: number, untilB: number): void => {
    for (; u < untilA; u += 1) if (!seenA[u]) out.push({ a: [u], b: [], score: 0.5 });
    for (; v < untilB; v += 1) if (!seenB[v]) out.push({ a: [], b: [v], score: 0.5 });
  };
  for (const x of beads) {
    flush(x.a[0] ?? u, x.b[0] ?? v);
    out.push(x);
    // A bead may hold units on both sides of ones it does not (those of a moved block, left out of
    // the search): they follow it alone, never dropped.
    flush((x.a[x.a.length - 1] ?? u - 1) + 1, (x.b[x.b.length - 1] ?? v - 1) + 1);
  }
  flush(countA, countB);
  return out;
}

function alignInside(a: UnitDocument, b: UnitDocument, blocksA: number[], blocksB: number[], vocab: Vocabulary): ScoredBead[] {
  const ua = blocksA.flatMap((k) => a.unitsOfBlock[k] ?? []);
  const ub = blocksB.flatMap((k) => b.unitsOfBlock[k] ?? []);
  const inner = alignInfos(ua.map((u) => a.unitInfos[u] as UnitInfo), ub.map((v) => b.unitInfos[v] as UnitInfo), vocab, { relearn: false });
  return inner.map((x) => ({ a: x.a.map((k) => ua[k] as number), b: x.b.map((k) => ub[k] as number), score: x.score }));
}
