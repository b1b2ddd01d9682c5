// Placeholders and markup tags must come through unchanged, and tags must stay balanced.
import { cellSpan, cellView, isEmptyCell, spanIn, type CellView } from '../cells.js';
import { finding } from '../findings.js';
import { matchTokens } from '../matching.js';
import { comparedPairs } from '../pairs.js';
import type { PlaceholderToken } from '../text/tokens.js';
import { placeholdersOf } from '../tokens-of-cell.js';
import type { Finding, QaCheck } from '../types.js';

export const placeholdersCheck: QaCheck = {
  id: 'placeholders',
  title: 'Placeholders or tags differ from the source',
  defaultSeverity: 'major',
  category: 'design-and-markup',
  run(row, context) {
    const findings: Finding[] = [];
    for (const { source, target } of comparedPairs(context)) {
      const sourceCell = row.cells[source];
      const targetCell = row.cells[target];
      if (isEmptyCell(sourceCell) || isEmptyCell(targetCell) || !sourceCell || !targetCell) continue;
      const sourceView = cellView(sourceCell);
      const targetView = cellView(targetCell);
      const sourceTokens = placeholdersOf(sourceView);
      const targetTokens = placeholdersOf(targetView);
      if (sourceTokens.length === 0 && targetTokens.length === 0) continue;
      const { unmatchedSource, unmatchedTarget } = matchTokens(sourceTokens, targetTokens, [(s, t) => s.key === t.key]);
      const count = Math.max(unmatchedSource.length, unmatchedTarget.length);
      for (let i = 0; i < count; i++) {
        const s = unmatchedSource[i];
        const t = unmatchedTarget[i];
        const sourceSpan = s ? spanIn(sourceView, source, s.start, s.end) : null;
        if (t) {
          const message = s ? `${describe(t)} does not match the source's ${describe(s)}.` : `${describe(t)} is not in the source.`;
          findings.push(finding(placeholdersCheck, spanIn(targetView, target, t.start, t.end), message, sourceSpan ? [sourceSpan] : []));
        } else if (s && sourceSpan) {
          const whole = cellSpan(targetCell, target);
          if (whole) findings.push(finding(placeholdersCheck, whole, `${describe(s)} from the source is missing.`, [sourceSpan]));
        }
      }
      if (unbalancedTags(sourceTokens).length === 0) {
        for (const tag of unbalancedTags(targetTokens)) findings.push(unbalancedFinding(tag, targetView, target));
      }
    }
    return findings;
  },
};

function describe(token: PlaceholderToken): string {
  return token.kind === 'placeholder' ? `Placeholder ${token.key}` : `Tag ${token.key}`;
}

function unbalancedFinding(tag: PlaceholderToken, view: CellView, documentIndex: number): Finding {
  const message = tag.kind === 'open-tag' ? `Tag <${tag.name}> is never closed.` : `Closing tag </${tag.name}> has no opening tag.`;
  return finding(placeholdersCheck, spanIn(view, documentIndex, tag.start, tag.end), message);
}

/** Tags without a partner, in text order. */
export function unbalancedTags(tokens: readonly PlaceholderToken[]): PlaceholderToken[] {
  const open: PlaceholderToken[] = [];
  const stray: PlaceholderToken[] = [];
  for (const token of tokens) {
    if (token.kind === 'open-tag') open.push(token);
    else if (token.kind === 'close-tag') {
      const partner = open.map((t) => t.name).lastIndexOf(token.name);
      if (partner < 0) stray.push(token);
      else open.splice(partner);
    }
  }
  return [...stray, ...open].sort((a, b) => a.start - b.start);
}
