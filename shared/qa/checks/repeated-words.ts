// "the the", "in the in the": a word or a short phrase typed twice in a row.
import { cellView, isEmptyCell, spanIn } from '../cells.js';
import { finding, quote } from '../findings.js';
import { primaryLanguage, reviewedDocuments } from '../pairs.js';
import { letterClass, wordPart, wordStart } from '../text/letter-table.js';
import { findUnspacedRepetitions } from '../text/unspaced-repetitions.js';
import type { Finding, QaCheck } from '../types.js';

const wordPattern = /[\p{L}\p{M}][\p{L}\p{M}\p{Nd}'’-]*/gu;
const longestPhrase = 4;
const unspacedLetter = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

interface Repetition {
  /** Offsets of the first occurrence and of the repetition. */
  firstStart: number;
  firstEnd: number;
  secondStart: number;
  secondEnd: number;
  words: number;
}

/**
 * Words or phrases (up to four words) said twice in a row, separated by whitespace only: "the the",
 * "in the in the", but not "Yes, yes".
 */
export function findRepetitions(text: string): Repetition[] {
  // Word offsets go into scratch arrays reused across cells, and words are compared in place: no
  // substring or array per word on this path, which every reviewed cell takes.
  const count = scanWords(text);
  const starts = wordStarts;
  const ends = wordEnds;
  const found: Repetition[] = [];
  const spaceOnlyAfter = (k: number): boolean => {
    const from = ends[k] ?? 0;
    const to = k + 1 < count ? (starts[k + 1] ?? 0) : 0;
    if (to <= from) return false;
    for (let i = from; i < to; i++) {
      const code = text.charCodeAt(i);
      if (code !== 32 && code !== 9 && code !== 10 && code !== 13 && code !== 0xa0 && code !== 0x3000) return false;
    }
    return true;
  };
  const same = (a: number, b: number): boolean => sameWord(text, starts[a] ?? 0, ends[a] ?? 0, starts[b] ?? 0, ends[b] ?? 0);
  for (let i = 0; i < count; ) {
    let length = 0;
    for (let n = Math.min(longestPhrase, (count - i) >> 1); n >= 1 && length === 0; n--) {
      let repeated = true;
      for (let k = 0; k < n && repeated; k++) repeated = same(i + k, i + n + k);
      for (let k = i; k < i + 2 * n - 1 && repeated; k++) repeated = spaceOnlyAfter(k);
      if (repeated) length = n;
    }
    if (length === 0) {
      i++;
      continue;
    }
    found.push({
      firstStart: starts[i] ?? 0,
      firstEnd: ends[i + length - 1] ?? 0,
      secondStart: starts[i + length] ?? 0,
      secondEnd: ends[i + 2 * length - 1] ?? 0,
      words: length,
    });
    i += 2 * length;
  }
  return found;
}

/** Fills wordStarts/wordEnds with the words of `text` (as wordPattern finds them); returns how many. */
function scanWords(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) return scanWordsByPattern(text);
    if (code < 0x80 ? !asciiLetter(code) : (letterClass(code) & wordStart) === 0) {
      i++;
      continue;
    }
    const start = i;
    for (i++; i < text.length; i++) {
      const next = text.charCodeAt(i);
      if (next >= 0xd800 && next <= 0xdfff) return scanWordsByPattern(text);
      if (next < 0x80 ? !asciiWordPart(next) : (letterClass(next) & wordPart) === 0) break;
    }
    if (count === wordStarts.length) growScratch();
    wordStarts[count] = start;
    wordEnds[count] = i;
    count++;
  }
  return count;
}

function scanWordsByPattern(text: string): number {
  let count = 0;
  wordPattern.lastIndex = 0;
  for (let match = wordPattern.exec(text); match; match = wordPattern.exec(text)) {
    if (count === wordStarts.length) growScratch();
    wordStarts[count] = match.index;
    wordEnds[count] = match.index + match[0].length;
    count++;
  }
  return count;
}

function asciiLetter(code: number): boolean {
  const lower = code | 0x20;
  return lower >= 0x61 && lower <= 0x7a;
}

// Letters, digits, the apostrophe and the hyphen: the ASCII part of wordPattern's second class.
function asciiWordPart(code: number): boolean {
  return asciiLetter(code) || (code >= 0x30 && code <= 0x39) || code === 0x27 || code === 0x2d;
}

