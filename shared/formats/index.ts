// Parsers: decoded text -> structural blocks (headings, paragraphs, list items…), in document order.
import type { Block, DocumentFormat } from '../model.js';
import { parseMarkdown } from './markdown.js';
import { parsePlainText } from './plain-text.js';

/** Structural blocks (headings, paragraphs, list items…) of a document, in order. */
export function parseDocument(text: string, format: DocumentFormat): Block[] {
  return format === 'md' ? parseMarkdown(text) : parsePlainText(text);
}
