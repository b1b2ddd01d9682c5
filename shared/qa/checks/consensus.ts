// With three or more documents: a sentence every other document has but one lacks.
import { cellSpan, insertionPoint } from '../cells.js';
import { finding } from '../findings.js';
import type { Finding, FindingSpan, QaCheck } from '../types.js';

export const consensusCheck: QaCheck = {
  id: 'consensus',
  title: 'Sentence every other document has',
  defaultSeverity: 'major',
  category: 'accuracy/omission',
  run(row, context) {
    const count = context.documents.length;
    if (count < 3 || row.kind === 'moved') return [];
    let lacking = -1;
    const present: FindingSpan[] = [];
    for (let d = 0; d < count; d++) {
      const span = cellSpan(row.cells[d], d);
      if (span) present.push(span);
      else if (lacking >= 0) return [];
      else lacking = d;
    }
    if (lacking < 0) return [];
    const at = insertionPoint(context, lacking, context.rowIndex);
    const findings: Finding[] = [
      finding(consensusCheck, { documentIndex: lacking, start: at, end: at }, `All ${count - 1} other documents have a sentence here that this one lacks.`, present),
    ];
    return findings;
  },
};
