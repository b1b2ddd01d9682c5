// Placeholders and markup tags must come through unchanged, and tags must stay balanced.
import { spanIn, type CellView } from '../cells.js';
import { finding } from '../findings.js';
import { filledPairs } from '../pairs.js';
import { tokenMismatchFindings } from '../token-mismatch.js';
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
    for (const pair of filledPairs(row, context)) {
      const sourceTokens = placeholdersOf(pair.sourceView);
      const targetTokens = placeholdersOf(pair.targetView);
      if (sourceTokens.length === 0 && targetTokens.length === 0) continue;
      findings.push(
        ...tokenMismatchFindings(placeholdersCheck, pair, sourceTokens, targetTokens, {
          differs: (t, s) => `${describe(t)} does not match the source's ${describe(s)}.`,
          extra: (t) => `${describe(t)} is not in the source.`,
          missing: (s) => `${describe(s)} from the source is missing.`,
        }),
      );
      if (unbalancedTags(sourceTokens).length === 0) {
        for (const tag of unbalancedTags(targetTokens)) findings.push(unbalancedFinding(tag, pair.targetView, pair.target));
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
