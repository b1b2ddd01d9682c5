import { describe, expect, it } from 'vitest';
import { TextLines } from '../../../renderer/text-lines.js';

describe('TextLines', () => {
  it('splits on \\n, \\r\\n and a lone \\r, as Monaco does', () => {
    const lines = new TextLines('a\r\nb\rc\nd');
    expect(lines.lineStarts).toEqual([0, 3, 5, 7]);
    expect(lines.positionAt(3)).toEqual({ lineNumber: 2, column: 1 });
    expect(lines.positionAt(1)).toEqual({ lineNumber: 1, column: 2 });
  });

  it('maps offsets to positions and back in UTF-16 units', () => {
    const text = 'నమస్కారం\nمرحبا 😀 x';
    const lines = new TextLines(text);
    const offset = text.indexOf('x');
    const position = lines.positionAt(offset);
    expect(position.lineNumber).toBe(2);
    expect(lines.offsetAt(position)).toBe(offset);
  });

  it('has an empty last line after a final line break', () => {
    const lines = new TextLines('a\n');
    expect(lines.lineCount).toBe(2);
    expect(lines.positionAt(2)).toEqual({ lineNumber: 2, column: 1 });
  });
});
