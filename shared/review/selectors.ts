// W3C Web Annotation selectors for a span of a document (DESIGN.md §5).
import type { AnnotationTarget } from '../model.js';
import { CodePointIndex, snapToCharacterEnd, snapToCharacterStart } from './code-points.js';

/** Characters of context kept on each side of the quote, counted in code points. */
export const CONTEXT_LENGTH = 32;

export interface Span {
  start: number;
  end: number;
}

/** Selectors for the UTF-16 span [start, end) of `text`. Throws when the span is outside the text. */
export function selectorsForSpan(text: string, span: Span, index = new CodePointIndex(text)): AnnotationTarget {
  if (span.start > span.end || span.end > text.length || span.start < 0) {
    throw new RangeError(
      `The marked span ${span.start}–${span.end} is outside the document (length ${text.length}). Reload the document and mark the text again.`,
    );
  }
  const start = snapToCharacterStart(text, span.start);
  const end = snapToCharacterEnd(text, span.end);
  return {
    selector: [
      {
        type: 'TextQuoteSelector',
        exact: text.slice(start, end),
        prefix: lastCodePoints(text.slice(0, start), CONTEXT_LENGTH),
        suffix: firstCodePoints(text.slice(end), CONTEXT_LENGTH),
      },
      { type: 'TextPositionSelector', start: index.toCodePoint(start), end: index.toCodePoint(end) },
    ],
  };
}

function lastCodePoints(text: string, count: number): string {
  const points = Array.from(text.slice(-count * 2));
  return points.slice(-count).join('');
}

function firstCodePoints(text: string, count: number): string {
  const points = Array.from(text.slice(0, count * 2));
  return points.slice(0, count).join('');
}
