// The third anchoring step: the quote is no longer in the text as it was (someone corrected a typo
// in it, or changed a word), so look for the span most like it. Approximate matching (Sellers'
// edit-distance search, where the match may start anywhere) runs only over windows around the
// places the quote is likely to be — the old position, where its prefix ends, where its suffix
// starts, where its first or last words are — so the cost stays proportional to the quote's
// length times a few windows, not to the document's length. Each match is scored by how like the
// quote it is, how like the recorded context its surroundings are, and how near the old position
// it is; below the threshold the annotation is orphaned rather than placed on the wrong text.
import { snapToCharacterEnd, snapToCharacterStart } from './code-points.js';
import type { Span } from './selectors.js';

export interface FuzzyQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface FuzzyMatch extends Span {
  /** 0–1: the weighted score the match was accepted with. */
  score: number;
  /** Edit distance (UTF-16 units) between the quote and the matched text. */
  errors: number;
}

/** A quote may differ by at most this share of its length (and never for quotes under 5 units). */
const MAX_ERROR_SHARE = 0.25;
/** Below this weighted score a candidate is not trusted: the annotation becomes an orphan. */
const ACCEPT_SCORE = 0.6;
const WEIGHTS = { quote: 0.6, context: 0.3, position: 0.1 };
/** Seeds (pieces of the quote and its context searched exactly) are this long at most. */
const SEED_LENGTH = 12;
/** At most this many seed hits per kind are examined, the nearest to the old position first. */
const HITS_PER_SEED = 6;
/** A text this many times the quote's length or shorter is searched as a whole. */
const WHOLE_TEXT_FACTOR = 8;
/**
 * Matching costs the quote's length times the window's, so a longer quote is placed by its first
 * and last LONG_QUOTE_PIECE units instead, and accepted when the span between them has about the
 * quote's length.
 */
const LONG_QUOTE = 600;
const LONG_QUOTE_PIECE = 200;

/** The best approximate placement of `quote` in `text` near `oldStart` (UTF-16), or null. */
export function fuzzyAnchor(text: string, quote: FuzzyQuote, oldStart: number): FuzzyMatch | null {
  const length = quote.exact.length;
  const maxErrors = Math.floor(length * MAX_ERROR_SHARE);
  if (length === 0 || maxErrors === 0 || text.length === 0) return null;
  if (length > LONG_QUOTE) return anchorLongQuote(text, quote, oldStart);
  let best: FuzzyMatch | null = null;
  for (const window of searchWindows(text, quote, oldStart, maxErrors)) {
    for (const found of approximateMatches(text, quote.exact, window, maxErrors)) {
      const span = { start: snapToCharacterStart(text, found.start), end: snapToCharacterEnd(text, found.end) };
      const score = scoreMatch(text, quote, span, found.errors, oldStart);
      if (score >= ACCEPT_SCORE && (!best || score > best.score)) best = { ...span, score, errors: found.errors };
    }
  }
  return best;
}

function anchorLongQuote(text: string, quote: FuzzyQuote, oldStart: number): FuzzyMatch | null {
  const { exact } = quote;
  const piece = LONG_QUOTE_PIECE;
  const head = fuzzyAnchor(text, { exact: exact.slice(0, piece), prefix: quote.prefix, suffix: exact.slice(piece, piece + 32) }, oldStart);
  if (!head) return null;
  const tailStart = exact.length - piece;
  const tail = fuzzyAnchor(text, { exact: exact.slice(tailStart), prefix: exact.slice(tailStart - 32, tailStart), suffix: quote.suffix }, head.start + tailStart);
  if (!tail || tail.start < head.end) return null;
  const lengthChange = Math.abs(tail.end - head.start - exact.length);
  if (lengthChange > exact.length * MAX_ERROR_SHARE) return null;
  return { start: head.start, end: tail.end, score: Math.min(head.score, tail.score), errors: head.errors + tail.errors + lengthChange };
}

function scoreMatch(text: string, quote: FuzzyQuote, span: Span, errors: number, oldStart: number): number {
  const quoteSimilarity = 1 - errors / quote.exact.length;
  const before = text.slice(Math.max(0, span.start - quote.prefix.length), span.start);
  const after = text.slice(span.end, span.end + quote.suffix.length);
  const contextLength = quote.prefix.length + quote.suffix.length;
  // No recorded context (a quote at the very start and end of a text) neither helps nor hurts.
  const contextSimilarity =
    contextLength === 0 ? quoteSimilarity : 1 - (editDistance(before, quote.prefix) + editDistance(after, quote.suffix)) / contextLength;
  const positionSimilarity = 1 - Math.min(1, Math.abs(span.start - oldStart) / Math.max(text.length, 1));
  return WEIGHTS.quote * quoteSimilarity + WEIGHTS.context * contextSimilarity + WEIGHTS.position * positionSimilarity;
}

