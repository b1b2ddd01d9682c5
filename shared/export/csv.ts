// Review notes as CSV (RFC 4180) that Excel and LibreOffice open correctly: UTF-8 with a BOM so
// non-Latin text is not mangled, CRLF line ends, and a guard against formula injection.
import type { ReviewNotes } from './notes.js';
import { dimensionHeader, dimensionRows, scoreHeader, scoreRows } from './scorecard-table.js';

const header = [
  'File', 'Line', 'Column', 'Severity', 'Category', 'Status', 'Marked text', 'Source text',
  'Target text', 'Comment', 'Suggestion', 'Author', 'Date',
];

export function toCsv(notes: ReviewNotes): string {
  const lines = [header.map(cell).join(',')];
  for (const note of notes.notes) {
    lines.push(
      [
        note.file, note.line ?? '', note.column ?? '', note.severity, note.category, note.status,
        note.markedText, note.sourceText, note.targetText, note.comment, note.suggestion, note.author, note.date,
      ]
        .map(cell)
        .join(','),
    );
  }
  // The scorecard follows the notes after one empty line, as two more tables with their own header
  // rows and fewer columns than the notes, so the notes table above stays as it was.
  if (notes.scorecard) {
    lines.push('', scoreHeader.map(cell).join(','), ...scoreRows(notes.scorecard).map((r) => r.map(cell).join(',')));
    lines.push('', dimensionHeader.map(cell).join(','), ...dimensionRows(notes.scorecard).map((r) => r.map(cell).join(',')));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function cell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  // A spreadsheet runs a cell starting with one of these as a formula (OWASP "CSV injection").
  const guarded = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}
