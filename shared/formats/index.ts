// Parsers: decoded text -> structural blocks. (Being written: see the alignment engine work.)
import type { Block, DocumentFormat } from '../model.js';

/** Structural blocks (headings, paragraphs, list items…) of a document, in order. */
export function parseDocument(text: string, format: DocumentFormat): Block[] {
  void text;
  void format;
  throw new Error('parseDocument: not written yet');
}
