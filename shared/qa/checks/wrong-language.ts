// A segment written in another language than its document's: left untranslated, or pasted in.
import { finding } from '../findings.js';
import { reviewedDocuments } from '../pairs.js';
import { foreignLanguage } from '../text/language-id.js';
import type { Finding, QaCheck } from '../types.js';

export const wrongLanguageCheck: QaCheck = {
  id: 'wrong-language',
  title: 'Segment in another language',
  defaultSeverity: 'major',
  category: 'accuracy/untranslated',
  run(row, context) {
    const findings: Finding[] = [];
    for (const documentIndex of reviewedDocuments(context)) {
      const language = context.documents[documentIndex]?.language ?? '';
      if (language === '') continue;
      for (const segment of row.cells[documentIndex] ?? []) {
        const foreign = foreignLanguage(segment.text, language);
        if (!foreign) continue;
        findings.push(
          finding(wrongLanguageCheck, { documentIndex, start: segment.start, end: segment.end }, `This looks like ${foreign.label}, not ${language}.`),
        );
      }
    }
    return findings;
  },
};
