// A question stays a question: the target ends with the same kind of mark as the source.
import { spanIn } from '../cells.js';
import { finding } from '../findings.js';
import { filledPairs } from '../pairs.js';
import { endMarkNames, finalMark, finalMarkOptional, stopMayIntroduce } from '../text/punctuation.js';
import type { Finding, QaCheck } from '../types.js';

export const endPunctuationCheck: QaCheck = {
  id: 'end-punctuation',
  title: 'Final punctuation differs from the source',
  defaultSeverity: 'minor',
  category: 'linguistic-conventions/punctuation',
  run(row, context) {
    const findings: Finding[] = [];
    for (const pair of filledPairs(row, context)) {
      const { source, target, sourceView, targetView, sourceLanguage, targetLanguage } = pair;
      const sourceMark = finalMark(sourceView.text, sourceLanguage);
      const targetMark = finalMark(targetView.text, targetLanguage);
      if (sourceMark.mark === targetMark.mark) continue;
      if (targetMark.mark === 'none' && finalMarkOptional(targetLanguage)) continue;
      if (sourceMark.mark === 'none' && finalMarkOptional(sourceLanguage)) continue;
      if (sourceMark.mark === 'colon' && targetMark.mark === 'stop' && stopMayIntroduce(targetLanguage)) continue;
      const message = `Ends with ${endMarkNames[targetMark.mark]}; the source ends with ${endMarkNames[sourceMark.mark]}.`;
      findings.push(
        finding(endPunctuationCheck, spanIn(targetView, target, targetMark.start, targetMark.end), message, [
          spanIn(sourceView, source, sourceMark.start, sourceMark.end),
        ]),
      );
    }
    return findings;
  },
};
