// Offsets ↔ Monaco positions, computed from the decoded text itself. Monaco normalises mixed line
// endings inside its model, so asking the model would shift offsets in such files; the line
// breaks recognised here (\r\n, \r, \n) are the ones Monaco splits lines on, and columns count
// UTF-16 units as Monaco does, so the mapping stays 1:1 with the offsets of the alignment.
import { lastAtOrBelow } from '../shared/sorted.js';

export interface TextPosition {
  /** 1-based line. */
  lineNumber: number;
  /** 1-based column in UTF-16 units. */
  column: number;
}

export class TextLines {
  /** Offset of the first character of each line; lineStarts[0] is 0. */
  readonly lineStarts: number[];
  readonly length: number;

  constructor(text: string) {
    this.length = text.length;
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (c === 10) {
        starts.push(i + 1);
      }
    }
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** 1-based line holding the offset (an offset on a line break belongs to the line it ends). */
  lineAt(offset: number): number {
    return lastAtOrBelow(this.lineStarts, Math.max(0, Math.min(offset, this.length))) + 1;
  }

  positionAt(offset: number): TextPosition {
    const clamped = Math.max(0, Math.min(offset, this.length));
    const lineNumber = this.lineAt(clamped);
    return { lineNumber, column: clamped - this.lineStart(lineNumber) + 1 };
  }

  /** Offset of a position; a column past the line's end is clamped to it. */
  offsetAt(position: TextPosition): number {
    const line = Math.max(1, Math.min(position.lineNumber, this.lineCount));
    const start = this.lineStart(line);
    const next = line < this.lineCount ? this.lineStart(line + 1) : this.length;
    return Math.min(start + Math.max(0, position.column - 1), next);
  }

  lineStart(lineNumber: number): number {
    return this.lineStarts[lineNumber - 1] ?? this.length;
  }
}
