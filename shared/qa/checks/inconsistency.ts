// The same source sentence translated two ways, or two different source sentences given the same
// translation. Groups are built once per set; each row then looks itself up.
import { cellSpan, cellView, isEmptyCell, memoised } from '../cells.js';
import { finding, quote } from '../findings.js';
import { comparedPairs } from '../pairs.js';
import { setMemo } from '../set-memo.js';
import type { Finding, FindingSpan, QaCheck, QaContext } from '../types.js';

interface Occurrence {
  row: number;
  key: string;
}

interface PairGroups {
  /** For each row: the row whose target this row's target should have matched (the majority). */
  differentTarget: Map<number, number>;
  /** For each row: an earlier row with the same target but a different source. */
  differentSource: Map<number, number>;
}

const minimumLetters = 4;

export const inconsistencyCheck: QaCheck = {
  id: 'inconsistency',
  title: 'Inconsistent translation',
  defaultSeverity: 'minor',
  category: 'terminology/inconsistent-use',
  run(row, context) {
    const findings: Finding[] = [];
    for (const { source, target } of comparedPairs(context)) {
      const groups = setMemo(context, `inconsistency:${source}:${target}`, () => pairGroups(context, source, target));
      const here = cellSpan(row.cells[target], target);
      const hereSource = cellSpan(row.cells[source], source);
      if (!here || !hereSource) continue;
      const majorityRow = groups.differentTarget.get(context.rowIndex);
      if (majorityRow !== undefined) {
        const other = context.rows[majorityRow];
        const related = [hereSource, ...spans(other?.cells[target], target)];
        const otherText = other?.cells[target] ? cellView(other.cells[target]).text : '';
        findings.push(finding(inconsistencyCheck, here, `The same source is translated elsewhere as ${quote(otherText)}.`, related));
      }
      const sourceRow = groups.differentSource.get(context.rowIndex);
      if (sourceRow !== undefined) {
        const other = context.rows[sourceRow];
        const otherSource = other?.cells[source] ? cellView(other.cells[source]).text : '';
        const related = [hereSource, ...spans(other?.cells[source], source), ...spans(other?.cells[target], target)];
        findings.push(finding(inconsistencyCheck, here, `The same translation is used elsewhere for a different source: ${quote(otherSource)}.`, related));
      }
    }
    return findings;
  },
};

function spans(cell: Parameters<typeof cellSpan>[0], documentIndex: number): FindingSpan[] {
  const span = cellSpan(cell, documentIndex);
  return span ? [span] : [];
}

function pairGroups(context: QaContext, source: number, target: number): PairGroups {
  const bySource = new Map<string, Occurrence[]>();
  const byTarget = new Map<string, Occurrence[]>();
  context.rows.forEach((row, index) => {
    const sourceCell = row.cells[source];
    const targetCell = row.cells[target];
    if (row.kind !== 'match' || isEmptyCell(sourceCell) || isEmptyCell(targetCell) || !sourceCell || !targetCell) return;
    const sourceKey = memoised(cellView(sourceCell), 'consistency-key', consistencyKey);
    const targetKey = memoised(cellView(targetCell), 'consistency-key', consistencyKey);
    if (sourceKey === null || targetKey === null) return;
    push(bySource, sourceKey, { row: index, key: targetKey });
    push(byTarget, targetKey, { row: index, key: sourceKey });
  });
  return { differentTarget: outliers(bySource), differentSource: laterDifferent(byTarget) };
}

function push(map: Map<string, Occurrence[]>, key: string, occurrence: Occurrence): void {
  const list = map.get(key);
  if (list) list.push(occurrence);
  else map.set(key, [occurrence]);
}

// Rows whose translation differs from the one most often used for the same source (ties: the first).
function outliers(groups: Map<string, Occurrence[]>): Map<number, number> {
  const result = new Map<number, number>();
  for (const occurrences of groups.values()) {
    if (occurrences.length < 2) continue;
    const counts = new Map<string, { count: number; first: number }>();
    for (const o of occurrences) {
      const seen = counts.get(o.key);
      if (seen) seen.count++;
      else counts.set(o.key, { count: 1, first: o.row });
    }
    if (counts.size < 2) continue;
    let majority = '';
    let best = { count: 0, first: Infinity };
    for (const [key, stats] of counts) {
      if (stats.count > best.count || (stats.count === best.count && stats.first < best.first)) {
        majority = key;
        best = stats;
      }
    }
    for (const o of occurrences) if (o.key !== majority) result.set(o.row, best.first);
  }
  return result;
}

// Rows whose (same) translation stands for a different source than its first use.
function laterDifferent(groups: Map<string, Occurrence[]>): Map<number, number> {
  const result = new Map<number, number>();
  for (const occurrences of groups.values()) {
    const first = occurrences[0];
    if (!first || occurrences.length < 2) continue;
    for (const o of occurrences) if (o.key !== first.key) result.set(o.row, first.row);
  }
  return result;
}

/** Case, whitespace and trailing punctuation do not make two sentences different. */
export function normalise(text: string): string {
  const flat = text.toLowerCase().replace(/\s+/g, ' ');
  let end = flat.length;
  while (end > 0 && trailingNoise.test(flat[end - 1] ?? '')) end--;
  let start = 0;
  while (start < end && flat.charCodeAt(start) === 32) start++;
  return flat.slice(start, end);
}

const trailingNoise = /[\s\p{P}]/u;

const fourLetters = new RegExp(`(?:\\p{L}[^\\p{L}]*){${minimumLetters}}`, 'u');

/** The normalised text, or null when it has too few letters to say anything about consistency. */
function consistencyKey(text: string): string | null {
  const key = normalise(text);
  return fourLetters.test(key) ? key : null;
}
