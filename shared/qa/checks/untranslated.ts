// A target identical to its source in another language was most likely never translated.
import { cellSpan, cellView, isEmptyCell, memoised } from '../cells.js';
import { finding } from '../findings.js';
import { comparedPairs, sameLanguage } from '../pairs.js';
import { isWhiteSpace } from '../text/white-space.js';
import type { Finding, QaCheck } from '../types.js';

const letter = /\p{L}/gu;
const wordWithLetters = /[\p{L}\p{M}]+/gu;

export const untranslatedCheck: QaCheck = {
  id: 'untranslated',
  title: 'Target identical to source',
  defaultSeverity: 'major',
  category: 'accuracy/untranslated',
  run(row, context) {
    const findings: Finding[] = [];
    for (const { source, target } of comparedPairs(context)) {
      const sourceLanguage = context.documents[source]?.language ?? '';
      const targetLanguage = context.documents[target]?.language ?? '';
      if (sameLanguage(sourceLanguage, targetLanguage)) continue;
      const sourceCell = row.cells[source];
      const targetCell = row.cells[target];
      if (isEmptyCell(sourceCell) || isEmptyCell(targetCell) || !sourceCell || !targetCell) continue;
      const sourceView = cellView(sourceCell);
      const targetView = cellView(targetCell);
      // Texts equal but for runs of whitespace have nearly equal lengths: skip the rest cheaply.
      const longer = Math.max(sourceView.text.length, targetView.text.length);
      if (Math.abs(sourceView.text.length - targetView.text.length) > longer * 0.3 + 3) continue;
      if (startDiffers(sourceView.text, targetView.text)) continue;
      const sourceText = memoised(sourceView, 'untranslated-key', normalise);
      const targetText = memoised(targetView, 'untranslated-key', normalise);
      if (sourceText !== targetText || !isProse(targetText)) continue;
      const span = cellSpan(targetCell, target);
      const related = cellSpan(sourceCell, source);
      if (span) findings.push(finding(untranslatedCheck, span, `Identical to the ${sourceLanguage} source: not translated?`, related ? [related] : []));
    }
    return findings;
  },
};

/**
 * Whether the normalised texts surely differ because their first visible characters do, even
 * lower-cased. Nearly every translated row is settled here, before any whole-text copy. A first
 * character has no context to lower-case by (final sigma needs a letter before it), but its lower
 * case may be longer (İ → i̇), so only lower cases neither of which starts the other prove a difference.
 */
function startDiffers(a: string, b: string): boolean {
  let i = 0;
  while (i < a.length && isWhiteSpace(a.charCodeAt(i))) i++;
  let j = 0;
  while (j < b.length && isWhiteSpace(b.charCodeAt(j))) j++;
  const x = a.charCodeAt(i);
  const y = b.charCodeAt(j);
  if (x === y || Number.isNaN(x) || Number.isNaN(y)) return false;
  if (x < 0x80 && y < 0x80) return asciiLower(x) !== asciiLower(y);
  if ((x >= 0xd800 && x <= 0xdfff) || (y >= 0xd800 && y <= 0xdfff)) return false;
  const lowerX = String.fromCharCode(x).toLowerCase();
  const lowerY = String.fromCharCode(y).toLowerCase();
  return !lowerX.startsWith(lowerY) && !lowerY.startsWith(lowerX);
}

function asciiLower(code: number): number {
  return code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

// Names, codes, numbers and one-word labels ("Berlin", "OK", "API") are often the same in every
// language; a run of several words is not.
function isProse(text: string): boolean {
  const letters = text.match(letter)?.length ?? 0;
  const words = text.match(wordWithLetters)?.length ?? 0;
  return letters >= 8 && words >= 2;
}
