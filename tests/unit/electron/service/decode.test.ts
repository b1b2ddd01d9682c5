import { describe, expect, it } from 'vitest';
import { decodeDocument, firstInvalidUtf8 } from '../../../../electron/service/decode.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('decodeDocument', () => {
  it('removes a UTF-8 BOM and keeps line endings', () => {
    const result = decodeDocument(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('a\r\nb\n😀')]), 'x.md');
    expect(result).toEqual({ ok: true, text: 'a\r\nb\n😀' });
  });

  it('refuses invalid UTF-8 naming the file, the line and what to do', () => {
    const latin1 = new Uint8Array([...bytes('line one\nline two\n'), 0x63, 0x61, 0x66, 0xe9, 0x0a]);
    const result = decodeDocument(latin1, 'guide.fr.md');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toMatch(/^guide\.fr\.md is not valid UTF-8: line 3 has the byte 0xE9/);
      expect(result.message).toMatch(/save it as UTF-8/);
    }
  });

  it('refuses UTF-16 with or without a BOM', () => {
    const utf16le = (text: string) => new Uint8Array([...text].flatMap((c) => [c.charCodeAt(0), 0]));
    for (const data of [new Uint8Array([0xff, 0xfe, ...utf16le('Hello')]), new Uint8Array([0xfe, 0xff, 0, 0x48]), utf16le('Hello there, world')]) {
      const result = decodeDocument(data, 'a.txt');
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toMatch(/a\.txt is encoded as UTF-16/);
    }
  });

  it('refuses a binary file', () => {
    const result = decodeDocument(new Uint8Array([0x41, 0x0a, 0x00, 0x42]), 'b.md');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/NUL character at line 2/);
  });

  it('finds the first invalid byte, including overlong and surrogate encodings', () => {
    expect(firstInvalidUtf8(bytes('ok😀'))).toBe(6);
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0xc0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0x42, 0xed, 0xa0, 0x80]))).toBe(2);
    expect(firstInvalidUtf8(new Uint8Array([0xe3, 0x81]))).toBe(0);
  });
});
