// Segmentation: sentences of structural blocks, with offsets into the whole document.
import type { Block, Segment } from '../model.js';
import { splitSentences } from './sentences.js';

export { splitSentences, type SentenceSpan } from './sentences.js';
export { abbreviationsFor, primaryLanguage } from './abbreviations.js';

/** Headings, code and table rows stay whole; prose blocks are split into sentences. */
export function sentencesOfBlock(text: string, block: Block, language: string): Segment[] {
  if (block.kind === 'heading' || block.kind === 'code' || block.kind === 'table-row') {
    return [{ start: block.start, end: block.end, text: block.text }];
  }
  return splitSentences(block.text, language).map((s) => {
    const start = block.start + s.start;
    const end = block.start + s.end;
    return { start, end, text: text.slice(start, end) };
  });
}
