// Text the source has and the target lacks (omission), or the other way round (addition): rows the
// alignment left partly empty, and sentences inside a row that merges several (an aligner pairs two
// source sentences with the one that survived, or one source sentence with it and an invented one).
import { cellSpan, insertionPoint, isEmptyCell } from '../cells.js';
import { finding, quote } from '../findings.js';
import { comparedPairs } from '../pairs.js';
import type { Finding, QaCheck } from '../types.js';
import { inMergedRow, isSplitSentence } from './omission-in-rows.js';

export const omissionCheck: QaCheck = {
  id: 'omission',
  title: 'Source text missing from the target',
  defaultSeverity: 'major',
  category: 'accuracy/omission',
  run(row, context) {
    if (row.kind !== 'partial' && row.kind !== 'match') return [];
    const findings: Finding[] = [];
    const what = context.sourceIndex === null ? 'the first document' : 'the source';
    for (const { source, target } of comparedPairs(context)) {
      if (row.kind === 'match') {
        const found = inMergedRow(row, context, source, target);
        if (found?.side !== 'source') continue;
        const whole = cellSpan(row.cells[target], target);
        if (!whole) continue;
        const message = `${quote(found.segment.text, 60)} (${what}) seems to have no translation here: this passage is ${found.factor}× shorter than the pair's usual ratio with it, and fits without it.`;
        findings.push(finding(omissionCheck, whole, message, [{ documentIndex: source, start: found.segment.start, end: found.segment.end }]));
        continue;
      }
      if (!isEmptyCell(row.cells[target])) continue;
      const missing = cellSpan(row.cells[source], source);
      if (!missing || isSplitSentence(context, source, target, 'source')) continue;
      const at = insertionPoint(context, target, context.rowIndex);
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
    if (row.kind !== 'partial' && row.kind !== 'match') return [];
    const findings: Finding[] = [];
    const what = context.sourceIndex === null ? 'the first document' : 'the source';
    for (const { source, target } of comparedPairs(context)) {
      if (row.kind === 'match') {
        const found = inMergedRow(row, context, source, target);
        if (found?.side !== 'target') continue;
        const related = cellSpan(row.cells[source], source);
        const message = `This sentence seems to have no counterpart in ${what}: the passage is ${found.factor}× longer than the pair's usual ratio, and fits without it.`;
        findings.push(finding(additionCheck, { documentIndex: target, start: found.segment.start, end: found.segment.end }, message, related ? [related] : []));
        continue;
      }
      if (!isEmptyCell(row.cells[source])) continue;
      const added = cellSpan(row.cells[target], target);
      if (!added || isSplitSentence(context, source, target, 'target')) continue;
      const at = insertionPoint(context, source, context.rowIndex);
      findings.push(finding(additionCheck, added, `This text has no counterpart in ${what}.`, [{ documentIndex: source, start: at, end: at }]));
    }
    return findings;
  },
};
