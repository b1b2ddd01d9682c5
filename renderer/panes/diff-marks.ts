// Revision differences: words the newer revision dropped (red, struck through) in the older pane,
// words it added (green) in the newer pane, each with a ruler tick. Text removed from a pane's own
// current text (changes since the last review) has no characters left to mark, so a thin red bar
// marks the place and the hover quotes what was there.
import { monaco, type MonacoEditor } from './monaco.js';
import type { TextLines } from '../text-lines.js';

export interface DiffMark {
  start: number;
  end: number;
  kind: 'removed' | 'added' | 'removed-here';
  /** Hover text; for `removed-here`, the text that was removed. */
  note: string;
}

const rulerColors = { removed: '#d04848', added: '#2e9a4b', 'removed-here': '#d04848' } as const;

export class DiffMarks {
  private readonly collections: monaco.editor.IEditorDecorationsCollection[];

  constructor(
    editors: readonly MonacoEditor[],
    private readonly lines: readonly TextLines[],
  ) {
    this.collections = editors.map((e) => e.createDecorationsCollection());
  }

  set(paneIndex: number, marks: readonly DiffMark[]): void {
    const lines = this.lines[paneIndex];
    const collection = this.collections[paneIndex];
    if (!lines || !collection) return;
    collection.set(
      marks.map((mark): monaco.editor.IModelDeltaDecoration => {
        const from = lines.positionAt(mark.start);
        const to = lines.positionAt(Math.max(mark.end, Math.min(mark.start + 1, lines.length)));
        return {
          range: new monaco.Range(from.lineNumber, from.column, to.lineNumber, to.column),
          options: {
            inlineClassName: `verso-diff-${mark.kind}`,
            hoverMessage: mark.note ? { value: mark.note, isTrusted: false, supportHtml: false } : null,
            overviewRuler: { color: rulerColors[mark.kind], position: monaco.editor.OverviewRulerLane.Left },
            stickiness: monaco.editor.TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges,
          },
        };
      }),
    );
  }

  clear(): void {
    for (const collection of this.collections) collection.clear();
  }
}
