// Sidecar selectors count Unicode code points (W3C); the editor and the aligner count UTF-16 units.
// The two differ only after astral characters (emoji, CJK Extension B…), so the index stores just
// where those sit and converts with a binary search.
import { countBelow } from '../sorted.js';

export class CodePointIndex {
  /** UTF-16 offsets of the high surrogate of each astral character, ascending. */
  private readonly astral: number[] = [];
  readonly utf16Length: number;
  readonly codePointLength: number;

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          this.astral.push(i);
          i++;
        }
      }
    }
    this.utf16Length = text.length;
    this.codePointLength = text.length - this.astral.length;
  }

  /** Code point offset of a UTF-16 offset. An offset inside a pair counts as the pair's start. */
  toCodePoint(utf16: number): number {
    const clamped = Math.max(0, Math.min(utf16, this.utf16Length));
    // Each astral character starting before the offset makes UTF-16 one unit longer than code points.
    return clamped - this.countAstralBefore(clamped);
  }

  /** UTF-16 offset of a code point offset, or null when it is past the end of the text. */
  toUtf16(codePoint: number): number | null {
    if (codePoint < 0 || codePoint > this.codePointLength) return null;
    // Find how many astral characters start before the code point: their UTF-16 start minus the
    // astral characters before them is their code point position.
    let low = 0;
    let high = this.astral.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      const start = this.astral[middle] as number;
      if (start - middle < codePoint) low = middle + 1;
      else high = middle;
    }
    return codePoint + low;
  }

  /** Number of astral characters whose high surrogate sits strictly before `utf16`. */
  private countAstralBefore(utf16: number): number {
    return countBelow(this.astral, utf16);
  }
}

/** Length of a string in code points. */
export function codePointLength(text: string): number {
  return new CodePointIndex(text).codePointLength;
}

/** Moves an offset that falls between the two halves of a surrogate pair to the pair's start. */
export function snapToCharacterStart(text: string, utf16: number): number {
  if (utf16 <= 0 || utf16 >= text.length) return utf16;
  const unit = text.charCodeAt(utf16);
  const previous = text.charCodeAt(utf16 - 1);
  const splitsPair = unit >= 0xdc00 && unit <= 0xdfff && previous >= 0xd800 && previous <= 0xdbff;
  return splitsPair ? utf16 - 1 : utf16;
}

/** Moves an end offset that falls between the halves of a surrogate pair past the pair. */
export function snapToCharacterEnd(text: string, utf16: number): number {
  const start = snapToCharacterStart(text, utf16);
  return start === utf16 ? utf16 : utf16 + 1;
}
