// Brackets and quotation marks come in pairs. A sentence may legitimately open a quotation that the
// next one closes, so the target is only flagged when its imbalance differs from the source's.
import { cellView, isEmptyCell, memoised, spanIn } from '../cells.js';
import { finding } from '../findings.js';
import { comparedPairs } from '../pairs.js';
import { imbalanceSignature, unpairedMarks, type UnpairedMark } from '../text/brackets.js';
import { protectedOf } from '../tokens-of-cell.js';
import type { Finding, QaCheck } from '../types.js';
import type { CellView } from '../cells.js';

export const bracketsCheck: QaCheck = {
  id: 'brackets',
  title: 'Unpaired brackets or quotation marks',
  defaultSeverity: 'minor',
  category: 'linguistic-conventions/punctuation',
  run(row, context) {
    const findings: Finding[] = [];
    for (const { source, target } of comparedPairs(context)) {
      const sourceCell = row.cells[source];
      const targetCell = row.cells[target];
      if (isEmptyCell(targetCell) || !targetCell) continue;
      const targetView = cellView(targetCell);
      const targetMarks = unpairedOutsidePlaceholders(targetView);
      if (targetMarks.length === 0) continue;
      const sourceMarks = sourceCell && !isEmptyCell(sourceCell) ? unpairedOutsidePlaceholders(cellView(sourceCell)) : [];
      if (imbalanceSignature(targetMarks) === imbalanceSignature(sourceMarks)) continue;
      for (const mark of targetMarks) {
        const what = mark.side === 'open' ? 'is never closed' : 'closes nothing';
        findings.push(finding(bracketsCheck, spanIn(targetView, target, mark.offset, mark.offset + 1), `${mark.char} ${what}.`));
      }
    }
    return findings;
  },
};

function unpairedOutsidePlaceholders(view: CellView): UnpairedMark[] {
  return memoised(view, 'unpaired-marks', (text) => {
    const marks = unpairedMarks(text);
    if (marks.length === 0) return marks;
    const spans = protectedOf(view);
    return spans.length === 0 ? marks : marks.filter((m) => !spans.some((s) => s.start <= m.offset && m.offset < s.end));
  });
}
