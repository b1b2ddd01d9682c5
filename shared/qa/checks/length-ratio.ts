// A target much longer or shorter than this pair usually is hints at an omission or an addition.
// "Usually" is the pair's own ratio (the median row log-ratio: the overall ratio, but not dragged by
// the very outliers it is meant to expose), and "much" is measured in robust standard deviations
// (MAD) of the log-ratios, so a language that runs 30 % longer is not flagged for being itself.
import { cellSpan, cellView, isEmptyCell, memoised } from '../cells.js';
import { finding } from '../findings.js';
import { comparedPairs } from '../pairs.js';
import { pairKey, setMemo } from '../set-memo.js';
import type { Finding, QaCheck, QaContext } from '../types.js';

const minimumRows = 8;
const minimumLength = 20;
const deviations = 3;
// Never flag less than a 1.8× departure from the pair's ratio, however regular the pair is.
const minimumLogDeviation = Math.log(1.8);

export interface PairRatios {
  /** Log of the pair's usual ratio. */
  logRatio: number;
  /** Robust standard deviation of the rows' log-ratios. */
  spread: number;
  /** Allowed distance of a row's log-ratio from logRatio. */
  tolerance: number;
  usable: boolean;
}

export const lengthRatioCheck: QaCheck = {
  id: 'length-ratio',
  title: 'Unusual length compared with the source',
  defaultSeverity: 'minor',
  category: 'accuracy/omission',
  run(row, context) {
    if (row.kind !== 'match') return [];
    const findings: Finding[] = [];
    for (const { source, target } of comparedPairs(context)) {
      const sourceCell = row.cells[source];
      const targetCell = row.cells[target];
      if (isEmptyCell(sourceCell) || isEmptyCell(targetCell) || !sourceCell || !targetCell) continue;
      const ratios = pairRatioOf(context, source, target);
      if (!ratios.usable) continue;
      const sourceLength = memoised(cellView(sourceCell), 'visible-length', visibleLength);
      const targetLength = memoised(cellView(targetCell), 'visible-length', visibleLength);
      if (Math.max(sourceLength, targetLength) < minimumLength || sourceLength === 0 || targetLength === 0) continue;
      const deviation = Math.log(targetLength / sourceLength) - ratios.logRatio;
      if (Math.abs(deviation) <= ratios.tolerance) continue;
      const span = cellSpan(targetCell, target);
      const related = cellSpan(sourceCell, source);
      if (!span || !related) continue;
      const factor = Math.exp(Math.abs(deviation)).toFixed(1);
      const longer = deviation > 0;
      findings.push(
        finding(lengthRatioCheck, span, `${factor}× ${longer ? 'longer' : 'shorter'} than this pair's usual ratio to the source: ${longer ? 'added text' : 'something left out'}?`, [related], {
          category: longer ? 'accuracy/addition' : 'accuracy/omission',
        }),
      );
    }
    return findings;
  },
};

/** The pair's usual length ratio and its spread, computed once per set. */
export function pairRatioOf(context: QaContext, source: number, target: number): PairRatios {
  return setMemo(context, pairKey('length-ratio', source, target), () => pairRatios(context, source, target));
}

function pairRatios(context: QaContext, source: number, target: number): PairRatios {
  const logs: number[] = [];
  for (const row of context.rows) {
    if (row.kind !== 'match') continue;
    const sourceCell = row.cells[source];
    const targetCell = row.cells[target];
    if (isEmptyCell(sourceCell) || isEmptyCell(targetCell) || !sourceCell || !targetCell) continue;
    const s = memoised(cellView(sourceCell), 'visible-length', visibleLength);
    const t = memoised(cellView(targetCell), 'visible-length', visibleLength);
    if (s === 0 || t === 0) continue;
    logs.push(Math.log(t / s));
  }
  if (logs.length < minimumRows) return { logRatio: 0, spread: Infinity, tolerance: Infinity, usable: false };
  const logRatio = median(logs);
  const mad = median(logs.map((value) => Math.abs(value - logRatio)));
  return { logRatio, spread: 1.4826 * mad, tolerance: Math.max(deviations * 1.4826 * mad, minimumLogDeviation), usable: true };
}

function median(values: number[]): number {
  const sorted = Float64Array.from(values).sort();
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Characters other than whitespace, counted in code points. */
export function visibleLength(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0) continue;
    if (code >= 0xdc00 && code <= 0xdfff) continue;
    count++;
  }
  return count;
}