let wordStarts = new Int32Array(256);
let wordEnds = new Int32Array(256);

function growScratch(): void {
  const starts = new Int32Array(wordStarts.length * 2);
  const ends = new Int32Array(wordEnds.length * 2);
  starts.set(wordStarts);
  ends.set(wordEnds);
  wordStarts = starts;
  wordEnds = ends;
}

/**
 * Whether text[aStart, aEnd) and text[bStart, bEnd) are the same word but for case. Most pairs differ
 * in an ASCII character before any other difference, which settles it without lower-casing copies.
 */
function sameWord(text: string, aStart: number, aEnd: number, bStart: number, bEnd: number): boolean {
  const length = aEnd - aStart;
  if (length !== bEnd - bStart) return false;
  let exact = true;
  for (let i = 0; i < length; i++) {
    const x = text.charCodeAt(aStart + i);
    const y = text.charCodeAt(bStart + i);
    if (x === y) continue;
    exact = false;
    // Beyond ASCII, lower-casing may change lengths (İ) or depend on context (Σ): compare in full.
    if (x >= 0x80 || y >= 0x80) break;
    const lower = x | 0x20;
    if (lower !== (y | 0x20) || lower < 0x61 || lower > 0x7a) return false;
  }
  return exact || text.slice(aStart, aEnd).toLowerCase() === text.slice(bStart, bEnd).toLowerCase();
}

// Words that grammar itself doubles: French "nous nous", German "die die" (relative pronoun after an
// article), English "that that", "had had".
const legitimateDoubles: Record<string, Set<string>> = {
  en: new Set(['that', 'had', 'is', 'do']),
  de: new Set(['die', 'der', 'das', 'den', 'dem', 'sie', 'es']),
  fr: new Set(['nous', 'vous']),
  nl: new Set(['die', 'dat']),
  it: new Set(['che']),
  es: new Set(['que']),
  pt: new Set(['que']),
};
// Languages where reduplication is grammar ("धीरे धीरे", "pelan pelan").
const reduplicating = new Set(['hi', 'mr', 'ne', 'bn', 'te', 'ta', 'kn', 'ml', 'gu', 'pa', 'ur', 'id', 'ms', 'tl', 'vi', 'th', 'zh', 'ja', 'ko', 'sw']);

// Thai (U+0E00) is the lowest of the unspaced scripts: text with nothing from there up skips the
// Unicode-property scan.
function mayHoldUnspacedLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0xe00) return true;
  return false;
}

export const repeatedWordsCheck: QaCheck = {
  id: 'repeated-words',
  title: 'Repeated word or phrase',
  defaultSeverity: 'minor',
  category: 'linguistic-conventions/grammar',
  run(row, context) {
    const findings: Finding[] = [];
    for (const documentIndex of reviewedDocuments(context)) {
      const cell = row.cells[documentIndex];
      if (isEmptyCell(cell) || !cell) continue;
      const language = primaryLanguage(context.documents[documentIndex]?.language ?? '');
      const view = cellView(cell);
      for (const repetition of findRepetitions(view.text)) {
        const phrase = view.text.slice(repetition.firstStart, repetition.firstEnd);
        const single = repetition.words === 1;
        if (single && (reduplicating.has(language) || legitimateDoubles[language]?.has(phrase.toLowerCase()))) continue;
        findings.push(
          finding(repeatedWordsCheck, spanIn(view, documentIndex, repetition.secondStart, repetition.secondEnd), `${single ? 'Word' : 'Phrase'} ${quote(phrase)} is repeated.`, [
            spanIn(view, documentIndex, repetition.firstStart, repetition.firstEnd),
          ]),
        );
      }
      if (!mayHoldUnspacedLetter(view.text) || !unspacedLetter.test(view.text)) continue;
      for (const repetition of findUnspacedRepetitions(view.text)) {
        const phrase = view.text.slice(repetition.firstStart, repetition.firstEnd);
        findings.push(
          finding(repeatedWordsCheck, spanIn(view, documentIndex, repetition.secondStart, repetition.secondEnd), `Phrase ${quote(phrase)} is repeated.`, [
            spanIn(view, documentIndex, repetition.firstStart, repetition.firstEnd),
          ]),
        );
      }
    }
    return findings;
  },
};
