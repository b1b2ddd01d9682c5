export { buildReviewNotes, paragraphAround, type NotesDocument, type NotesInput, type ReviewNote, type ReviewNotes } from './notes.js';
export { toCsv } from './csv.js';
export { toMarkdown } from './markdown.js';
