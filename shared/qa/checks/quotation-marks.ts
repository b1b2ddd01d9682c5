// Outer quotation marks in the target locale's style: „…“ in German, «…» in French, 「…」 in Japanese.
// Typewriter quotes ("…") are a finding too in every locale whose style is known: no locale's
// typography asks for them in running text.
import { cellView, isEmptyCell, spanIn } from '../cells.js';
import { finding } from '../findings.js';
import { reviewedDocuments } from '../pairs.js';
import { quoteStylesFor, type QuoteStyle } from '../text/quotes.js';
import { straightQuotePairs } from '../text/straight-quotes.js';
import { protectedOf } from '../tokens-of-cell.js';
import type { Finding, QaCheck } from '../types.js';

const quoteChars = /[“”„«»「」『』"]/u;
const quoteMark = /[“”„«»「」『』]/gu;
const allQuotes: QuoteStyle[] = [
  { open: '„', close: '“' }, { open: '„', close: '”' }, { open: '“', close: '”' }, { open: '«', close: '»' },
  { open: '»', close: '«' }, { open: '「', close: '」' }, { open: '『', close: '』' }, { open: '”', close: '”' },
];

interface ForeignQuote {
  start: number;
  /** End of the closing mark, or start + 1 when the quotation is not closed in this text. */
  end: number;
  open: string;
  close: string;
}

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
      const wanted = expected.map((style) => `${style.open}…${style.close}`).join(' or ');
      const found = foreignQuotes(view.text, expected);
      if (view.text.includes('"')) {
        const spans = protectedOf(view);
        for (const pair of straightQuotePairs(view.text)) {
          if (spans.some((s) => s.start <= pair.start && pair.start < s.end)) continue;
          found.push({ start: pair.start, end: pair.end, open: '"', close: '"' });
        }
      }
      for (const quote of found) {
        const marks = `${quote.open}…${quote.close}`;
        const what = quote.open === '"' ? `Typewriter quotes ${marks} are` : `Quotation marks ${marks} are`;
        findings.push(finding(quotationMarksCheck, spanIn(view, documentIndex, quote.start, quote.end), `${what} not the ${language} style; use ${wanted}.`));
      }
    }
    return findings;
  },
};

/** Outer quotations of `text` opened with marks of another locale's style. */
export function foreignQuotes(text: string, expected: readonly QuoteStyle[]): ForeignQuote[] {
  const found: ForeignQuote[] = [];
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
    const foreignCloses = opensFor(allQuotes, char);
    const end = foreignCloses === '' ? -1 : closingAfter(text, i, foreignCloses, expected);
    // A closing mark of the locale's own style ends a quotation opened in an earlier sentence,
    // unless a foreign partner follows: German “…” is an English pair, not a stray German “.
    if (expected.some((style) => style.close === char) && (end < 0 || closesOwnStyle(expected, text[end - 1] ?? ''))) continue;
    if (foreignCloses === '') continue;
    found.push({ start: i, end: end < 0 ? i + 1 : end, open: char, close: end < 0 ? '' : (text[end - 1] ?? '') });
    quoteMark.lastIndex = end < 0 ? i + 1 : end;
  }
  return found;
}

/** End (exclusive) of the first mark in `closes` after `from`, stopping at an opener of the locale's own style. */
function closingAfter(text: string, from: number, closes: string, expected: readonly QuoteStyle[]): number {
  for (let j = from + 1; j < text.length; j++) {
    const char = text[j] ?? '';
    if (closes.includes(char)) return j + 1;
    if (opensFor(expected, char) !== '') return -1;
  }
  return -1;
}

function closesOwnStyle(expected: readonly QuoteStyle[], char: string): boolean {
  return expected.some((style) => style.close === char);
}

/** The closing marks that may end a quotation opened with `char`, or '' when it opens none. */
function opensFor(styles: readonly QuoteStyle[], char: string): string {
  let closes = '';
  for (const style of styles) if (style.open === char) closes += style.close;
  return closes;
}
