import { describe, expect, it } from 'vitest';
import { alignDocuments, type AlignInput } from '../../../../shared/align/index.js';
import { parseDocument } from '../../../../shared/formats/index.js';
import { DE, EN } from './fixtures.js';

// Every sentence a paragraph of its own (dialogue, lists, subtitles): the German splits EN[2] in
// two paragraphs, joins EN[3] and EN[4] in one, and leaves EN[5] out.
function doc(path: string, language: string, lines: string[]): AlignInput {
  const text = lines.join('\n\n') + '\n';
  return { path, language, text, blocks: parseDocument(text, 'txt') };
}

describe('paragraph alignment of sentence-sized paragraphs', () => {
  it('keeps a split and a joined paragraph in one row each, next to pinned pairs, and the left-out one alone', () => {
    const result = alignDocuments([doc('s.en.txt', 'en', EN), doc('s.de.txt', 'de', DE)], { level: 'paragraph', sourceIndex: 0 });
    const rows = result.rows.map((row) => row.cells.map((cell) => cell.map((s) => s.text.trim())));
    expect(rows).toEqual([
      [[EN[0]], [DE[0]]],
      [[EN[1]], [DE[1]]],
      [[EN[2]], [DE[2], DE[3]]],
      [[EN[3], EN[4]], [DE[4]]],
      [[EN[5]], []],
      [[EN[6]], [DE[5]]],
      [[EN[7]], [DE[6]]],
    ]);
  });
});
