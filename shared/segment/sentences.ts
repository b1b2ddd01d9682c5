// Sentences of a block: Intl.Segmenter, then rejoining the breaks it makes after abbreviations,
// initials and ordinals. Offsets stay those of the text given (relative to its start).
import { abbreviationsFor, primaryLanguage, writesOrdinalDots } from './abbreviations.js';

export interface SentenceSpan {
  start: number;
  end: number;
}

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(language: string): Intl.Segmenter {
  const key = primaryLanguage(language);
  let seg = segmenters.get(key);
  if (!seg) {
    let locale = 'en';
    try {
      locale = Intl.Segmenter.supportedLocalesOf([key])[0] ?? 'en';
    } catch {
      locale = 'en';
    }
    seg = new Intl.Segmenter(locale, { granularity: 'sentence' });
    segmenters.set(key, seg);
  }
  return seg;
}

/** Sentence spans of `text`, trimmed of surrounding whitespace; never empty, never overlapping. */
export function splitSentences(text: string, language: string): SentenceSpan[] {
  // ICU breaks after every line break; inside a block a line break is only wrapping.
  const flat = text.replace(/[\r\n\u2028\u2029]/g, ' ');
  const pieces: SentenceSpan[] = [];
  for (const s of segmenterFor(language).segment(flat)) pieces.push({ start: s.index, end: s.index + s.segment.length });
  const joined: SentenceSpan[] = [];
  const abbreviations = abbreviationsFor(language);
  const ordinals = writesOrdinalDots(language);
  for (const piece of pieces) {
    const last = joined[joined.length - 1];
    if (last && shouldJoin(flat.slice(last.start, last.end).trimEnd(), flat.slice(piece.start, piece.end).trimStart(), abbreviations, ordinals)) {
      last.end = piece.end;
    } else {
      joined.push({ ...piece });
    }
  }
  const out: SentenceSpan[] = [];
  for (const span of joined) {
    let s = span.start;
    let e = span.end;
    while (s < e && /\s/.test(flat[s] ?? '')) s += 1;
    while (e > s && /\s/.test(flat[e - 1] ?? '')) e -= 1;
    if (e > s) out.push({ start: s, end: e });
  }
  return out;
}

function shouldJoin(before: string, after: string, abbr: { inner: string[]; final: string[] }, ordinals: boolean): boolean {
  if (after === '') return true;
  const startsLower = /^\p{Ll}/u.test(after);
  if (startsLower) return true;
  if (!before.endsWith('.')) return false;
  if (mayEndAbbreviation(before, abbr)) {
    const tail = lastWords(before);
    for (const a of abbr.inner) if (breaksInside(a, tail, after)) return true;
    for (const a of abbr.final) if (breaksInside(a, tail, after) && !endsWithWhole(tail, a)) return true;
  }
  // Initials ("J. K. Rowling", French "M. Dupont").
  if (/(^|[\s(])\p{Lu}\.$/u.test(before) && /^\p{Lu}/u.test(after)) return true;
  if (ordinals && /(^|[\s(])\d{1,3}\.$/u.test(before)) return true;
  return false;
}

/** The last three words and what follows them; a scan, as the regex form backtracks over long blocks. */
const lastTokens = new WeakMap<object, Set<string>>();

/**
 * Whether the last word of `before` ends some abbreviation or a part of one ("B." of "z. B."):
 * a set lookup that spares the scan of every abbreviation at most sentence ends.
 */
function mayEndAbbreviation(before: string, abbr: { inner: string[]; final: string[] }): boolean {
  let tokens = lastTokens.get(abbr);
  if (!tokens) {
    tokens = new Set();
    for (const a of [...abbr.inner, ...abbr.final]) {
      for (let k = a.indexOf('.'); k >= 0; k = a.indexOf('.', k + 1)) {
        const head = a.slice(0, k + 1);
        tokens.add(head.slice(head.lastIndexOf(' ') + 1));
      }
    }
    lastTokens.set(abbr, tokens);
  }
  let s = before.length;
  while (s > 0 && !/\s/.test(before[s - 1] ?? '')) s -= 1;
  const word = before.slice(s);
  return tokens.has(word) || tokens.has(word.slice(word.lastIndexOf('(') + 1));
}

function lastWords(text: string): string {
  let k = text.length;
  for (let w = 0; w < 3; w += 1) {
    let s = k;
    while (s > 0 && /\s/.test(text[s - 1] ?? '')) s -= 1;
    let e = s;
    while (e > 0 && !/\s/.test(text[e - 1] ?? '')) e -= 1;
    if (e === s) break;
    k = e;
  }
  return text.slice(k);
}

function endsWithWhole(tail: string, abbreviation: string): boolean {
  return tail === abbreviation || tail.endsWith(` ${abbreviation}`) || tail.endsWith(`(${abbreviation}`);
}

/** True when the break between `tail` and `after` falls after a period inside or at the end of `abbreviation`. */
function breaksInside(abbreviation: string, tail: string, after: string): boolean {
  for (let k = abbreviation.indexOf('.'); k >= 0; k = abbreviation.indexOf('.', k + 1)) {
    const head = abbreviation.slice(0, k + 1);
    const rest = abbreviation.slice(k + 1).trimStart();
    if (!endsWithWhole(tail, head)) continue;
    if (rest === '' || after.startsWith(rest)) return true;
  }
  return false;
}
