// Copying from a pane gives the document's own text. A pane's model may differ from the file: the
// Sentences view shows some spaces as line breaks or adds breaks (sentence-lines.ts), and Monaco
// normalises mixed line endings. The selection is read as document offsets and the file's text
// is put on the clipboard instead of the model's.
import type { MonacoEditor } from './monaco.js';
import type { TextLines } from '../text-lines.js';

/** The document text of the editor's selections (joined by "\n" as Monaco does), or null when all are empty. */
export function selectedDocumentText(editor: MonacoEditor, lines: TextLines, text: string): string | null {
  const pieces = (editor.getSelections() ?? [])
    .map((s) => {
      const a = lines.offsetAt({ lineNumber: s.startLineNumber, column: s.startColumn });
      const b = lines.offsetAt({ lineNumber: s.endLineNumber, column: s.endColumn });
      return { start: Math.min(a, b), end: Math.max(a, b) };
    })
    .filter((span) => span.end > span.start)
    .sort((x, y) => x.start - y.start)
    .map((span) => text.slice(span.start, span.end));
  return pieces.length > 0 ? pieces.join('\n') : null;
}

/** Answers copy events inside the pane before Monaco does; returns a disposer. */
export function copyDocumentText(container: HTMLElement, editor: MonacoEditor, lines: TextLines, text: string): { dispose(): void } {
  const onCopy = (e: ClipboardEvent) => {
    const copied = selectedDocumentText(editor, lines, text);
    // An empty selection copies the whole line in Monaco; that line is document text already.
    if (copied === null || !e.clipboardData) return;
    e.clipboardData.setData('text/plain', copied);
    e.preventDefault();
    e.stopImmediatePropagation();
  };
  container.addEventListener('copy', onCopy, true);
  return { dispose: () => container.removeEventListener('copy', onCopy, true) };
}
