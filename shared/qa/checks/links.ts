// URLs and e-mail addresses are copied, not translated.
import { quote } from '../findings.js';
import { filledPairs } from '../pairs.js';
import { tokenMismatchFindings } from '../token-mismatch.js';
import { linksOf } from '../tokens-of-cell.js';
import type { Finding, QaCheck } from '../types.js';

const what = (kind: 'url' | 'email') => (kind === 'url' ? 'URL' : 'E-mail address');

export const linksCheck: QaCheck = {
  id: 'links',
  title: 'URLs or e-mail addresses differ from the source',
  defaultSeverity: 'major',
  category: 'accuracy/mistranslation',
  run(row, context) {
    const findings: Finding[] = [];
    for (const pair of filledPairs(row, context)) {
      const sourceLinks = linksOf(pair.sourceView);
      const targetLinks = linksOf(pair.targetView);
      if (sourceLinks.length === 0 && targetLinks.length === 0) continue;
      findings.push(
        ...tokenMismatchFindings(linksCheck, pair, sourceLinks, targetLinks, {
          differs: (t, s) => `${what(t.kind)} ${quote(t.text, 80)} does not match the source's ${quote(s.text, 80)}.`,
          extra: (t) => `${what(t.kind)} ${quote(t.text, 80)} is not in the source.`,
          missing: (s) => `${what(s.kind)} ${quote(s.text, 80)} from the source is missing.`,
        }),
      );
    }
    return findings;
  },
};
