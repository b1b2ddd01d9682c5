// The reviewer's vocabulary, as plain data shared by every layer (DESIGN.md §3–§5).
// Offsets are JavaScript string (UTF-16) offsets into a document's decoded text, end exclusive,
// except inside sidecar selectors, which count Unicode code points as W3C specifies.

export type DocumentRole = 'source' | 'target' | 'revision';
export type TextDirection = 'ltr' | 'rtl';

/** One document of a set, as found on disk. */
export interface DocumentInfo {
  /** Stable id inside the set: the path relative to the set root, with `/` separators. */
  id: string;
  /** File name only, e.g. `guide.te.md`. */
  fileName: string;
  /** BCP 47 language tag, e.g. `en`, `pt-BR`, `te`. */
  language: string;
  /** True when the language was guessed from the text rather than given by a name or manifest. */
  languageDetected: boolean;
  role: DocumentRole;
  label?: string;
  direction: TextDirection;
  format: DocumentFormat;
}

export type DocumentFormat = 'txt' | 'md';

export type SetLayout = 'files' | 'language-folders' | 'manifest';

/** A document set: a source and its translations, several translations, or revisions. */
export interface DocumentSet {
  /** Absolute path of the set's root folder. Identifies the set in every API call. */
  root: string;
  /** Path that was opened (the folder or the verso.json manifest). */
  openedPath: string;
  name: string;
  layout: SetLayout;
  documents: DocumentInfo[];
  /** Id of the source (pivot) document, or null when the set has none (several translations). */
  sourceId: string | null;
  /** Where sourceId came from: the manifest's role, the reviewer's pick, or nowhere. */
  sourceFrom: 'manifest' | 'user' | 'none';
}

/** A structural block of a document: heading, paragraph, list item… */
export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'code' | 'quote' | 'table-row';

export interface Block {
  kind: BlockKind;
  /** Heading level (1–6) or list nesting depth (0-based); 0 otherwise. */
  level: number;
  /** Offsets of the block's text content, without markers such as `#`, `-`, `1.` or `>`. */
  start: number;
  end: number;
  text: string;
  /** 1-based line of the block's first character in the file. */
  line: number;
}

/** A span of a document: a sentence, a paragraph, or part of one. */
export interface Segment {
  start: number;
  end: number;
  text: string;
}

export type RowKind = 'match' | 'partial' | 'moved';

/** One row of the aligned table: for each document (in set order), the segments that align. */
export interface AlignedRow {
  cells: Segment[][];
  kind: RowKind;
  /** Engine's confidence, 0..1. */
  score: number;
  /** For `moved` rows: index of the row holding the counterpart, when known. */
  movedFrom?: number;
  /** Structural kind of the row's content (from the first non-empty cell). */
  block?: BlockKind;
  /** The reviewer confirmed this row (a stored alignment correction); its score is then 1. */
  confirmed?: boolean;
}

/** The engine's output, also printed by `verso align --json` (DESIGN.md §4). */
export interface Alignment {
  documents: { path: string; language: string }[];
  rows: AlignedRow[];
}

export type AlignLevel = 'paragraph' | 'sentence';

// ---- Review annotations (DESIGN.md §5) ----

export type Severity = 'neutral' | 'minor' | 'major' | 'critical';
export type AnnotationStatus = 'open' | 'resolved' | 'wontfix';

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C TextPositionSelector: counts Unicode code points, not UTF-16 units. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface AnnotationTarget {
  selector: [TextQuoteSelector, TextPositionSelector];
}

/** A span of another document that the annotated span is aligned with. */
export interface SegmentLink {
  documentId: string;
  /** UTF-16 offsets into that document's text at the time the link was made. */
  start: number;
  end: number;
  text: string;
}

export interface Reply {
  id: string;
  author: string;
  created: string;
  text: string;
}

export interface Annotation {
  id: string;
  target: AnnotationTarget;
  links: SegmentLink[];
  /** MQM category path, e.g. `accuracy/omission`, `terminology`, `style`. */
  category: string;
  severity: Severity;
  comment: string;
  suggestion: string;
  status: AnnotationStatus;
  author: string;
  /** ISO 8601 timestamps. */
  created: string;
  modified: string;
  replies: Reply[];
}

export const SIDECAR_SCHEMA_VERSION = 1;

/** Contents of `<document file name>.review.json`. */
export interface Sidecar {
  schema: number;
  document: {
    fileName: string;
    /** `sha256:` + hex digest of the document's decoded text the annotations were made against. */
    hash: string;
    /** Length of that text in code points. */
    length: number;
    /** That text itself, so the app can show what changed since the comments were made. */
    snapshot?: string;
  };
  annotations: Annotation[];
}

/** Contents of `verso.review.json` at the set's root: set-level data. */
export interface SetReview {
  schema: number;
  /** The source document the reviewer picked (document id), when the manifest names none. */
  sourceDocument?: string | null;
  [key: string]: unknown;
}
