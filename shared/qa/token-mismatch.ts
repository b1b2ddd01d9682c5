// Tokens that must come through a translation unchanged (URLs, e-mail addresses, placeholders,
// tags): those of the target that the source lacks, and those of the source the target lacks,
// paired up so a changed token is one finding naming both.
import { cellSpan, spanIn } from './cells.js';
import { finding } from './findings.js';
import { matchTokens } from './matching.js';
import type { FilledPair } from './pairs.js';
import type { Finding, QaCheck } from './types.js';

interface Token {
  key: string;
  start: number;
  end: number;
}

export interface MismatchMessages<T> {
  /** A target token where the source has another. */
  differs(target: T, source: T): string;
  /** A target token the source does not have. */
  extra(target: T): string;
  /** A source token the target does not have (the finding covers the target cell). */
  missing(source: T): string;
}

export function tokenMismatchFindings<T extends Token>(check: QaCheck, pair: FilledPair, sourceTokens: T[], targetTokens: T[], messages: MismatchMessages<T>): Finding[] {
  const findings: Finding[] = [];
  const { unmatchedSource, unmatchedTarget } = matchTokens(sourceTokens, targetTokens, [(s, t) => s.key === t.key]);
  const count = Math.max(unmatchedSource.length, unmatchedTarget.length);
  for (let i = 0; i < count; i++) {
    const s = unmatchedSource[i];
    const t = unmatchedTarget[i];
    const sourceSpan = s ? spanIn(pair.sourceView, pair.source, s.start, s.end) : null;
    if (t) {
      const message = s ? messages.differs(t, s) : messages.extra(t);
      findings.push(finding(check, spanIn(pair.targetView, pair.target, t.start, t.end), message, sourceSpan ? [sourceSpan] : []));
    } else if (s && sourceSpan) {
      const whole = cellSpan(pair.targetCell, pair.target);
      if (whole) findings.push(finding(check, whole, messages.missing(s), [sourceSpan]));
    }
  }
  return findings;
}
