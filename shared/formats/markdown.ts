// Markdown -> structural blocks. A pragmatic subset of CommonMark: what translated documentation
// uses (ATX/setext headings, paragraphs, nested lists, block quotes, fenced code, tables).
import type { Block, BlockKind } from '../model.js';
import { indentWidth, isBlank, splitLines, trimmedRange, type SourceLine } from './lines.js';
import { ListNesting, matchListMarker } from './list-items.js';

const ATX = /^ {0,3}(#{1,6})(?=[ \t]|$)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const RULE = /^ {0,3}(([-*_])[ \t]*)(\2[ \t]*){2,}$/;
const QUOTE = /^ {0,3}> ?/;
const TABLE_SEPARATOR = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

interface OpenBlock {
  kind: BlockKind;
  level: number;
  start: number;
  end: number;
  line: number;
}

export function parseMarkdown(text: string): Block[] {
  const lines = splitLines(text);
  const blocks: Block[] = [];
  const nesting = new ListNesting();
  let open: OpenBlock | null = null;

  const close = (): void => {
    if (open && open.end > open.start) {
      blocks.push({ kind: open.kind, level: open.level, start: open.start, end: open.end, line: open.line, text: text.slice(open.start, open.end) });
    }
    open = null;
  };
  const push = (kind: BlockKind, level: number, line: SourceLine, from: number, to: number): void => {
    const [s, e] = trimmedRange(text, from, to);
    open = { kind, level, start: s, end: e, line: line.number };
  };

  let i = skipFrontMatter(lines, blocks, text);
  for (; i < lines.length; i += 1) {
    const line = lines[i] as SourceLine;
    const raw = line.text;
    if (isBlank(raw)) {
      close();
      continue;
    }
    const fence = FENCE.exec(raw);
    if (fence) {
      close();
      i = readFence(lines, i, fence[1] as string, blocks, text);
      nesting.reset();
      continue;
    }
    const atx = ATX.exec(raw);
    if (atx) {
      close();
      const hashes = atx[1] as string;
      const body = raw.slice(atx[0].length).replace(/[ \t]+#+[ \t]*$/, '').replace(/^[ \t]*#+[ \t]*$/, '');
      const from = line.start + atx[0].length;
      push('heading', hashes.length, line, from, from + body.length);
      close();
      nesting.reset();
      continue;
    }
    const current = open as OpenBlock | null;
    if (current && current.kind === 'paragraph' && SETEXT.exec(raw)) {
      current.kind = 'heading';
      current.level = raw.trim().startsWith('=') ? 1 : 2;
      close();
      continue;
    }
    if (RULE.test(raw)) {
      close();
      continue;
    }
    const quote = QUOTE.exec(raw);
    if (quote) {
      const inner = raw.slice(quote[0].length);
      if (isBlank(inner)) {
        close();
        continue;
      }
      if (current && current.kind === 'quote') {
        current.end = trimmedRange(text, line.start, line.end)[1];
      } else {
        close();
        push('quote', 0, line, line.start + quote[0].length, line.end);
      }
      continue;
    }
    if (raw.trimStart().startsWith('|')) {
      close();
      if (!TABLE_SEPARATOR.test(raw)) {
        const trimmed = raw.replace(/[ \t]*\|?[ \t]*$/, '');
        const from = line.start + raw.indexOf('|') + 1;
        push('table-row', 0, line, from, line.start + Math.max(trimmed.length, raw.indexOf('|') + 1));
        close();
      }
      continue;
    }
    const item = matchListMarker(raw, indentWidth);
    if (item) {
      close();
      push('list-item', nesting.depthFor(item.indent), line, line.start + item.contentOffset, line.end);
      continue;
    }
    if (current && (current.kind === 'paragraph' || current.kind === 'list-item' || current.kind === 'quote')) {
      // Lazy continuation: the line belongs to the paragraph, item or quote above it.
      current.end = trimmedRange(text, line.start, line.end)[1];
      continue;
    }
    close();
    if (indentWidth(raw) === 0) nesting.reset();
    push('paragraph', 0, line, line.start, line.end);
  }
  close();
  return blocks;
}

/** A fenced code block becomes one `code` block holding the lines between the fences. */
function readFence(lines: SourceLine[], at: number, marker: string, blocks: Block[], text: string): number {
  const closing = new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}[ \\t]*$`);
  let j = at + 1;
  while (j < lines.length && !closing.test((lines[j] as SourceLine).text)) j += 1;
  const first = lines[at + 1];
  const last = lines[Math.min(j, lines.length) - 1];
  if (first && last && j > at + 1) {
    const [s, e] = trimmedRange(text, first.start, last.end);
    if (e > s) blocks.push({ kind: 'code', level: 0, start: s, end: e, line: first.number, text: text.slice(s, e) });
  }
  return j;
}

/** YAML front matter (`---` … `---` on the first lines) is kept as a code block, not prose. */
function skipFrontMatter(lines: SourceLine[], blocks: Block[], text: string): number {
  if (lines[0]?.text.trim() !== '---') return 0;
  const endAt = lines.findIndex((l, k) => k > 0 && /^(---|\.\.\.)\s*$/.test(l.text));
  if (endAt < 0) return 0;
  return readFenceRange(lines, endAt, blocks, text);
}

function readFenceRange(lines: SourceLine[], endAt: number, blocks: Block[], text: string): number {
  const first = lines[1];
  const last = lines[endAt - 1];
  if (first && last && endAt > 1) {
    const [s, e] = trimmedRange(text, first.start, last.end);
    if (e > s) blocks.push({ kind: 'code', level: 0, start: s, end: e, line: first.number, text: text.slice(s, e) });
  }
  return endAt + 1;
}
