// Review notes: the plain structure every export writer reads. Built from a set, its texts, the
// anchored annotations and the paragraph alignment, so each note carries the source and target
// text a reader of the export needs without opening Verso.
import type { AlignedRow, Annotation, AnnotationStatus, DocumentRole, Severity } from '../model.js';
import { lineAndColumnAt } from '../review/json-text.js';
import type { Span } from '../review/selectors.js';
import type { Scorecard } from '../review/scorecard.js';

export interface NotesDocument {
  id: string;
  fileName: string;
  language: string;
  role: DocumentRole;
  label?: string;
  /** Why some of this document's comments could not be read (a damaged review file), if so. */
  problem?: string;
}

export interface ReviewNote {
  /** Document id (path relative to the set root). */
  file: string;
  /** 1-based line and column (column in code points) of the marked text; null when orphaned. */
  line: number | null;
  column: number | null;
  /** The aligned source segment; empty when the set has no source or the note is on the source. */
  sourceText: string;
  /** The segment of the document that contains the marked text. */
  targetText: string;
  markedText: string;
  category: string;
  severity: Severity;
  comment: string;
  suggestion: string;
  author: string;
  /** When the note was made (ISO 8601). */
  date: string;
  status: AnnotationStatus;
  /** True when the marked text was not found in the current document. */
  orphaned: boolean;
}

export interface ReviewNotes {
  setName: string;
  /** When the export was made (ISO 8601). */
  exported: string;
  documents: NotesDocument[];
  /** Per document in set order, then by position; orphaned notes last. */
  notes: ReviewNote[];
  /** The set's MQM scorecard, when the exporter was given one. */
  scorecard?: Scorecard | null;
}

export interface NotesInput {
  setName: string;
  exported: string;
  documents: NotesDocument[];
  sourceId: string | null;
  /** Decoded text of each document, in set order. */
  texts: string[];
  /** Annotations of each document with their current anchors, in set order. */
  annotations: { annotation: Annotation; anchor: Span | null }[][];
  /** Paragraph alignment of the set (one cell per document, in set order), or null if unavailable. */
  rows: AlignedRow[] | null;
  scorecard?: Scorecard | null;
}

export function buildReviewNotes(input: NotesInput): ReviewNotes {
  const sourceIndex = input.sourceId === null ? -1 : input.documents.findIndex((d) => d.id === input.sourceId);
  const notes: ReviewNote[] = [];
  input.documents.forEach((document, docIndex) => {
    const text = input.texts[docIndex] ?? '';
    const sorted = [...(input.annotations[docIndex] ?? [])].sort(byPosition);
    for (const { annotation, anchor } of sorted) {
      const row = anchor ? rowContaining(input.rows, docIndex, anchor) : null;
      const place = anchor ? lineAndColumnAt(text, anchor.start) : null;
      notes.push({
        file: document.id,
        line: place?.line ?? null,
        column: place?.column ?? null,
        sourceText: docIndex === sourceIndex ? '' : sourceTextFor(annotation, input, sourceIndex, row),
        targetText: anchor ? (row ? cellText(row, docIndex, text) : paragraphAround(text, anchor)) : '',
        markedText: anchor ? text.slice(anchor.start, anchor.end) : annotation.target.selector[0].exact,
        category: annotation.category,
        severity: annotation.severity,
        comment: annotation.comment,
        suggestion: annotation.suggestion,
        author: annotation.author,
        date: annotation.created,
        status: annotation.status,
        orphaned: anchor === null,
      });
    }
  });
  return { setName: input.setName, exported: input.exported, documents: input.documents, notes, scorecard: input.scorecard ?? null };
}

function byPosition(a: { anchor: Span | null }, b: { anchor: Span | null }): number {
  if (!a.anchor || !b.anchor) return (a.anchor ? 0 : 1) - (b.anchor ? 0 : 1);
  return a.anchor.start - b.anchor.start || a.anchor.end - b.anchor.end;
}

function sourceTextFor(annotation: Annotation, input: NotesInput, sourceIndex: number, row: AlignedRow | null): string {
  if (sourceIndex < 0) return '';
  const source = input.documents[sourceIndex];
  const link = annotation.links.find((l) => l.documentId === source?.id);
  if (link) return link.text;
  return row ? cellText(row, sourceIndex, input.texts[sourceIndex] ?? '') : '';
}

function rowContaining(rows: AlignedRow[] | null, docIndex: number, span: Span): AlignedRow | null {
  if (!rows) return null;
  return (
    rows.find((row) =>
      (row.cells[docIndex] ?? []).some((s) => s.start <= span.start && (span.start < s.end || (span.start === span.end && span.start === s.end))),
    ) ?? null
  );
}

function cellText(row: AlignedRow, docIndex: number, text: string): string {
  const cell = row.cells[docIndex] ?? [];
  const first = cell[0];
  const last = cell[cell.length - 1];
  return first && last ? text.slice(first.start, last.end) : '';
}

/** The paragraph (text between blank lines) around a span: the fallback when there is no alignment. */
export function paragraphAround(text: string, span: Span): string {
  const blank = /\r?\n[ \t]*\r?\n/g;
  let start = 0;
  let end = text.length;
  for (let match = blank.exec(text); match; match = blank.exec(text)) {
    const matchEnd = match.index + match[0].length;
    if (matchEnd <= span.start) start = matchEnd;
    else if (match.index >= span.end) {
      end = match.index;
      break;
    }
  }
  return text.slice(start, end).trim();
}
