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
  /** For a time of day (`17:00`, `7 h 30`, `11h`, `5 pm`): minutes since midnight. */
  minutes?: number;
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
    let ascii = toAscii(raw);
    const time = ascii.length <= 2 && !ascii.includes('.') && !ascii.includes(',') ? timeAfter(text, end, Number(ascii)) : null;
    if (time) {
      numberPattern.lastIndex = time.end;
      ascii = text.slice(start, time.end);
      tokens.push({ start, end: time.end, raw: ascii, ascii: toAscii(ascii), minutes: time.minutes });
      continue;
    }
    tokens.push({ start, end, raw, ascii });
  }
  // Kept for the session in each cell's memo: an exact-size copy, not push's spare room.
  return tokens.length === 0 ? tokens : tokens.slice();
}

function toAscii(raw: string): string {
  // ASCII characters map to themselves; only other scripts' digits need a new string.
  if (isAscii(raw)) return raw;
  let ascii = '';
  for (const char of raw) {
    const value = digitValue(char.codePointAt(0) ?? 0);
    ascii += value >= 0 ? String(value) : char;
  }
  return ascii;
}

// What may follow an hour to make it a time of day: ":30", "：30", " h 30", "h", then " pm", "a.m.".
// A bare " am" is not enough: it is a German word ("um 5 am Bahnhof").
const clockTail = /^(?:[:：](\p{Nd}{2})(?!\p{Nd})|[ \u00A0\u202F]?[hH](?:[ \u00A0\u202F]?(\p{Nd}{2})(?!\p{Nd}))?(?![\p{L}\p{Nd}]))/u;
const meridiemTail = /^(?:[ \u00A0\u202F]?([aApP])\.[mM]\.|([aApP])[mM](?![\p{L}])|[ \u00A0\u202F](?:([AP])M|(p)m)(?![\p{L}]))/u;

/** The time of day an hour at `end` begins, if what follows makes it one. */
function timeAfter(text: string, end: number, hour: number): { end: number; minutes: number } | null {
  const next = text.charCodeAt(end);
  // Only ':', '：', 'h', 'H', a space, 'a', 'p' (either case) can start a tail.
  if (next !== 58 && next !== 0xff1a && next !== 104 && next !== 72 && next !== 32 && next !== 0xa0 && next !== 0x202f && (next | 32) !== 97 && (next | 32) !== 112) return null;
  const window = text.slice(end, end + 16);
  const clock = clockTail.exec(window);
  const length = clock ? clock[0].length : 0;
  const meridiem = meridiemTail.exec(window.slice(length));
  if (!clock && !meridiem) return null;
  const minuteDigits = clock ? (clock[1] ?? clock[2]) : undefined;
  const minutes = minuteDigits === undefined ? 0 : Number(toAscii(minuteDigits));
  const half = meridiem ? (meridiem[1] ?? meridiem[2] ?? meridiem[3] ?? meridiem[4] ?? '').toLowerCase() : '';
  if (minutes >= 60 || hour > 24 || (half !== '' && (hour < 1 || hour > 12))) return null;
  const hours = half === 'p' && hour < 12 ? hour + 12 : half === 'a' && hour === 12 ? 0 : hour;
  return { end: end + length + (meridiem ? meridiem[0].length : 0), minutes: hours * 60 + minutes };
}

/**
 * A number read as a time of day, to compare with one: a time's own minutes, or for a plain
 * `9` or `11.00` (Dutch, German, British times) the time it would be. Null when it cannot be one.
 */
export function clockMinutes(token: NumberToken): number | null {
  if (token.minutes !== undefined) return token.minutes;
  const match = /^(\d{1,2})(?:\.(\d{2}))?$/.exec(token.ascii);
  if (!match) return null;
  const hour = Number(match[1]);
  const minutes = match[2] === undefined ? 0 : Number(match[2]);
  return hour <= 24 && minutes < 60 ? hour * 60 + minutes : null;
}

// "in 2019 300 people": a space or apostrophe only groups digits when exactly three follow it and
// at most three precede the first one.
const looseSeparator = /^[ \u00A0\u202F\u2009'’]$/u;
function trimLooseGroups(raw: string): string {
  // Most numbers have no separator at all: nothing to trim, no pieces to split.
  if (!hasSeparator(raw)) return raw;
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

function hasSeparator(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code === 0x2e || code === 0x2c || code === 0x20 || code === 0x27 || code === 0xa0 || code === 0x202f || code === 0x2009 || code === 0x2019 || code === 0x66b || code === 0x66c) return true;
  }
  return false;
}

function onlyAsciiDigits(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x30 || code > 0x39) return false;
  }
  return true;
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) return false;
  return true;
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
  if (token.minutes !== undefined) return [token.minutes / 60];
  const text = token.ascii;
  if (onlyAsciiDigits(text)) return [Number(text)];
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
