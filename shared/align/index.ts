// The alignment engine's public entry points (DESIGN.md §4).
import type { AlignLevel, Alignment, Block } from '../model.js';
import { alignDocumentSet } from './documents.js';
import { alignUnits } from './pair.js';

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
  return alignDocumentSet(docs, options);
}

/** A bead of a sentence alignment: 0-based sentence indices on each side. */
export type Bead = [number[], number[]];

/** Align two pre-segmented texts (one sentence per entry); beads cover every sentence in order. */
export function alignSegmented(source: string[], target: string[], languages?: { source?: string; target?: string }): Bead[] {
  void languages;
  return alignUnits(source, target).map((x) => [x.a, x.b]);
}

/** `[0,1]:[2]` — the bead format of the public sentence-alignment test sets. */
export function formatBead(bead: Bead): string {
  return `[${bead[0].join(',')}]:[${bead[1].join(',')}]`;
}
