// Rows the alignment left partly empty: text the source has and the target lacks (omission) or the
// other way round (addition).
import { cellSpan, insertionPoint, isEmptyCell } from '../cells.js';
import { finding } from '../findings.js';
import { comparedPairs } from '../pairs.js';
import type { Finding, QaCheck } from '../types.js';

export const omissionCheck: QaCheck = {
  id: 'omission',
  title: 'Source text missing from the target',
  defaultSeverity: 'major',
  category: 'accuracy/omission',
  run(row, context) {
    if (row.kind !== 'partial') return [];
    const findings: Finding[] = [];
    for (const { source, target } of comparedPairs(context)) {
      if (!isEmptyCell(row.cells[target])) continue;
      const missing = cellSpan(row.cells[source], source);
      if (!missing) continue;
      const at = insertionPoint(context, target, context.rowIndex);
      const what = context.sourceIndex === null ? 'the first document' : 'the source';
      findings.push(finding(omissionCheck, { documentIndex: target, start: at, end: at }, `A sentence of ${what} has no translation here.`, [missing]));
    }
    return findings;
  },
};

export const additionCheck: QaCheck = {
  id: 'addition',
  title: 'Target text with no source',
  defaultSeverity: 'major',
  category: 'accuracy/addition',
  run(row, context) {
    if (row.kind !== 'partial') return [];
    const findings: Finding[] = [];
    for (const { source, target } of comparedPairs(context)) {
      if (!isEmptyCell(row.cells[source])) continue;
      const added = cellSpan(row.cells[target], target);
      if (!added) continue;
      const at = insertionPoint(context, source, context.rowIndex);
      const what = context.sourceIndex === null ? 'the first document' : 'the source';
      findings.push(finding(additionCheck, added, `This text has no counterpart in ${what}.`, [{ documentIndex: source, start: at, end: at }]));
    }
    return findings;
  },
};
