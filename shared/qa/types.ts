// The QA vocabulary: aligned rows in, findings out. Every check is a pure function of plain data.
import type { RowKind, Segment } from '../model.js';

export type QaSeverity = 'minor' | 'major' | 'critical';

/** One document of the set as QA sees it: its decoded text and its declared language. */
export interface QaDocument {
  id: string;
  /** BCP 47 tag, e.g. `en`, `pt-BR`, `te`. */
  language: string;
  text: string;
}

/** One aligned row: for each document (in set order), the segments that align. */
export interface QaRow {
  cells: Segment[][];
  kind: RowKind;
}

export interface GlossaryTerm {
  source: string;
  target: string;
  /** Target language the term applies to (BCP 47); every target when absent. */
  language?: string;
  /** Target-language words the translation must not use for this term. */
  forbidden?: string[];
  caseSensitive?: boolean;
}

export interface Glossary {
  terms: GlossaryTerm[];
}

/** A reviewer-defined regular-expression check, run on each document's segments. */
export interface CustomCheck {
  id: string;
  pattern: string;
  flags?: string;
  message: string;
  severity: QaSeverity;
  /** Languages (BCP 47, primary subtag matches) the check applies to; all when absent. */
  languages?: string[];
  /** MQM category path of its findings; `other` when absent. */
  category?: string;
}

export interface QaContext {
  documents: QaDocument[];
  /** Index of the source (pivot) document, or null when the set has none. */
  sourceIndex: number | null;
  rows: QaRow[];
  rowIndex: number;
  glossary?: Glossary;
  customChecks?: CustomCheck[];
}

export interface FindingSpan {
  documentIndex: number;
  /** UTF-16 offsets into that document's text, end exclusive. */
  start: number;
  end: number;
}

/** One QA finding: exact characters of one document, with the spans it was compared against. */
export interface Finding extends FindingSpan {
  /** Id of the check that found it (`custom/<id>` for reviewer-defined checks). */
  check: string;
  severity: QaSeverity;
  /** MQM category path, e.g. `accuracy/omission`. */
  category: string;
  message: string;
  related: FindingSpan[];
}

/**
 * A QA check. `run` looks at one row; checks that need set-wide figures (the pair's length ratio,
 * which targets a source got elsewhere) compute them once per rows array and remember them.
 */
export interface QaCheck {
  id: string;
  title: string;
  defaultSeverity: QaSeverity;
  category: string;
  run(row: QaRow, context: QaContext): Finding[];
}

export interface QaInput {
  documents: QaDocument[];
  rows: QaRow[];
  sourceIndex: number | null;
  glossary?: Glossary;
  customChecks?: CustomCheck[];
  /** Ids of the checks to run (`custom` runs every reviewer-defined check); all when absent. */
  enabled?: string[];
}
