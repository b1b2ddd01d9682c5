// One decoration collection per pane, filled from spans of the document text (UTF-16 offsets, as
// the rest of Verso counts them). The marks of QA findings and of revision differences are both
// this with their own look.
import { monaco, type MonacoEditor } from './monaco.js';
import type { TextLines } from '../text-lines.js';

export interface Span {
  start: number;
  end: number;
}

export class SpanDecorations<T extends Span> {
  private readonly collections: monaco.editor.IEditorDecorationsCollection[];

  constructor(
    editors: readonly MonacoEditor[],
    private readonly lines: readonly TextLines[],
    private readonly look: (span: T) => monaco.editor.IModelDecorationOptions,
  ) {
    this.collections = editors.map((e) => e.createDecorationsCollection());
  }

  /** Replaces a pane's marks. An empty span (something missing) still covers one character, so it can be seen and hovered. */
  set(paneIndex: number, spans: readonly T[]): void {
    const lines = this.lines[paneIndex];
    const collection = this.collections[paneIndex];
    if (!lines || !collection) return;
    collection.set(
      spans.map((span) => {
        const from = lines.positionAt(span.start);
        const to = lines.positionAt(Math.max(span.end, Math.min(span.start + 1, lines.length)));
        return { range: new monaco.Range(from.lineNumber, from.column, to.lineNumber, to.column), options: this.look(span) };
      }),
    );
  }

  clear(): void {
    for (const collection of this.collections) collection.clear();
  }
}
