// The Sentences view: each sentence starts on its own line, so sentence rows can line up across
// panes (row-layout.ts aligns rows by lines; sentences sharing a line would merge into one slot).
//
// The pane shows a *view text* and maps it back with a TextLines whose line starts are the
// document's own line starts plus the sentence breaks, all in document offsets. Every decoration,
// selection and cursor path already goes through TextLines, so this is the one place where view
// and document meet:
// - a break that falls on one whitespace character (space, tab, no-break space, ideographic
//   space…) shows that character as "\n": same length, offsets unchanged;
// - a break with no whitespace before it (Japanese "。" followed by text, a closing quote) gets
//   an inserted "\n" that has no offset in the document: the line starts at the break's offset,
//   and a column past the end of the line before it clamps to that offset.
// The view text is never written anywhere; copying and commenting read the document's text.
import { TextLines } from '../text-lines.js';
import type { RowSegment } from './row-layout.js';

export interface SentenceView {
  /** What the pane's Monaco model holds. */
  text: string;
  /** Positions of `text` ↔ offsets of the document. */
  lines: TextLines;
  /** Document offsets where a sentence was moved onto a line of its own, ascending. */
  breaks: number[];
  /** Gutter label of a view line: the file's line number where a file line starts, blank on the sentences that follow. */
  lineLabel(viewLine: number): string;
}

/** One UTF-16 unit of whitespace that is not a line break: safe to show as "\n". */
function isInlineSpace(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0x0b ||
    code === 0x0c ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

/**
 * Where sentences need a line of their own: before each segment that starts inside a line after
 * text of an earlier segment on that line. A segment that is first on its line keeps the line's
 * prefix ("# ", "- ", "1. ") with it.
 */
export function sentenceBreaks(text: string, segments: readonly RowSegment[], lines: TextLines = new TextLines(text)): number[] {
  const sorted = [...segments].filter((s) => s.start < s.end).sort((a, b) => a.start - b.start || a.end - b.end);
  const breaks: number[] = [];
  let reach = -1;
  for (const segment of sorted) {
    const lineStart = lines.lineStart(lines.lineAt(segment.start));
    const last = breaks[breaks.length - 1];
    if (segment.start > lineStart && reach > lineStart && segment.start !== last) breaks.push(segment.start);
    reach = Math.max(reach, segment.end);
  }
  return breaks;
}

/** Lines of a view: the document's line starts merged with the breaks (document offsets). */
export class SentenceLines extends TextLines {
  override readonly lineStarts: number[];
  override readonly length: number;

  constructor(document: TextLines, breaks: readonly number[]) {
    // The document's lines are scanned once, by the caller: on a large set every scan of every
    // text is a noticeable part of switching views. Both fields are set from `document` below.
    super('');
    this.length = document.length;
    const own = document.lineStarts;
    const merged: number[] = [];
    let i = 0;
    let j = 0;
    while (i < own.length || j < breaks.length) {
      const a = own[i] ?? Infinity;
      const b = breaks[j] ?? Infinity;
      const next = Math.min(a, b);
      if (a === next) i++;
      if (b === next) j++;
      if (merged[merged.length - 1] !== next) merged.push(next);
    }
    this.lineStarts = merged;
  }
}

/** True when the break is shown by turning the whitespace before it into "\n" (no insertion). */
function replacesSpace(text: string, at: number): boolean {
  // After a lone "\r" a "\n" would join it into one "\r\n" break and lose a line.
  return at > 0 && isInlineSpace(text.charCodeAt(at - 1)) && text.charCodeAt(at - 2) !== 13;
}

export function sentenceViewText(text: string, breaks: readonly number[]): string {
  const parts: string[] = [];
  let from = 0;
  for (const at of breaks) {
    if (replacesSpace(text, at)) {
      parts.push(text.slice(from, at - 1), '\n');
    } else {
      parts.push(text.slice(from, at), '\n');
    }
    from = at;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

export function sentenceView(text: string, segments: readonly RowSegment[]): SentenceView {
  const own = new TextLines(text);
  const breaks = sentenceBreaks(text, segments, own);
  const lines = new SentenceLines(own, breaks);
  // The reviewer's "line 12" should stay the file's line 12 in either view.
  const lineLabel = (viewLine: number): string => {
    const offset = lines.lineStart(viewLine);
    const line = own.lineAt(offset);
    return own.lineStart(line) === offset ? String(line) : '';
  };
  return { text: sentenceViewText(text, breaks), lines, breaks, lineLabel };
}

/** The views of every document of a set from sentence rows, and a key that changes only with the breaks. */
export function sentenceViews(texts: readonly string[], rows: readonly { cells: readonly (readonly RowSegment[])[] }[]): { key: string; views: SentenceView[] } {
  const views = texts.map((text, d) => sentenceView(text, rows.flatMap((row) => row.cells[d] ?? [])));
  return { key: `sentence:${views.map((v) => v.breaks.join(',')).join('|')}`, views };
}