/** Regions [start, end) of `text` worth searching, merged where they overlap. */
function searchWindows(text: string, quote: FuzzyQuote, oldStart: number, maxErrors: number): Span[] {
  const length = quote.exact.length;
  if (text.length <= length * WHOLE_TEXT_FACTOR + 256) return [{ start: 0, end: text.length }];
  const expected = new Set<number>([Math.min(Math.max(oldStart, 0), text.length)]);
  const seed = (piece: string, offset: number) => {
    if (piece.length < 4) return;
    for (const at of nearestHits(text, piece, oldStart)) expected.add(at + offset);
  };
  seed(quote.prefix.slice(-SEED_LENGTH), Math.min(quote.prefix.length, SEED_LENGTH));
  seed(quote.suffix.slice(0, SEED_LENGTH), -length);
  seed(quote.exact.slice(0, Math.min(SEED_LENGTH, length >> 1)), 0);
  const tail = quote.exact.slice(-Math.min(SEED_LENGTH, length >> 1));
  seed(tail, tail.length - length);
  const slack = maxErrors + 8;
  const windows = [...expected]
    .map((at) => ({ start: Math.max(0, at - slack), end: Math.min(text.length, at + length + slack) }))
    .sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const window of windows) {
    const last = merged[merged.length - 1];
    if (last && window.start <= last.end) last.end = Math.max(last.end, window.end);
    else merged.push({ ...window });
  }
  return merged;
}

function nearestHits(text: string, piece: string, oldStart: number): number[] {
  const hits: number[] = [];
  // Enough hits to pick the nearest from, without walking a text full of a common word.
  for (let at = text.indexOf(piece); at !== -1 && hits.length < HITS_PER_SEED * 16; at = text.indexOf(piece, at + 1)) hits.push(at);
  return hits.sort((a, b) => Math.abs(a - oldStart) - Math.abs(b - oldStart)).slice(0, HITS_PER_SEED);
}

/**
 * Sellers' algorithm over text[window]: for each end position, the fewest edits that turn the
 * quote into some substring ending there, and where that substring starts. Returns the local
 * minima within `maxErrors`, so nearby near-equal endings do not crowd out other places.
 */
function approximateMatches(text: string, pattern: string, window: Span, maxErrors: number): { start: number; end: number; errors: number }[] {
  const m = pattern.length;
  const width = window.end - window.start;
  // Column j of the table is the text position window.start + j; row i the first i pattern units.
  let previous = new Int32Array(m + 1);
  let current = new Int32Array(m + 1);
  let previousStart = new Int32Array(m + 1);
  let currentStart = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) {
    previous[i] = i;
    previousStart[i] = window.start;
  }
  const errorsAt = new Int32Array(width + 1);
  const startAt = new Int32Array(width + 1);
  errorsAt[0] = m;
  for (let j = 1; j <= width; j++) {
    const unit = text.charCodeAt(window.start + j - 1);
    current[0] = 0;
    currentStart[0] = window.start + j;
    for (let i = 1; i <= m; i++) {
      const substitute = (previous[i - 1] as number) + (pattern.charCodeAt(i - 1) === unit ? 0 : 1);
      const skipText = (previous[i] as number) + 1;
      const skipPattern = (current[i - 1] as number) + 1;
      if (substitute <= skipText && substitute <= skipPattern) {
        current[i] = substitute;
        currentStart[i] = previousStart[i - 1] as number;
      } else if (skipText <= skipPattern) {
        current[i] = skipText;
        currentStart[i] = previousStart[i] as number;
      } else {
        current[i] = skipPattern;
        currentStart[i] = currentStart[i - 1] as number;
      }
    }
    errorsAt[j] = current[m] as number;
    startAt[j] = currentStart[m] as number;
    [previous, current] = [current, previous];
    [previousStart, currentStart] = [currentStart, previousStart];
  }
  const ends: { start: number; end: number; errors: number }[] = [];
  for (let j = 1; j <= width; j++) {
    const errors = errorsAt[j] as number;
    const next = j < width ? (errorsAt[j + 1] as number) : Infinity;
    if (errors <= maxErrors && errors < (errorsAt[j - 1] as number) && errors <= next) {
      ends.push({ start: startAt[j] as number, end: window.start + j, errors });
    }
  }
  return ends;
}

/** Levenshtein distance of two short strings (the recorded context is at most 32 code points). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      next.push(Math.min((row[j - 1] as number) + cost, (row[j] as number) + 1, (next[j - 1] as number) + 1));
    }
    row = next;
  }
  return row[b.length] as number;
}
