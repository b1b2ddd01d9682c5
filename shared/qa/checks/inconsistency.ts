// The same source sentence translated two ways, or two different source sentences given the same
// translation. Groups are built once per set; each row then looks itself up.
import { cellSpan, cellView, isEmptyCell, memoised } from '../cells.js';
import { finding, quote } from '../findings.js';
import { comparedPairs } from '../pairs.js';
import { pairKey, setMemo } from '../set-memo.js';
import { isWhiteSpace } from '../text/white-space.js';
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
      const groups = setMemo(context, pairKey('inconsistency', source, target), () => pairGroups(context, source, target));
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
  // Nearly every sentence is unique: a key's first row is kept as a number, and a group (with its
  // occurrences) is only made once a second row shares the key. Groups of one are never reported.
  const sourceKeys: (string | null)[] = new Array<string | null>(context.rows.length).fill(null);
  const targetKeys: (string | null)[] = new Array<string | null>(context.rows.length).fill(null);
  const firstBySource = new Map<string, number>();
  const firstByTarget = new Map<string, number>();
  const bySource = new Map<string, Occurrence[]>();
  const byTarget = new Map<string, Occurrence[]>();
  const rows = context.rows;
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index];
    if (!row) continue;
    const sourceCell = row.cells[source];
    const targetCell = row.cells[target];
    if (row.kind !== 'match' || isEmptyCell(sourceCell) || isEmptyCell(targetCell) || !sourceCell || !targetCell) continue;
    const sourceKey = memoised(cellView(sourceCell), 'consistency-key', consistencyKey);
    const targetKey = memoised(cellView(targetCell), 'consistency-key', consistencyKey);
    if (sourceKey === null || targetKey === null) continue;
    sourceKeys[index] = sourceKey;
    targetKeys[index] = targetKey;
    add(bySource, firstBySource, sourceKey, index, targetKeys);
    add(byTarget, firstByTarget, targetKey, index, sourceKeys);
  }
  return { differentTarget: outliers(bySource), differentSource: laterDifferent(byTarget) };
}

/** Records row `index` under `key`; `otherKeys` holds, per row, the key of the other side. */
function add(groups: Map<string, Occurrence[]>, firsts: Map<string, number>, key: string, index: number, otherKeys: (string | null)[]): void {
  const list = groups.get(key);
  if (list) {
    list.push({ row: index, key: otherKeys[index] ?? '' });
    return;
  }
  const first = firsts.get(key);
  if (first === undefined) firsts.set(key, index);
  else groups.set(key, [{ row: first, key: otherKeys[first] ?? '' }, { row: index, key: otherKeys[index] ?? '' }]);
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
  const lower = text.toLowerCase();
  const flat = needsCollapsing(lower) ? lower.replace(/\s+/g, ' ') : lower;
  let end = flat.length;
  while (end > 0 && trailingNoise.test(flat[end - 1] ?? '')) end--;
  let start = 0;
  while (start < end && flat.charCodeAt(start) === 32) start++;
  return flat.slice(start, end);
}

const trailingNoise = /[\s\p{P}]/u;

// Whether `replace(/\s+/g, ' ')` would change the text: a whitespace other than a lone space.
function needsCollapsing(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32) {
      if (isWhiteSpace(text.charCodeAt(i + 1))) return true;
    } else if (isWhiteSpace(code)) return true;
  }
  return false;
}

const fourLetters = new RegExp(`(?:\\p{L}[^\\p{L}]*){${minimumLetters}}`, 'u');

/** The normalised text, or null when it has too few letters to say anything about consistency. */
function consistencyKey(text: string): string | null {
  const key = normalise(text);
  return fourLetters.test(key) ? key : null;
}
