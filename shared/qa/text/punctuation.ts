// Sentence-final punctuation by what it means, so that "." and "。" and "।" count as the same.
import { primaryLanguage } from '../pairs.js';

export type EndMark = 'stop' | 'question' | 'exclamation' | 'colon' | 'semicolon' | 'ellipsis' | 'none';

const marks = new Map<string, EndMark>([
  ['.', 'stop'], ['。', 'stop'], ['｡', 'stop'], ['।', 'stop'], ['॥', 'stop'], ['۔', 'stop'], ['።', 'stop'],
  ['။', 'stop'], ['។', 'stop'], ['།', 'stop'], ['܁', 'stop'], ['．', 'stop'],
  ['?', 'question'], ['？', 'question'], ['؟', 'question'], ['፧', 'question'], ['\u037E', 'question'], ['⸮', 'question'],
  ['!', 'exclamation'], ['！', 'exclamation'], ['߹', 'exclamation'],
  [':', 'colon'], ['：', 'colon'],
  [';', 'semicolon'], ['；', 'semicolon'], ['؛', 'semicolon'], ['·', 'semicolon'],
  ['…', 'ellipsis'], ['⋯', 'ellipsis'], ['‥', 'ellipsis'],
]);

// Closing quotes, brackets and emphasis markers that may follow the real final mark.
const trailers = new Set([...')]}）］｝」』》〉】”’“‘»«›‹"\'*_`~ \t\n\r\u00A0\u3000']);

export interface FinalMark {
  mark: EndMark;
  /** Offsets of the mark in the text (an empty range at the end of the text for `none`). */
  start: number;
  end: number;
}

export function finalMark(text: string, language: string): FinalMark {
  let end = text.length;
  while (end > 0 && trailers.has(text[end - 1] ?? '')) end--;
  const last = text[end - 1] ?? '';
  if (end >= 3 && text.slice(end - 3, end) === '...') return { mark: 'ellipsis', start: end - 3, end };
  let mark = marks.get(last) ?? 'none';
  // Greek writes its question mark as a semicolon.
  if (last === ';' && primaryLanguage(language) === 'el') mark = 'question';
  return mark === 'none' ? { mark, start: end, end } : { mark, start: end - 1, end };
}

// Languages that end statements (and often questions) without a mark.
const optionalFinalMark = new Set(['th', 'lo']);

export function finalMarkOptional(language: string): boolean {
  return optionalFinalMark.has(primaryLanguage(language));
}

// Japanese, Chinese and Korean often end the sentence that introduces a list with a full stop
// (次のとおりです。) where European languages put a colon.
const stopIntroduces = new Set(['ja', 'zh', 'ko']);

export function stopMayIntroduce(language: string): boolean {
  return stopIntroduces.has(primaryLanguage(language));
}

export const endMarkNames: Record<EndMark, string> = {
  stop: 'a full stop',
  question: 'a question mark',
  exclamation: 'an exclamation mark',
  colon: 'a colon',
  semicolon: 'a semicolon',
  ellipsis: 'an ellipsis',
  none: 'no final punctuation',
};
