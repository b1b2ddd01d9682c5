import { describe, expect, it } from 'vitest';
import { toMarkdown, type ReviewNote, type ReviewNotes } from '../../../../shared/export/index.js';

function note(fields: Partial<ReviewNote>): ReviewNote {
  return {
    file: 'guide.te.md', line: 2, column: 5, sourceText: 'Hello', targetText: 'నమస్కారం', markedText: 'నమస్కారం',
    category: 'accuracy/mistranslation', severity: 'major', comment: 'Wrong greeting', suggestion: '', author: 'Ana',
    date: '2025-01-01T00:00:00.000Z', status: 'open', orphaned: false, ...fields,
  };
}

const notes: ReviewNotes = {
  setName: 'Guide',
  exported: '2025-02-03T00:00:00.000Z',
  documents: [
    { id: 'guide.en.md', fileName: 'guide.en.md', language: 'en', role: 'source' },
    { id: 'guide.te.md', fileName: 'guide.te.md', language: 'te', role: 'target', label: 'Telugu' },
  ],
  notes: [
    note({}),
    note({ severity: 'minor', status: 'resolved', comment: 'a | b\nsecond line <b>', line: 9, column: 1 }),
    note({ severity: 'minor', line: null, column: null, orphaned: true }),
  ],
};

describe('toMarkdown', () => {
  const md = toMarkdown(notes);

  it('has a title and a summary by severity and status', () => {
    expect(md.startsWith('# Review notes: Guide\n')).toBe(true);
    expect(md).toContain('| Severity | Open | Resolved | Won\'t fix | Total |');
    expect(md).toContain('| Major | 1 | 0 | 0 | 1 |');
    expect(md).toContain('| Minor | 1 | 1 | 0 | 2 |');
    expect(md).toContain('| **Total** | 2 | 1 | 0 | 3 |');
  });

  it('lists each document with its notes and their places', () => {
    expect(md).toContain('## guide.en.md\n');
    expect(md).toContain('## guide.te.md — Telugu\n');
    expect(md).toContain('| 2:5 | Major | accuracy/mistranslation | Open | నమస్కారం | Hello | నమస్కారం | Wrong greeting |');
    expect(md).toContain('| not found | Minor |');
  });

  it('escapes pipes, newlines and HTML inside cells', () => {
    expect(md).toContain('a \\| b<br>second line &lt;b&gt;');
    const tableRows = md.split('\n').filter((line) => line.startsWith('| 9:1'));
    expect(tableRows).toHaveLength(1);
    expect(tableRows[0]?.split(/(?<!\\)\|/).length).toBe(13);
  });
});
