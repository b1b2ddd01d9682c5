// Finding where an annotation sits in the document's current text (DESIGN.md §5). Steps, as
// Hypothesis does: the recorded position if it still holds the quote; else the quote found
// elsewhere, preferring matching context and then nearness; else the span most like the quote
// (fuzzy-anchor.ts); else the annotation is orphaned (anchor null) — kept and shown, never dropped.
import type { Annotation, AnnotationTarget } from '../model.js';
import { CodePointIndex } from './code-points.js';
import { fuzzyAnchor } from './fuzzy-anchor.js';
import type { Span } from './selectors.js';

export function anchorTarget(text: string, target: AnnotationTarget, index = new CodePointIndex(text)): Span | null {
  const [quote, position] = target.selector;
  const start = index.toUtf16(position.start);
  const end = index.toUtf16(position.end);
  // An empty quote "holds" at any position, so a point annotation is found by its context only.
  if (quote.exact === '') return anchorEmptyQuote(text, quote.prefix, quote.suffix, start ?? text.length);
  if (start !== null && end !== null && start <= end && text.slice(start, end) === quote.exact) {
    return { start, end };
  }
  const wanted = quote.exact;
  const oldStart = start ?? text.length;
  let best: { span: Span; context: number; distance: number } | null = null;
  for (let at = text.indexOf(wanted); at !== -1; at = text.indexOf(wanted, at + 1)) {
    const context =
      commonSuffixLength(text.slice(Math.max(0, at - quote.prefix.length), at), quote.prefix) +
      commonPrefixLength(text.slice(at + wanted.length, at + wanted.length + quote.suffix.length), quote.suffix);
    const distance = Math.abs(at - oldStart);
    if (!best || context > best.context || (context === best.context && distance < best.distance)) {
      best = { span: { start: at, end: at + wanted.length }, context, distance };
    }
  }
  if (best) return best.span;
  const fuzzy = fuzzyAnchor(text, quote, oldStart);
  return fuzzy ? { start: fuzzy.start, end: fuzzy.end } : null;
}

// A point comment (nothing marked) can only be found again by its surrounding text.
function anchorEmptyQuote(text: string, prefix: string, suffix: string, oldStart: number): Span | null {
  const context = prefix + suffix;
  if (context === '') return text.length === 0 ? { start: 0, end: 0 } : null;
  let best: number | null = null;
  for (let at = text.indexOf(context); at !== -1; at = text.indexOf(context, at + 1)) {
    const point = at + prefix.length;
    if (best === null || Math.abs(point - oldStart) < Math.abs(best - oldStart)) best = point;
  }
  return best === null ? null : { start: best, end: best };
}

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** Each annotation with where it sits in `text` now (null when orphaned), in the sidecar's order. */
export function anchorAnnotations(text: string, annotations: readonly Annotation[]): { annotation: Annotation; anchor: Span | null }[] {
  const index = new CodePointIndex(text);
  return annotations.map((annotation) => ({ annotation, anchor: anchorTarget(text, annotation.target, index) }));
}
