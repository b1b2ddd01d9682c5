// Export of a set's review notes to a file the reviewer hands on (CSV for spreadsheets, Markdown
// for reading). Gathering happens in the service; this renders, names and saves.
import type { ExportFormat, ExportResult } from '../../shared/api.js';
import { toCsv, toMarkdown, type ReviewNotes } from '../../shared/export/index.js';
import { writeFileAtomic } from './atomic-file.js';

/** `<set name>-review.<ext>`, with characters that file systems reject replaced. */
export function exportFileName(setName: string, format: ExportFormat): string {
  const safe = setName.replace(/[\\/:*?"<>|\p{Cc}]+/gu, '-').replace(/^[.\s-]+|[.\s]+$/g, '') || 'verso';
  return `${safe}-review.${format}`;
}

export async function renderNotes(notes: ReviewNotes, format: ExportFormat, outPath: string | undefined): Promise<ExportResult> {
  const content = format === 'csv' ? toCsv(notes) : toMarkdown(notes);
  if (outPath) await writeFileAtomic(outPath, content);
  return { format, fileName: exportFileName(notes.setName, format), content, savedTo: outPath ?? null };
}
