// Double spaces inside a segment, and leading or trailing whitespace the source does not have.
import { isEmptyCell } from '../cells.js';
import { finding } from '../findings.js';
import { comparedPairs, reviewedDocuments } from '../pairs.js';
import type { Segment } from '../../model.js';
import { isWhiteSpace } from '../text/white-space.js';
import type { Finding, QaCheck } from '../types.js';

// Two or more spaces or tabs between visible characters; a Markdown hard break (spaces before a
// line break) is intended.
const doubleSpace = /(?<=\S)[ \t]{2,}(?=[^\s])/g;
const leading = /^\s+/;
const trailing = /\s+$/;

export const whitespaceCheck: QaCheck = {
  id: 'whitespace',
  title: 'Double spaces or stray leading/trailing whitespace',
  defaultSeverity: 'minor',
  category: 'linguistic-conventions/punctuation',
  run(row, context) {
    const findings: Finding[] = [];
    for (const documentIndex of reviewedDocuments(context)) {
      for (const segment of row.cells[documentIndex] ?? []) {
        if (!segment.text.includes('  ') && !segment.text.includes('\t')) continue;
        doubleSpace.lastIndex = 0;
        for (let match = doubleSpace.exec(segment.text); match; match = doubleSpace.exec(segment.text)) {
          const start = segment.start + match.index;
          findings.push(finding(whitespaceCheck, { documentIndex, start, end: start + match[0].length }, 'Double space.'));
        }
      }
    }
    for (const { source, target } of comparedPairs(context)) {
      const sourceCell = row.cells[source];
      const targetCell = row.cells[target];
      if (isEmptyCell(sourceCell) || isEmptyCell(targetCell) || !sourceCell || !targetCell) continue;
      const first = targetCell[0];
      const last = targetCell[targetCell.length - 1];
      const sourceFirst = sourceCell[0];
      const sourceLast = sourceCell[sourceCell.length - 1];
      // Most segments neither start nor end with whitespace: look at one character before any regex.
      if (first && sourceFirst && isWhiteSpace(first.text.charCodeAt(0))) edge(findings, first, sourceFirst, leading, target, 'Leading whitespace the source does not have.');
      if (last && sourceLast && isWhiteSpace(last.text.charCodeAt(last.text.length - 1))) edge(findings, last, sourceLast, trailing, target, 'Trailing whitespace the source does not have.');
    }
    return findings;
  },
};

function edge(findings: Finding[], segment: Segment, sourceSegment: Segment, pattern: RegExp, documentIndex: number, message: string): void {
  const match = pattern.exec(segment.text);
  if (!match || pattern.test(sourceSegment.text)) return;
  const start = segment.start + match.index;
  findings.push(finding(whitespaceCheck, { documentIndex, start, end: start + match[0].length }, message));
}
