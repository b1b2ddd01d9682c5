// Review notes as Markdown: a title, a summary by severity and status, then one table per document.
import type { AnnotationStatus, Severity } from '../model.js';
import type { ReviewNote, ReviewNotes } from './notes.js';
import { dimensionHeader, dimensionRows, scoreHeader, scoreRows, scoringNote } from './scorecard-table.js';

const severities: Severity[] = ['critical', 'major', 'minor', 'neutral'];
const statuses: AnnotationStatus[] = ['open', 'resolved', 'wontfix'];
const statusLabel: Record<AnnotationStatus, string> = { open: 'Open', resolved: 'Resolved', wontfix: "Won't fix" };
const severityLabel: Record<Severity, string> = { critical: 'Critical', major: 'Major', minor: 'Minor', neutral: 'Neutral' };

export function toMarkdown(notes: ReviewNotes): string {
  const out: string[] = [`# Review notes: ${inline(notes.setName)}`, ''];
  const count = notes.notes.length;
  out.push(`Exported ${inline(notes.exported)} · ${count} ${count === 1 ? 'note' : 'notes'} in ${notes.documents.length} ${notes.documents.length === 1 ? 'document' : 'documents'}.`, '');
  out.push('## Summary', '', `| Severity | ${statuses.map((s) => statusLabel[s]).join(' | ')} | Total |`, `|---|${statuses.map(() => '---:').join('|')}|---:|`);
  for (const severity of severities) {
    const ofSeverity = notes.notes.filter((n) => n.severity === severity);
    const byStatus = statuses.map((status) => ofSeverity.filter((n) => n.status === status).length);
    out.push(`| ${severityLabel[severity]} | ${byStatus.join(' | ')} | ${ofSeverity.length} |`);
  }
  const totals = statuses.map((status) => notes.notes.filter((n) => n.status === status).length);
  out.push(`| **Total** | ${totals.join(' | ')} | ${count} |`, '');
  if (notes.scorecard) out.push(...scorecardSection(notes.scorecard));

  for (const document of notes.documents) {
    const ofDocument = notes.notes.filter((n) => n.file === document.id);
    const label = document.label ? ` — ${inline(document.label)}` : '';
    out.push(`## ${inline(document.fileName)}${label}`, '', `Language: ${inline(document.language)} · role: ${document.role} · ${ofDocument.length} ${ofDocument.length === 1 ? 'note' : 'notes'}`, '');
    if (document.problem) out.push(`> **Warning:** ${inline(document.problem)}`, '');
    if (ofDocument.length === 0) continue;
    out.push(
      '| Place | Severity | Category | Status | Marked text | Source | Target | Comment | Suggestion | Author | Date |',
      '|---|---|---|---|---|---|---|---|---|---|---|',
    );
    for (const note of ofDocument) out.push(row(note));
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function scorecardSection(card: NonNullable<ReviewNotes['scorecard']>): string[] {
  const table = (header: string[], rows: (string | number)[][]) => [
    `| ${header.join(' | ')} |`,
    `|${header.map((_, i) => (i < 2 ? '---' : '---:')).join('|')}|`,
    ...rows.map((r) => `| ${r.map((v) => cellText(String(v))).join(' | ')} |`),
  ];
  const scores = scoreRows(card);
  const last = scores[scores.length - 1];
  if (last) scores[scores.length - 1] = last.map((v, i) => (i === 0 ? '**Set**' : v));
  return ['## Scorecard (MQM)', '', scoringNote(card), '', ...table(scoreHeader, scores), '', '### Errors by dimension (set)', '', ...table(dimensionHeader, dimensionRows(card)), ''];
}

function row(note: ReviewNote): string {
  const place = note.line === null ? 'not found' : `${note.line}:${note.column ?? 1}`;
  return `| ${[
    place, severityLabel[note.severity], cellText(note.category), statusLabel[note.status], cellText(note.markedText),
    cellText(note.sourceText), cellText(note.targetText), cellText(note.comment), cellText(note.suggestion),
    cellText(note.author), cellText(note.date),
  ].join(' | ')} |`;
}

// Table cells: a `|` would end the cell and a newline the row; HTML in a comment must show as text.
function cellText(text: string): string {
  return escapeHtml(text).replace(/\|/g, '\\|').replace(/\r\n|\r|\n/g, '<br>');
}

/** Text on one line outside a table: a title, a label. */
function inline(text: string): string {
  return escapeHtml(text).replace(/\s*[\r\n]+\s*/g, ' ');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
