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

/** Class of the character at k, whose first code unit is `code`. */
function classAt(text: string, k: number, code: number): number {
  if (code >= 0xd800 && code <= 0xdbff) return classify(String.fromCodePoint(text.codePointAt(k) ?? code));
  let c = classOfUnit[code] as number;
  if (c === 255) {
    c = code >= 0xdc00 && code <= 0xdfff ? 0 : classify(String.fromCharCode(code));
    classOfUnit[code] = c;
  }
  return c;
}

/**
 * Calls `take` with where each token of `text` starts and ends, in order (spans, not strings: most
 * tokens repeat, and the caller looks them up without cutting them out; see TokenTable).
 */
export function forEachToken(text: string, take: (start: number, end: number) => void): void {
  let k = 0;
  const n = text.length;
  while (k < n) {
    // Each code unit is read once (charCodeAt), for its class and its width.
    const code = text.charCodeAt(k);
    const c = classAt(text, k, code);
    const width = code >= 0xd800 && code <= 0xdbff ? 2 : 1;
    if (c === 0) {
      k += width;
      continue;
    }
    if (c === PUNCT) {
      take(k, k + 1);
      k += 1;
      continue;
    }
    const start = k;
    k += width;
    while (k < n) {
      const next = text.charCodeAt(k);
      if (classAt(text, k, next) !== c) break;
      k += next >= 0xd800 && next <= 0xdbff ? 2 : 1;
    }
    take(start, k);
  }
}

/**
 * Values by token text, found from a span of a longer text without cutting the token out: a Map
 * would need a new string per token read (330,000 for the 10,000-sentence pair, nearly all
 * repeats) and hash it. Open addressing over FNV-1a hashes of the UTF-16 code units.
 */
export class TokenTable<T> {
  private slots = new Int32Array(1 << 12).fill(-1);
  private readonly texts: string[] = [];
  private readonly hashes: number[] = [];
  private readonly values: T[] = [];

  /** The value stored for text.slice(start, end), if any. */
  find(text: string, start: number, end: number): T | undefined {
    const hash = spanHash(text, start, end);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot] as number;
      if (entry < 0) return undefined;
      if (this.hashes[entry] === hash && sameText(this.texts[entry] as string, text, start, end)) return this.values[entry];
    }
  }

  /** Stores `value` for `token` (not yet in the table). */
  add(token: string, value: T): void {
    if (2 * (this.texts.length + 1) > this.slots.length) this.grow();
    this.texts.push(token);
    this.hashes.push(spanHash(token, 0, token.length));
    this.values.push(value);
    this.place(this.texts.length - 1);
  }

  private place(entry: number): void {
    const mask = this.slots.length - 1;
    let slot = (this.hashes[entry] as number) & mask;
    while ((this.slots[slot] as number) >= 0) slot = (slot + 1) & mask;
    this.slots[slot] = entry;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    for (let entry = 0; entry < this.texts.length; entry += 1) this.place(entry);
  }
}

function spanHash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let k = start; k < end; k += 1) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  return h >>> 0;
}

function sameText(stored: string, text: string, start: number, end: number): boolean {
  if (stored.length !== end - start) return false;
  for (let k = 0; k < stored.length; k += 1) if (stored.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
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

