// Word-level difference between two texts in the same language (two revisions of a translation).
// Tokens come from Intl.Segmenter, so Chinese, Japanese and Thai, written without spaces, still
// differ word by word; whitespace and punctuation stay tokens so offsets add up exactly.
import { diffArrays } from 'diff';

export interface DiffSpan {
  /** UTF-16 offsets, end exclusive. */
  start: number;
  end: number;
}

export interface WordDiff {
  /** Spans of the older text that the newer one no longer has. */
  removed: DiffSpan[];
  /** Spans of the newer text that the older one did not have. */
  added: DiffSpan[];
}

interface Token {
  text: string;
  start: number;
}

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(language: string): Intl.Segmenter {
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    try {
      segmenter = new Intl.Segmenter(language, { granularity: 'word' });
    } catch {
      // A malformed tag must not stop the diff: the root locale still finds word boundaries.
      segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
    }
    segmenters.set(language, segmenter);
  }
  return segmenter;
}

/** The words, spaces and punctuation of a text, with their offsets; together they cover it all. */
export function wordTokens(text: string, language: string): Token[] {
  const tokens: Token[] = [];
  for (const { segment, index } of segmenterFor(language).segment(text)) tokens.push({ text: segment, start: index });
  return tokens;
}

/**
 * What changed from `older` to `newer`, word by word. Adjacent changed tokens merge into one span;
 * a change that only touches whitespace is kept (a reviewer may care about a missing space).
 */
export function wordDiff(older: string, newer: string, language: string): WordDiff {
  const result: WordDiff = { removed: [], added: [] };
  if (older === newer) return result;
  const a = wordTokens(older, language);
  const b = wordTokens(newer, language);
  const changes = diffArrays(a, b, { comparator: (x, y) => x.text === y.text });
  let ia = 0;
  let ib = 0;
  for (const change of changes) {
    const count = change.count;
    if (change.removed) {
      push(result.removed, spanOf(a, ia, count));
      ia += count;
    } else if (change.added) {
      push(result.added, spanOf(b, ib, count));
      ib += count;
    } else {
      ia += count;
      ib += count;
    }
  }
  return result;
}

/** Text removed from the older text, placed where it would sit in the newer one. */
export interface RemovedText {
  /** UTF-16 offset into the newer text. */
  at: number;
  text: string;
}

/**
 * The newer text's view of what changed: its added spans, and where text of the older one was
 * removed (there are no characters left to mark, so a place and the removed words).
 */
export function changesIn(older: string, newer: string, language: string): { added: DiffSpan[]; removed: RemovedText[] } {
  const out = { added: [] as DiffSpan[], removed: [] as RemovedText[] };
  if (older === newer) return out;
  const a = wordTokens(older, language);
  const b = wordTokens(newer, language);
  let ia = 0;
  let ib = 0;
  for (const change of diffArrays(a, b, { comparator: (x, y) => x.text === y.text })) {
    if (change.removed) {
      const span = spanOf(a, ia, change.count);
      out.removed.push({ at: b[ib]?.start ?? newer.length, text: older.slice(span.start, span.end) });
      ia += change.count;
    } else if (change.added) {
      push(out.added, spanOf(b, ib, change.count));
      ib += change.count;
    } else {
      ia += change.count;
      ib += change.count;
    }
  }
  return out;
}

function spanOf(tokens: Token[], from: number, count: number): DiffSpan {
  const first = tokens[from];
  const last = tokens[from + count - 1];
  if (!first || !last) return { start: 0, end: 0 };
  return { start: first.start, end: last.start + last.text.length };
}

function push(spans: DiffSpan[], span: DiffSpan): void {
  if (span.end <= span.start) return;
  const previous = spans[spans.length - 1];
  if (previous && previous.end === span.start) previous.end = span.end;
  else spans.push(span);
}

/** One aligned row's text in each of two documents, with where that text starts. */
export interface RowTexts {
  older: { text: string; start: number } | null;
  newer: { text: string; start: number } | null;
}

/**
 * The word diff of two revisions row by row, so a paragraph that moved is compared with itself
 * rather than showing as one large deletion and insertion. Spans are offsets into the documents.
 */
export function rowWordDiff(rows: readonly RowTexts[], language: string): WordDiff {
  const result: WordDiff = { removed: [], added: [] };
  for (const { older, newer } of rows) {
    if (older && !newer) {
      push(result.removed, { start: older.start, end: older.start + older.text.length });
    } else if (newer && !older) {
      push(result.added, { start: newer.start, end: newer.start + newer.text.length });
    } else if (older && newer) {
      const diff = wordDiff(older.text, newer.text, language);
      for (const s of diff.removed) push(result.removed, { start: s.start + older.start, end: s.end + older.start });
      for (const s of diff.added) push(result.added, { start: s.start + newer.start, end: s.end + newer.start });
    }
  }
  return result;
}
