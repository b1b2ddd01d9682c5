// Lines of a decoded text with their UTF-16 offsets, so every block can point back into the file.

export interface SourceLine {
  /** Offset of the line's first character. */
  start: number;
  /** Offset just past the line's last character, before its line ending. */
  end: number;
  /** 1-based line number. */
  number: number;
  text: string;
}

/** Splits on LF, CRLF and lone CR, keeping offsets into the original text. */
export function splitLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  const breaks = /\r\n|\n|\r/g;
  let start = 0;
  let number = 1;
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) {
    lines.push({ start, end: m.index, number, text: text.slice(start, m.index) });
    start = m.index + m[0].length;
    number += 1;
  }
  if (start < text.length) lines.push({ start, end: text.length, number, text: text.slice(start) });
  return lines;
}

export function isBlank(line: string): boolean {
  return /^[\s\u00a0\ufeff]*$/.test(line);
}

/** Column of the first non-space character, tabs counted as 4 columns. */
export function indentWidth(line: string): number {
  let width = 0;
  for (const ch of line) {
    if (ch === ' ') width += 1;
    else if (ch === '\t') width += 4 - (width % 4);
    else break;
  }
  return width;
}

/** Offset range of the line's content with surrounding whitespace removed. */
export function trimmedRange(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s += 1;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e -= 1;
  return [s, e];
}
