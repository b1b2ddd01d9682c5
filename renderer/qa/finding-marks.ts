// Findings → decorations per pane: the flagged span in its own pane, the compared spans in the others.
import type { QaFinding } from '../../shared/api.js';
import type { DocumentInfo } from '../../shared/model.js';
import type { QaMark } from '../panes/qa-marks.js';

export function findingMarks(findings: readonly QaFinding[], documents: readonly DocumentInfo[], currentId: string | null): QaMark[][] {
  const paneOf = new Map(documents.map((d, i) => [d.id, i]));
  const marks: QaMark[][] = documents.map(() => []);
  for (const f of findings) {
    const current = f.id === currentId;
    const base = { severity: f.severity, title: f.title, message: f.message, current };
    const pane = paneOf.get(f.documentId);
    if (pane !== undefined) marks[pane]?.push({ ...base, id: f.id, start: f.start, end: f.end, related: false });
    f.related.forEach((r, k) => {
      const other = paneOf.get(r.documentId);
      if (other !== undefined) marks[other]?.push({ ...base, id: `${f.id}:related:${k}`, start: r.start, end: r.end, related: true });
    });
  }
  return marks;
}
