// Brackets and quotation marks come in pairs. A sentence may legitimately open a quotation that the
// next one closes, so the target is only flagged when its imbalance differs from the source's.
import { cellView, isEmptyCell, memoised, spanIn } from '../cells.js';
import { finding } from '../findings.js';
import { comparedPairs } from '../pairs.js';
import { imbalanceSignature, unpairedMarks, type UnpairedMark } from '../text/brackets.js';
import { protectedOf } from '../tokens-of-cell.js';
import type { Finding, QaCheck, QaContext } from '../types.js';
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
      if (balancedAcrossNeighbours(context, source, target)) continue;
      for (const mark of targetMarks) {
        const what = mark.side === 'open' ? 'is never closed' : 'closes nothing';
        findings.push(finding(bracketsCheck, spanIn(targetView, target, mark.offset, mark.offset + 1), `${mark.char} ${what}.`));
      }
    }
    return findings;
  },
};

// The aligner may cut a quotation between two rows (a sentence split at an abbreviation inside it):
// with the rows either side joined, source and target balance alike.
function balancedAcrossNeighbours(context: QaContext, source: number, target: number): boolean {
  const { rows, rowIndex } = context;
  for (const [from, to] of [[rowIndex - 1, rowIndex], [rowIndex, rowIndex + 1], [rowIndex - 1, rowIndex + 1]] as const) {
    if (from < 0 || to >= rows.length) continue;
    const joined = (documentIndex: number): string => {
      const parts: string[] = [];
      for (let r = from; r <= to; r++) for (const segment of rows[r]?.cells[documentIndex] ?? []) parts.push(segment.text);
      return parts.join(' ');
    };
    if (imbalanceSignature(unpairedMarks(joined(target))) === imbalanceSignature(unpairedMarks(joined(source)))) return true;
  }
  return false;
}

function unpairedOutsidePlaceholders(view: CellView): UnpairedMark[] {
  return memoised(view, 'unpaired-marks', (text) => {
    const marks = unpairedMarks(text);
    if (marks.length === 0) return marks;
    const spans = protectedOf(view);
    return spans.length === 0 ? marks : marks.filter((m) => !spans.some((s) => s.start <= m.offset && m.offset < s.end));
  });
}
