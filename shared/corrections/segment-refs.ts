// Segment references: made from a segment of the current text, found again in a later text.
import type { Segment } from '../model.js';
import type { SegmentRef } from './schema.js';

/** Characters of context kept on each side of a quote (UTF-16 units). */
export const REF_CONTEXT = 16;

export function segmentRef(documentId: string, text: string, segment: Segment): SegmentRef {
  return {
    documentId,
    quote: text.slice(segment.start, segment.end),
    prefix: text.slice(Math.max(0, segment.start - REF_CONTEXT), segment.start),
    suffix: text.slice(segment.end, segment.end + REF_CONTEXT),
    start: segment.start,
  };
}

export interface Span {
  start: number;
  end: number;
}

/**
 * Where the quoted text is now: at its old offset if it is still there, else the occurrence whose
 * context matches best (nearest the old offset on a tie). An occurrence whose context no longer
 * matches is accepted only when it is the only one, so a repeated phrase is never guessed.
 */
export function locateRef(text: string, ref: SegmentRef): Span | null {
  const length = ref.quote.length;
  if (text.startsWith(ref.quote, ref.start)) return { start: ref.start, end: ref.start + length };
  const found: number[] = [];
  for (let at = text.indexOf(ref.quote); at >= 0; at = text.indexOf(ref.quote, at + 1)) found.push(at);
  if (found.length === 0) return null;
  const wanted = ref.prefix.length + ref.suffix.length;
  let best: { at: number; score: number } | null = null;
  for (const at of found) {
    const score = commonSuffix(text.slice(Math.max(0, at - ref.prefix.length), at), ref.prefix) + commonPrefix(text.slice(at + length, at + length + ref.suffix.length), ref.suffix);
    if (!best || score > best.score || (score === best.score && Math.abs(at - ref.start) < Math.abs(best.at - ref.start))) best = { at, score };
  }
  if (!best) return null;
  const contextHolds = wanted === 0 || best.score * 2 >= wanted;
  if (!contextHolds && found.length > 1) return null;
  return { start: best.at, end: best.at + length };
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/** A short form of a quote for messages: the first words, with an ellipsis when cut. */
export function shortQuote(quote: string, length = 40): string {
  const flat = quote.replace(/\s+/g, ' ').trim();
  return flat.length <= length ? `“${flat}”` : `“${flat.slice(0, length - 1)}…”`;
}
