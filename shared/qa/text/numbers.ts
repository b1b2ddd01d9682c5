// Numbers in running text, read with the separators of their language ("1,000.5" in English is
// "1.000,5" in German), so that a source and its translation can be compared by value.
import { digitValue } from './digits.js';
import { primaryLanguage } from '../pairs.js';
import type { TextSpan } from './tokens.js';

export interface NumberToken {
  start: number;
  end: number;
  /** The characters as written. */
  raw: string;
  /** Digits as ASCII, separators kept: `١٬٢٣٤` → `1٬234`. */
  ascii: string;
}

// A run of digits, optionally joined by single separators to further digit runs.
const numberPattern = /\p{Nd}+(?:[.,\u00A0\u202F\u2009 '’\u066B\u066C]\p{Nd}+)*/gu;
const groupOnly = new Set([' ', '\u00A0', '\u202F', '\u2009', "'", '’', '\u066C']);

/** Numbers of a text, leaving out those inside `excluded` spans (URLs, placeholders). */
export function findNumbers(text: string, excluded: readonly TextSpan[]): NumberToken[] {
  const tokens: NumberToken[] = [];
  numberPattern.lastIndex = 0;
  for (let match = numberPattern.exec(text); match; match = numberPattern.exec(text)) {
    const raw = trimLooseGroups(match[0]);
    const start = match.index;
    const end = start + raw.length;
    numberPattern.lastIndex = end;
    if (excluded.some((span) => span.start < end && start < span.end)) continue;
    let ascii = '';
    for (const char of raw) {
      const value = digitValue(char.codePointAt(0) ?? 0);
      ascii += value >= 0 ? String(value) : char;
    }
    tokens.push({ start, end, raw, ascii });
  }
  return tokens;
}

// "in 2019 300 people": a space or apostrophe only groups digits when exactly three follow it and
// at most three precede the first one.
const looseSeparator = /^[ \u00A0\u202F\u2009'’]$/u;
function trimLooseGroups(raw: string): string {
  const pieces = raw.split(/([.,\u00A0\u202F\u2009 '’\u066B\u066C])/u);
  let kept = pieces[0] ?? '';
  const leading = [...kept].length;
  for (let i = 1; i + 1 < pieces.length; i += 2) {
    const separator = pieces[i] ?? '';
    const digits = pieces[i + 1] ?? '';
    if (looseSeparator.test(separator) && ([...digits].length !== 3 || leading > 3)) break;
    kept += separator + digits;
  }
  return kept;
}

const commaDecimalLanguages = new Set([
  'de', 'fr', 'es', 'it', 'pt', 'ru', 'uk', 'be', 'bg', 'pl', 'cs', 'sk', 'sl', 'hr', 'sr', 'bs', 'mk',
  'nl', 'da', 'no', 'nb', 'nn', 'sv', 'fi', 'et', 'lv', 'lt', 'hu', 'ro', 'tr', 'el', 'is', 'ca', 'gl',
  'eu', 'id', 'vi', 'az', 'kk', 'ka', 'hy', 'sq', 'af', 'lb', 'fo', 'ky', 'uz', 'mn', 'ms',
]);

export function usesDecimalComma(language: string): boolean {
  return commaDecimalLanguages.has(primaryLanguage(language));
}

/**
 * Plausible values of a number: one when the separators leave no doubt, the reading of its
 * language first when they do ("1,000" is a thousand in English and one in German).
 */
export function numberValues(token: NumberToken, language: string): number[] {
  const text = token.ascii;
  const separators: string[] = [];
  for (const char of text) if (char < '0' || char > '9') separators.push(char);
  if (separators.length === 0) return [Number(text)];
  const decimalComma = usesDecimalComma(language);
  const kinds = new Set(separators);
  const last = separators[separators.length - 1] ?? '';
  const lastIndex = text.lastIndexOf(last);
  const afterLast = text.length - lastIndex - 1;
  const read = (decimal: string | null): number => {
    let digits = '';
    for (const char of text) {
      if (char >= '0' && char <= '9') digits += char;
      else if (char === decimal) digits += '.';
    }
    return Number(digits);
  };
  if (last === '\u066B') return [read('\u066B')];
  if (groupOnly.has(last)) return [read(null)];
  const countOfLast = separators.filter((s) => s === last).length;
  if (kinds.size > 1) {
    // "1,000.5" or "1.000,5": the separator that comes last, once, is the decimal one.
    return countOfLast === 1 ? [read(last)] : [read(null)];
  }
  if (countOfLast > 1) return [read(null)];
  if (afterLast !== 3) return [read(last)];
  const grouped = read(null);
  const decimal = read(last);
  const languageSaysDecimal = decimalComma ? last === ',' : last === '.';
  return languageSaysDecimal ? [decimal, grouped] : [grouped, decimal];
}
