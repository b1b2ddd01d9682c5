// "the the", "in the in the": a word or a short phrase typed twice in a row.
import { cellView, isEmptyCell, spanIn } from '../cells.js';
import { finding, quote } from '../findings.js';
import { primaryLanguage, reviewedDocuments } from '../pairs.js';
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
  const starts: number[] = [];
  const ends: number[] = [];
  const words: string[] = [];
  wordPattern.lastIndex = 0;
  for (let match = wordPattern.exec(text); match; match = wordPattern.exec(text)) {
    starts.push(match.index);
    ends.push(match.index + match[0].length);
    words.push(match[0]);
  }
  const found: Repetition[] = [];
  const spaceOnlyAfter = (k: number): boolean => {
    const from = ends[k] ?? 0;
    const to = starts[k + 1] ?? 0;
    if (to <= from) return false;
    for (let i = from; i < to; i++) {
      const code = text.charCodeAt(i);
      if (code !== 32 && code !== 9 && code !== 10 && code !== 13 && code !== 0xa0 && code !== 0x3000) return false;
    }
    return true;
  };
  const same = (a: string, b: string): boolean => a === b || (a.length === b.length && a.toLowerCase() === b.toLowerCase());
  for (let i = 0; i < words.length; ) {
    let length = 0;
    for (let n = Math.min(longestPhrase, (words.length - i) >> 1); n >= 1 && length === 0; n--) {
      let repeated = true;
      for (let k = 0; k < n && repeated; k++) repeated = same(words[i + k] ?? '', words[i + n + k] ?? '');
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
      if (!unspacedLetter.test(view.text)) continue;
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
