// Plain text -> blocks: paragraphs separated by blank lines; a line that looks like a list item is one.
import type { Block } from '../model.js';
import { indentWidth, isBlank, splitLines, trimmedRange } from './lines.js';
import { ListNesting, matchListMarker } from './list-items.js';

export function parsePlainText(text: string): Block[] {
  const blocks: Block[] = [];
  const nesting = new ListNesting();
  let open: Block | null = null;
  const close = (): void => {
    if (open && open.end > open.start) blocks.push({ ...open, text: text.slice(open.start, open.end) });
    open = null;
  };
  for (const line of splitLines(text)) {
    if (isBlank(line.text)) {
      close();
      continue;
    }
    const item = matchListMarker(line.text, indentWidth);
    if (item) {
      close();
      const [s, e] = trimmedRange(text, line.start + item.contentOffset, line.end);
      open = { kind: 'list-item', level: nesting.depthFor(item.indent), start: s, end: e, line: line.number, text: '' };
      continue;
    }
    const [s, e] = trimmedRange(text, line.start, line.end);
    if (open) {
      open.end = e;
      continue;
    }
    nesting.reset();
    open = { kind: 'paragraph', level: 0, start: s, end: e, line: line.number, text: '' };
  }
  close();
  return blocks;
}
