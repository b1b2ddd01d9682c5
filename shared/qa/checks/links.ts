// URLs and e-mail addresses are copied, not translated.
import { cellSpan, cellView, isEmptyCell, spanIn } from '../cells.js';
import { finding, quote } from '../findings.js';
import { matchTokens } from '../matching.js';
import { comparedPairs } from '../pairs.js';
import { linksOf } from '../tokens-of-cell.js';
import type { Finding, QaCheck } from '../types.js';

export const linksCheck: QaCheck = {
  id: 'links',
  title: 'URLs or e-mail addresses differ from the source',
  defaultSeverity: 'major',
  category: 'accuracy/mistranslation',
  run(row, context) {
    const findings: Finding[] = [];
    for (const { source, target } of comparedPairs(context)) {
      const sourceCell = row.cells[source];
      const targetCell = row.cells[target];
      if (isEmptyCell(sourceCell) || isEmptyCell(targetCell) || !sourceCell || !targetCell) continue;
      const sourceView = cellView(sourceCell);
      const targetView = cellView(targetCell);
      const sourceLinks = linksOf(sourceView);
      const targetLinks = linksOf(targetView);
      if (sourceLinks.length === 0 && targetLinks.length === 0) continue;
      const { unmatchedSource, unmatchedTarget } = matchTokens(sourceLinks, targetLinks, [(s, t) => s.key === t.key]);
      const count = Math.max(unmatchedSource.length, unmatchedTarget.length);
      for (let i = 0; i < count; i++) {
        const s = unmatchedSource[i];
        const t = unmatchedTarget[i];
        const sourceSpan = s ? spanIn(sourceView, source, s.start, s.end) : null;
        const what = (kind: 'url' | 'email') => (kind === 'url' ? 'URL' : 'E-mail address');
        if (t) {
          const message = s
            ? `${what(t.kind)} ${quote(t.text, 80)} does not match the source's ${quote(s.text, 80)}.`
            : `${what(t.kind)} ${quote(t.text, 80)} is not in the source.`;
          findings.push(finding(linksCheck, spanIn(targetView, target, t.start, t.end), message, sourceSpan ? [sourceSpan] : []));
        } else if (s && sourceSpan) {
          const whole = cellSpan(targetCell, target);
          if (whole) findings.push(finding(linksCheck, whole, `${what(s.kind)} ${quote(s.text, 80)} from the source is missing.`, [sourceSpan]));
        }
      }
    }
    return findings;
  },
};
