// Numbers must survive translation: compared by value, each read with its own language's separators,
// times of day by the minute (17:00 = 17 h = 5 pm), and a number spelled out on one side ("two
// hours", "14 March") accepted as the digits on the other (2時間, 3月).
import { cellSpan, memoised, spanIn, type CellView } from '../cells.js';
import { finding, quote } from '../findings.js';
import { matchTokens } from '../matching.js';
import { filledPairs } from '../pairs.js';
import { findWordNumbers, type WordNumber } from '../text/number-words.js';
import { clockMinutes, numberValues, type NumberToken } from '../text/numbers.js';
import { numbersOf } from '../tokens-of-cell.js';
import type { Finding, QaCheck } from '../types.js';

interface ReadNumber {
  token: NumberToken;
  values: number[];
}

const mistranslation = 'accuracy/mistranslation';

const tests: ((s: ReadNumber, t: ReadNumber) => boolean)[] = [
  (s, t) => s.token.ascii === t.token.ascii,
  (s, t) => s.values[0] !== undefined && s.values[0] === t.values[0],
  (s, t) => (s.token.minutes !== undefined || t.token.minutes !== undefined) && clockMinutes(s.token) !== null && clockMinutes(s.token) === clockMinutes(t.token),
  // A target whose separators could be read either way, one of which is the source's value.
  (s, t) => t.values.includes(s.values[0] ?? NaN),
];

export const numbersCheck: QaCheck = {
  id: 'numbers',
  title: 'Numbers differ from the source',
  defaultSeverity: 'major',
  category: 'locale-conventions/number-format',
  run(row, context) {
    const findings: Finding[] = [];
    for (const pair of filledPairs(row, context)) {
      const { source, target, targetCell, sourceView, targetView, sourceLanguage, targetLanguage } = pair;
      const sourceNumbers = numbersOf(sourceView);
      const targetNumbers = numbersOf(targetView);
      if (sourceNumbers.length === 0 && targetNumbers.length === 0) continue;
      const sourceRead = read(sourceView, sourceNumbers, sourceLanguage);
      const targetRead = read(targetView, targetNumbers, targetLanguage);
      let { unmatchedSource, unmatchedTarget } = matchTokens(sourceRead, targetRead, tests);
      if (unmatchedSource.length === 0 && unmatchedTarget.length === 0) continue;
      if (unmatchedTarget.length > 0) unmatchedTarget = withoutSpelledOut(unmatchedTarget, words(sourceView, sourceLanguage));
      if (unmatchedSource.length > 0) unmatchedSource = withoutSpelledOut(unmatchedSource, words(targetView, targetLanguage));
      const count = Math.max(unmatchedSource.length, unmatchedTarget.length);
      for (let i = 0; i < count; i++) {
        const s = unmatchedSource[i];
        const t = unmatchedTarget[i];
        const sourceSpan = s ? spanIn(sourceView, source, s.token.start, s.token.end) : null;
        if (t) {
          const span = spanIn(targetView, target, t.token.start, t.token.end);
          if (s && sameDigits(s.token, t.token)) {
            const message = `Number ${quote(t.token.raw)} reads as ${t.values[0] ?? '?'} in ${targetLanguage}; the source's ${quote(s.token.raw)} is ${s.values[0] ?? '?'}. Use the ${targetLanguage} separators.`;
            findings.push(finding(numbersCheck, span, message, sourceSpan ? [sourceSpan] : [], { severity: 'minor' }));
            continue;
          }
          const message = s
            ? `Number ${quote(t.token.raw)} does not match the source's ${quote(s.token.raw)}.`
            : `Number ${quote(t.token.raw)} is not in the source.`;
          findings.push(finding(numbersCheck, span, message, sourceSpan ? [sourceSpan] : [], { category: mistranslation }));
        } else if (s && sourceSpan) {
          const whole = cellSpan(targetCell, target);
          if (whole) findings.push(finding(numbersCheck, whole, `Number ${quote(s.token.raw)} from the source is missing.`, [sourceSpan], { category: mistranslation }));
        }
      }
    }
    return findings;
  },
};

// Memo keys per language, made once: a key built per call is a new string to hash on every lookup.
const readKeys = new Map<string, { numbers: string; words: string }>();

function keysFor(language: string): { numbers: string; words: string } {
  let keys = readKeys.get(language);
  if (!keys) {
    keys = { numbers: `numbers:${language}`, words: `number-words:${language}` };
    readKeys.set(language, keys);
  }
  return keys;
}

function read(view: CellView, tokens: NumberToken[], language: string): ReadNumber[] {
  return memoised(view, keysFor(language).numbers, () => tokens.map((token) => ({ token, values: numberValues(token, language) })));
}

function words(view: CellView, language: string): WordNumber[] {
  return memoised(view, keysFor(language).words, (text) => findWordNumbers(text, language));
}

/** Numbers left over once each spelled-out number of the other side has taken one of equal value. */
function withoutSpelledOut(numbers: ReadNumber[], spelled: readonly WordNumber[]): ReadNumber[] {
  if (spelled.length === 0) return numbers;
  return matchTokens(spelled, numbers, [(w, n) => n.values.includes(w.value)]).unmatchedTarget;
}

/**
 * "1,000,5" against "1.000,5": the same digits split at the same places, only by other separators,
 * is a format slip, not a new number ("15" against "1.5" is).
 */
function sameDigits(a: NumberToken, b: NumberToken): boolean {
  return a.minutes === undefined && b.minutes === undefined && skeleton(a.ascii) === skeleton(b.ascii);
}

function skeleton(ascii: string): string {
  let result = '';
  for (const char of ascii) result += char >= '0' && char <= '9' ? char : '|';
  return result;
}
