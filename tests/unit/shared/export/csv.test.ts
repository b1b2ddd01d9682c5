import { describe, expect, it } from 'vitest';
import { toCsv, type ReviewNote, type ReviewNotes } from '../../../../shared/export/index.js';

function note(fields: Partial<ReviewNote>): ReviewNote {
  return {
    file: 'guide.ja.md', line: 4, column: 7, sourceText: 'Hello', targetText: 'こんにちは', markedText: 'こんにちは',
    category: 'style', severity: 'minor', comment: 'ok', suggestion: '', author: 'Ana', date: '2025-01-01T00:00:00.000Z',
    status: 'open', orphaned: false, ...fields,
  };
}

function notesOf(...list: ReviewNote[]): ReviewNotes {
  return { setName: 'Guide', exported: 'now', documents: [], notes: list };
}

/** Minimal RFC 4180 reader, to check that what we write reads back as the same cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('toCsv', () => {
  it('starts with a BOM and a header, ends rows with CRLF', () => {
    const csv = toCsv(notesOf(note({})));
    expect(csv.startsWith('\uFEFFFile,Line,Column,Severity,Category,Status,Marked text,Source text,Target text,Comment,Suggestion,Author,Date\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows[1]?.slice(0, 3)).toEqual(['guide.ja.md', '4', '7']);
    expect(rows[1]).toContain('こんにちは');
  });

  it('quotes commas, quotes and newlines, doubling quotes', () => {
    const tricky = 'He said "no", then\nleft';
    const csv = toCsv(notesOf(note({ comment: tricky, suggestion: 'a\r\nb' })));
    expect(csv).toContain('"He said ""no"", then\nleft"');
    const rows = parseCsv(csv.slice(1));
    expect(rows).toHaveLength(2);
    expect(rows[1]?.[9]).toBe(tricky);
    expect(rows[1]?.[10]).toBe('a\r\nb');
  });

  it('guards cells that a spreadsheet would run as a formula', () => {
    const csv = toCsv(notesOf(note({ comment: '=HYPERLINK("http://x")', suggestion: '+1', markedText: '-2', author: '@me' })));
    const row = parseCsv(csv.slice(1))[1] ?? [];
    expect(row[9]).toBe(`'=HYPERLINK("http://x")`);
    expect(row[10]).toBe("'+1");
    expect(row[6]).toBe("'-2");
    expect(row[11]).toBe("'@me");
  });

  it('leaves the place of an orphaned note empty', () => {
    const row = parseCsv(toCsv(notesOf(note({ line: null, column: null }))).slice(1))[1] ?? [];
    expect(row.slice(1, 3)).toEqual(['', '']);
  });
});
