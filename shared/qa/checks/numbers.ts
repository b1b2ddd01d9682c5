// Numbers must survive translation: compared by value, each read with its own language's separators.
import { cellSpan, cellView, isEmptyCell, memoised, spanIn, type CellView } from '../cells.js';
import { finding, quote } from '../findings.js';
import { matchTokens } from '../matching.js';
import { comparedPairs } from '../pairs.js';
import { numberValues, type NumberToken } from '../text/numbers.js';
import { numbersOf } from '../tokens-of-cell.js';
import type { Finding, QaCheck } from '../types.js';

interface ReadNumber {
  token: NumberToken;
  values: number[];
}

export const numbersCheck: QaCheck = {
  id: 'numbers',
  title: 'Numbers differ from the source',
  defaultSeverity: 'major',
  category: 'locale-conventions/number-format',
  run(row, context) {
    const findings: Finding[] = [];
    for (const { source, target } of comparedPairs(context)) {
      const sourceCell = row.cells[source];
      const targetCell = row.cells[target];
      if (isEmptyCell(sourceCell) || isEmptyCell(targetCell) || !sourceCell || !targetCell) continue;
      const sourceView = cellView(sourceCell);
      const targetView = cellView(targetCell);
      const sourceNumbers = numbersOf(sourceView);
      const targetNumbers = numbersOf(targetView);
      if (sourceNumbers.length === 0 && targetNumbers.length === 0) continue;
      const sourceLanguage = context.documents[source]?.language ?? '';
      const targetLanguage = context.documents[target]?.language ?? '';
      const read = (view: CellView, tokens: NumberToken[], language: string): ReadNumber[] =>
        memoised(view, `numbers:${language}`, () => tokens.map((token) => ({ token, values: numberValues(token, language) })));
      const { unmatchedSource, unmatchedTarget } = matchTokens(read(sourceView, sourceNumbers, sourceLanguage), read(targetView, targetNumbers, targetLanguage), [
        (s, t) => s.token.ascii === t.token.ascii,
        (s, t) => s.values[0] === t.values[0],
        // A target whose separators could be read either way, one of which is the source's value.
        (s, t) => t.values.includes(s.values[0] ?? NaN),
      ]);
      const count = Math.max(unmatchedSource.length, unmatchedTarget.length);
      for (let i = 0; i < count; i++) {
        const s = unmatchedSource[i];
        const t = unmatchedTarget[i];
        const sourceSpan = s ? spanIn(sourceView, source, s.token.start, s.token.end) : null;
        if (t) {
          const span = spanIn(targetView, target, t.token.start, t.token.end);
          const message = s
            ? `Number ${quote(t.token.raw)} does not match the source's ${quote(s.token.raw)}.`
            : `Number ${quote(t.token.raw)} is not in the source.`;
          findings.push(finding(numbersCheck, span, message, sourceSpan ? [sourceSpan] : []));
        } else if (s && sourceSpan) {
          const whole = cellSpan(targetCell, target);
          if (whole) findings.push(finding(numbersCheck, whole, `Number ${quote(s.token.raw)} from the source is missing.`, [sourceSpan]));
        }
      }
    }
    return findings;
  },
};
