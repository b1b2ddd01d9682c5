// Outer quotation marks in the target locale's style: „…“ in German, «…» in French, 「…」 in Japanese.
import { cellView, isEmptyCell, spanIn } from '../cells.js';
import { finding } from '../findings.js';
import { reviewedDocuments } from '../pairs.js';
import { quoteStylesFor, type QuoteStyle } from '../text/quotes.js';
import type { Finding, QaCheck } from '../types.js';

const quoteChars = /[“”„«»「」『』]/u;
const quoteMark = /[“”„«»「」『』]/gu;
const allQuotes: QuoteStyle[] = [
  { open: '„', close: '“' }, { open: '„', close: '”' }, { open: '“', close: '”' }, { open: '«', close: '»' },
  { open: '»', close: '«' }, { open: '「', close: '」' }, { open: '『', close: '』' }, { open: '”', close: '”' },
];

export const quotationMarksCheck: QaCheck = {
  id: 'quotation-marks',
  title: 'Quotation marks not in the target locale’s style',
  defaultSeverity: 'minor',
  category: 'locale-conventions/quotation-marks',
  run(row, context) {
    const findings: Finding[] = [];
    for (const documentIndex of reviewedDocuments(context)) {
      const cell = row.cells[documentIndex];
      if (isEmptyCell(cell) || !cell) continue;
      const view = cellView(cell);
      if (!quoteChars.test(view.text)) continue;
      const language = context.documents[documentIndex]?.language ?? '';
      const expected = quoteStylesFor(language);
      if (!expected) continue;
      const text = view.text;
      quoteMark.lastIndex = 0;
      let expectedClose = '';
      for (let match = quoteMark.exec(text); match; match = quoteMark.exec(text)) {
        const i = match.index;
        const char = match[0];
        if (expectedClose !== '') {
          if (expectedClose.includes(char)) expectedClose = '';
          continue;
        }
        const closes = opensFor(expected, char);
        if (closes !== '') {
          expectedClose = closes;
          continue;
        }
        // A closing mark of the locale's own style ends a quotation opened in an earlier sentence.
        if (expected.some((style) => style.close === char)) continue;
        const foreignCloses = opensFor(allQuotes, char);
        if (foreignCloses === '') continue;
        // A foreign pair at the outer level: find its end to underline the whole quotation.
        let end = -1;
        for (let j = i + 1; j < text.length && end < 0; j++) if (foreignCloses.includes(text[j] ?? '')) end = j + 1;
        const closesAt = end < 0 ? i + 1 : end;
        const wanted = expected.map((style) => `${style.open}…${style.close}`).join(' or ');
        findings.push(finding(quotationMarksCheck, spanIn(view, documentIndex, i, closesAt), `Quotation marks ${char}…${end < 0 ? '' : text[end - 1]} are not the ${language} style; use ${wanted}.`));
        quoteMark.lastIndex = closesAt;
      }
    }
    return findings;
  },
};

/** The closing marks that may end a quotation opened with `char`, or '' when it opens none. */
function opensFor(styles: readonly QuoteStyle[], char: string): string {
  let closes = '';
  for (const style of styles) if (style.open === char) closes += style.close;
  return closes;
}
