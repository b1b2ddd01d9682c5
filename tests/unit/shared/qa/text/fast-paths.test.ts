// The hand-written character tests that replace regexes on hot paths must agree with those regexes
// on every BMP character, or the checks would quietly change what they report.
import { describe, expect, it } from 'vitest';
import { findRepetitions } from '../../../../../shared/qa/checks/repeated-words.js';
import { letterClass, wordPart, wordStart } from '../../../../../shared/qa/text/letter-table.js';
import { scriptCounts } from '../../../../../shared/qa/text/scripts.js';
import { hasVisible, isWhiteSpace } from '../../../../../shared/qa/text/white-space.js';

function bmpCharacters(): number[] {
  const codes: number[] = [];
  for (let code = 0; code < 0x10000; code++) if (code < 0xd800 || code > 0xdfff) codes.push(code);
  return codes;
}

describe('fast character tests', () => {
  it('isWhiteSpace matches exactly what \\s matches', () => {
    const differing = bmpCharacters().filter((code) => isWhiteSpace(code) !== /\s/.test(String.fromCharCode(code)));
    expect(differing).toEqual([]);
    expect(hasVisible(' \u00a0\u3000\t')).toBe(false);
    expect(hasVisible('  x ')).toBe(true);
  });

  it('letterClass matches the word patterns of the language and repetition checks', () => {
    const start = /^[\p{L}\p{M}]$/u;
    const part = /^[\p{L}\p{M}\p{Nd}'’-]$/u;
    const differing = bmpCharacters().filter((code) => {
      const char = String.fromCharCode(code);
      const bits = letterClass(code);
      return (bits & wordStart) !== 0 !== start.test(char) || (bits & wordPart) !== 0 !== part.test(char);
    });
    expect(differing).toEqual([]);
  });

  it('scriptCounts lists scripts in order of first appearance, ASCII Latin letters last', () => {
    expect([...scriptCounts('Привет, мир! Hello')]).toEqual([['Cyrillic', 9], ['Latin', 5]]);
    expect([...scriptCounts('Hello é мир 東京 ×')]).toEqual([['Latin', 6], ['Cyrillic', 3], ['Han', 2]]);
    expect([...scriptCounts('12 + 3 = 15')]).toEqual([]);
  });

  it('findRepetitions compares words in place, ignoring case in any script, with or without astral characters', () => {
    const repeated = (text: string) => findRepetitions(text).map((r) => text.slice(r.secondStart, r.secondEnd));
    expect(repeated('Save THE the file')).toEqual(['the']);
    expect(repeated('Öl öl und Straße STRASSE')).toEqual(['öl']);
    expect(repeated('𝐀𝐁𝐂 in the in the garden')).toEqual(['in the']);
    expect(repeated('Yes, yes. İstanbul istanbul')).toEqual([]);
  });
});
