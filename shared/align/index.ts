// The alignment engine's public entry points (DESIGN.md §4). (Being written.)
import type { AlignLevel, Alignment, Block } from '../model.js';

export interface AlignInput {
  /** Path as shown to the user (document id in a set, or the CLI argument). */
  path: string;
  /** BCP 47 tag. */
  language: string;
  text: string;
  /** From parseDocument(text, format). */
  blocks: Block[];
}

export interface AlignOptions {
  level: AlignLevel;
  /** Index of the source (pivot) document, or null/undefined when the set has none. */
  sourceIndex?: number | null;
}

/** Align 1 to 6 documents into one table of rows; one cell per document, in input order. */
export function alignDocuments(docs: AlignInput[], options: AlignOptions): Alignment {
  void docs;
  void options;
  throw new Error('alignDocuments: not written yet');
}

/** A bead of a sentence alignment: 0-based sentence indices on each side. */
export type Bead = [number[], number[]];

/** Align two pre-segmented texts (one sentence per entry); beads cover every sentence in order. */
export function alignSegmented(source: string[], target: string[], languages?: { source?: string; target?: string }): Bead[] {
  void source;
  void target;
  void languages;
  throw new Error('alignSegmented: not written yet');
}
