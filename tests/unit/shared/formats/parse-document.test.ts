import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../../shared/formats/index.js';
import type { Block } from '../../../../shared/model.js';

function expectOffsetsHold(text: string, blocks: Block[]): void {
  for (const b of blocks) expect(text.slice(b.start, b.end)).toBe(b.text);
}

describe('parseDocument (md)', () => {
  it('reads ATX and setext headings without their markers', () => {
    const text = '# Title #\n\nIntro text.\n\nSub part\n--------\n\nBody\n===\n## Second';
    const blocks = parseDocument(text, 'md');
    expect(blocks.map((b) => [b.kind, b.level, b.text, b.line])).toEqual([
      ['heading', 1, 'Title', 1],
      ['paragraph', 0, 'Intro text.', 3],
      ['heading', 2, 'Sub part', 5],
      ['heading', 1, 'Body', 8],
      ['heading', 2, 'Second', 10],
    ]);
    expectOffsetsHold(text, blocks);
  });

  it('joins consecutive lines into one paragraph and keeps inline markup', () => {
    const text = 'First line with **bold**\nand a [link](http://x.org).\n\nNext.';
    const blocks = parseDocument(text, 'md');
    expect(blocks.map((b) => b.text)).toEqual(['First line with **bold**\nand a [link](http://x.org).', 'Next.']);
  });

  it('gives one block per list item with nesting depth', () => {
    const text = '- one\n- two\n  - two a\n    1. deep\n* three\n+ four\n• five\n1) six\n2. seven';
    const blocks = parseDocument(text, 'md');
    expect(blocks.map((b) => [b.kind, b.level, b.text])).toEqual([
      ['list-item', 0, 'one'],
      ['list-item', 0, 'two'],
      ['list-item', 1, 'two a'],
      ['list-item', 2, 'deep'],
      ['list-item', 0, 'three'],
      ['list-item', 0, 'four'],
      ['list-item', 0, 'five'],
      ['list-item', 0, 'six'],
      ['list-item', 0, 'seven'],
    ]);
    expectOffsetsHold(text, blocks);
  });

  it('reads quotes, fenced code and table rows', () => {
    const text = '> Quoted line\n> goes on.\n\n```js\nconst a = 1;\n```\n\n| A | B |\n|---|---|\n| 1 | 2 |\n';
    const blocks = parseDocument(text, 'md');
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['quote', 'Quoted line\n> goes on.'],
      ['code', 'const a = 1;'],
      ['table-row', 'A | B'],
      ['table-row', '1 | 2'],
    ]);
    expectOffsetsHold(text, blocks);
  });

  it('keeps offsets and line numbers right with CRLF line endings', () => {
    const text = '# Título\r\n\r\nPárrafo uno.\r\nSigue.\r\n\r\n- ítem';
    const blocks = parseDocument(text, 'md');
    expect(blocks.map((b) => [b.kind, b.text, b.line])).toEqual([
      ['heading', 'Título', 1],
      ['paragraph', 'Párrafo uno.\r\nSigue.', 3],
      ['list-item', 'ítem', 6],
    ]);
    expectOffsetsHold(text, blocks);
  });

  it('skips thematic breaks and YAML front matter prose', () => {
    const text = '---\ntitle: x\n---\nText\n\n***\n\nMore';
    const blocks = parseDocument(text, 'md');
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['code', 'title: x'],
      ['paragraph', 'Text'],
      ['paragraph', 'More'],
    ]);
  });

  it('returns no blocks for an empty or blank document', () => {
    expect(parseDocument('', 'md')).toEqual([]);
    expect(parseDocument('\n  \n', 'md')).toEqual([]);
  });
});

describe('parseDocument (txt)', () => {
  it('splits paragraphs at blank lines and recognises list items', () => {
    const text = 'First para\nstill first.\n\nSecond.\n1. item one\n2. item two\n   - sub\n\nLast.';
    const blocks = parseDocument(text, 'txt');
    expect(blocks.map((b) => [b.kind, b.level, b.text, b.line])).toEqual([
      ['paragraph', 0, 'First para\nstill first.', 1],
      ['paragraph', 0, 'Second.', 4],
      ['list-item', 0, 'item one', 5],
      ['list-item', 0, 'item two', 6],
      ['list-item', 1, 'sub', 7],
      ['paragraph', 0, 'Last.', 9],
    ]);
    expectOffsetsHold(text, blocks);
  });

  it('does not treat "# " as a heading in plain text', () => {
    expect(parseDocument('# not a heading', 'txt')[0]?.kind).toBe('paragraph');
  });
});
