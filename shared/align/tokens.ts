// Tokens of a unit for the alignment features: runs of letters (with marks), runs of digits,
// single punctuation marks; digits of any script read as ASCII, words transliterated to Latin.
import anyAscii from 'any-ascii';

// Tokens: runs of letters (with marks), runs of digits, single punctuation marks. Digits apart
// from letters: Chinese and Japanese write "自1996年起" without spaces.
const LETTER = 1;
const DIGIT = 2;
const PUNCT = 3;
const PUNCT_CHARS = '?？¿!！¡:：;；()（）"“”„«»「」『』%％';
/** Class of each BMP code unit, filled on first sight: a table lookup instead of a Unicode regex per token. */
const classOfUnit = new Uint8Array(0x10000).fill(255);

function classify(ch: string): number {
  if (/[\p{L}\p{M}]/u.test(ch)) return LETTER;
  if (/\p{Nd}/u.test(ch)) return DIGIT;
  return PUNCT_CHARS.includes(ch) ? PUNCT : 0;
}

function classAt(text: string, k: number): number {
  const code = text.charCodeAt(k);
  if (code >= 0xd800 && code <= 0xdbff) return classify(String.fromCodePoint(text.codePointAt(k) ?? code));
  let c = classOfUnit[code] as number;
  if (c === 255) {
    c = code >= 0xdc00 && code <= 0xdfff ? 0 : classify(String.fromCharCode(code));
    classOfUnit[code] = c;
  }
  return c;
}

/** Calls `take` with each token of `text`, in order. */
export function forEachToken(text: string, take: (token: string) => void): void {
  let k = 0;
  const n = text.length;
  while (k < n) {
    const c = classAt(text, k);
    const width = text.charCodeAt(k) >= 0xd800 && text.charCodeAt(k) <= 0xdbff ? 2 : 1;
    if (c === 0) {
      k += width;
      continue;
    }
    if (c === PUNCT) {
      take(text[k] as string);
      k += 1;
      continue;
    }
    const start = k;
    k += width;
    while (k < n) {
      const w = text.charCodeAt(k) >= 0xd800 && text.charCodeAt(k) <= 0xdbff ? 2 : 1;
      if (classAt(text, k) !== c) break;
      k += w;
    }
    take(text.slice(start, k));
  }
}
export const ALL_DIGITS = /^\p{Nd}+$/u;
export const PUNCT_KEY: Record<string, string> = {
  '？': '?', '¿': '?', '！': '!', '¡': '!', '：': ':', '；': ';', '（': '(', '）': ')',
  '“': '"', '”': '"', '„': '"', '«': '"', '»': '"', '「': '"', '」': '"', '『': '"', '』': '"', '％': '%',
};

const digitCache = new Map<number, number>();

/** Value of a decimal digit of any script: its distance from the zero that starts its run. */
function digitValue(code: number): number {
  const cached = digitCache.get(code);
  if (cached !== undefined) return cached;
  let zero = code;
  while (zero > 0 && /\p{Nd}/u.test(String.fromCodePoint(zero - 1))) zero -= 1;
  const value = (code - zero) % 10;
  digitCache.set(code, value);
  return value;
}

export function asciiDigits(word: string): string {
  let out = '';
  for (const ch of word) {
    const code = ch.codePointAt(0) ?? 0;
    out += code >= 48 && code <= 57 ? ch : String(digitValue(code));
  }
  return out;
}

export function transliterate(word: string): string {
  return anyAscii(word).toLowerCase().replace(/[^a-z0-9]/g, '');
}

