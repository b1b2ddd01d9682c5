// List item recognition shared by the Markdown and plain-text parsers.

export interface ListMarker {
  /** Column (with tabs expanded) where the marker starts: decides nesting. */
  indent: number;
  /** Offset inside the line where the item's text begins (after marker and spaces). */
  contentOffset: number;
}

// Bullets and numbers ("1." "1)" "(1)"). Letters are left out: "J. K. Rowling" starts many a line.
const MARKER = /^([ \t]*)([-*+•‣◦▪]|\d{1,9}[.)]|\(\d{1,9}\))([ \t]+|$)/u;

export function matchListMarker(line: string, indentOf: (s: string) => number): ListMarker | null {
  const m = MARKER.exec(line);
  if (!m) return null;
  const rest = line.slice(m[0].length);
  // "- " alone or "* * *" is a rule, not an item; "12. " with nothing after it is not an item either.
  if (rest.trim() === '') return null;
  if (/^[-*_]$/.test(m[2] ?? '') && /^([-*_][ \t]*){2,}$/.test(line.trim())) return null;
  return { indent: indentOf(m[1] ?? ''), contentOffset: m[0].length };
}

/** Tracks nesting depth from marker indentation: deeper indent = one level deeper. */
export class ListNesting {
  private indents: number[] = [];

  depthFor(indent: number): number {
    while (this.indents.length > 0 && (this.indents[this.indents.length - 1] ?? 0) > indent) this.indents.pop();
    const top = this.indents[this.indents.length - 1];
    if (top === undefined || top < indent) this.indents.push(indent);
    return this.indents.length - 1;
  }

  reset(): void {
    this.indents = [];
  }
}
