// Letter classes of BMP code units, looked up in a table filled on first sight of each character:
// word scanners on the hottest paths use it instead of running a Unicode-property regex per word
// (each exec builds a match array). Text with surrogates (astral letters) keeps the regex path.

/** The character can start a word: a letter or a combining mark (\p{L}, \p{M}). */
export const wordStart = 1;
/** The character can continue a word: also a decimal digit (\p{Nd}), an apostrophe or a hyphen. */
export const wordPart = 2;

const known = 4;
const table = new Uint8Array(0x10000);
const startPattern = /^[\p{L}\p{M}]$/u;
const partPattern = /^[\p{L}\p{M}\p{Nd}'’-]$/u;

/** Class bits (wordStart | wordPart) of a BMP code unit that is not a surrogate. */
export function letterClass(code: number): number {
  let bits = table[code] ?? 0;
  if (bits === 0) {
    const char = String.fromCharCode(code);
    bits = known | (startPattern.test(char) ? wordStart : 0) | (partPattern.test(char) ? wordPart : 0);
    table[code] = bits;
  }
  return bits;
}

/** Whether the text holds a surrogate, which the table cannot classify. */
export function hasSurrogate(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) return true;
  }
  return false;
}
