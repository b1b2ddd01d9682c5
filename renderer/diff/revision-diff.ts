// Difference marks for the panes: revisions of one translation (two documents in the same
// language) compared row by row, and a document compared with its text at the last review.
import { changesIn, rowWordDiff, type RowTexts } from '../../shared/diff/word-diff.js';
import type { AlignedRow, DocumentInfo, Segment } from '../../shared/model.js';
import type { DiffMark } from '../panes/diff-marks.js';

/** Pairs (older, newer) of pane indices in the same language, in set order. */
export function revisionPairs(documents: readonly DocumentInfo[]): [number, number][] {
  const byLanguage = new Map<string, number[]>();
  documents.forEach((d, i) => {
    const key = d.language.toLowerCase();
    byLanguage.set(key, [...(byLanguage.get(key) ?? []), i]);
  });
  const pairs: [number, number][] = [];
  for (const panes of byLanguage.values()) {
    for (let k = 1; k < panes.length; k++) pairs.push([panes[k - 1] as number, panes[k] as number]);
  }
  return pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}

function cellText(cell: readonly Segment[] | undefined, text: string): { text: string; start: number } | null {
  const first = cell?.[0];
  const last = cell?.[cell.length - 1];
  if (!first || !last) return null;
  return { text: text.slice(first.start, last.end), start: first.start };
}

/** Word-diff marks of every revision pair, per pane. */
export function revisionMarks(documents: readonly DocumentInfo[], texts: readonly string[], rows: readonly AlignedRow[]): DiffMark[][] {
  const marks: DiffMark[][] = documents.map(() => []);
  for (const [a, b] of revisionPairs(documents)) {
    const older = documents[a];
    const newer = documents[b];
    if (!older || !newer) continue;
    const rowTexts: RowTexts[] = rows.map((row) => ({ older: cellText(row.cells[a], texts[a] ?? ''), newer: cellText(row.cells[b], texts[b] ?? '') }));
    const diff = rowWordDiff(rowTexts, older.language);
    for (const s of diff.removed) marks[a]?.push({ ...s, kind: 'removed', note: `Not in ${newer.fileName}` });
    for (const s of diff.added) marks[b]?.push({ ...s, kind: 'added', note: `New in ${newer.fileName} (not in ${older.fileName})` });
  }
  return marks;
}

/** Marks of what changed in a document since its text at the last review (`snapshot`). */
export function changesSinceReviewMarks(snapshot: string, current: string, language: string): DiffMark[] {
  const { added, removed } = changesIn(snapshot, current, language);
  const quote = (text: string) => (text.length > 200 ? `${text.slice(0, 199)}…` : text);
  return [
    ...added.map((s): DiffMark => ({ ...s, kind: 'added', note: 'Changed since the last review' })),
    ...removed.map((r): DiffMark => ({ start: r.at, end: r.at, kind: 'removed-here', note: `Removed since the last review: “${quote(r.text)}”` })),
  ];
}

/** True when two documents of the set share a language: the set has revisions to compare. */
export function hasRevisions(documents: readonly DocumentInfo[]): boolean {
  return revisionPairs(documents).length > 0;
}
