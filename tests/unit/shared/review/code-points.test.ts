import { describe, expect, it } from 'vitest';
import { CodePointIndex, codePointLength, snapToCharacterEnd, snapToCharacterStart } from '../../../../shared/review/index.js';

describe('CodePointIndex', () => {
  it('is the identity for text without astral characters', () => {
    const text = 'Grüße, 世界 — ok';
    const index = new CodePointIndex(text);
    for (let i = 0; i <= text.length; i++) {
      expect(index.toCodePoint(i)).toBe(i);
      expect(index.toUtf16(i)).toBe(i);
    }
    expect(index.toUtf16(text.length + 1)).toBeNull();
  });

  it('counts emoji and CJK Extension B characters as one code point each', () => {
    const text = 'a😀b𠀋c😀😀d';
    const index = new CodePointIndex(text);
    expect(text.length).toBe(12);
    expect(index.codePointLength).toBe(8);
    expect(codePointLength(text)).toBe(Array.from(text).length);
    // Every character boundary maps both ways.
    let utf16 = 0;
    Array.from(text).forEach((char, cp) => {
      expect(index.toCodePoint(utf16)).toBe(cp);
      expect(index.toUtf16(cp)).toBe(utf16);
      utf16 += char.length;
    });
    expect(index.toCodePoint(text.length)).toBe(8);
    expect(index.toUtf16(8)).toBe(text.length);
    expect(index.toUtf16(9)).toBeNull();
    expect(index.toUtf16(-1)).toBeNull();
  });

  it('treats an offset inside a surrogate pair as the start of the character', () => {
    const text = 'x😀y';
    const index = new CodePointIndex(text);
    expect(index.toCodePoint(2)).toBe(1);
    expect(snapToCharacterStart(text, 2)).toBe(1);
    expect(snapToCharacterEnd(text, 2)).toBe(3);
    expect(snapToCharacterStart(text, 3)).toBe(3);
  });
});
