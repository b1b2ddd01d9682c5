// While a comment is selected or being written, its span is marked in its pane and the segments
// it is aligned with (its links) are highlighted in the other panes.
import type { AlignedPanes } from '../panes/aligned-panes.js';
import { monaco } from '../panes/monaco.js';

export interface HighlightSpan {
  pane: number;
  start: number;
  end: number;
  /** `span`: the text commented on; `link`: an aligned segment in another document. */
  kind: 'span' | 'link';
}

export class LinkHighlights {
  private readonly collections: monaco.editor.IEditorDecorationsCollection[];

  constructor(private readonly panes: AlignedPanes) {
    this.collections = panes.editors.map((e) => e.createDecorationsCollection());
  }

  show(spans: readonly HighlightSpan[]): void {
    this.collections.forEach((collection, pane) => {
      const lines = this.panes.lines[pane];
      if (!lines) return;
      collection.set(
        spans
          .filter((s) => s.pane === pane && s.start <= s.end && s.end <= lines.length)
          .map((s) => {
            const from = lines.positionAt(s.start);
            const to = lines.positionAt(s.end);
            return {
              range: new monaco.Range(from.lineNumber, from.column, to.lineNumber, to.column),
              options: { inlineClassName: s.kind === 'link' ? 'verso-linked' : 'verso-commenting', stickiness: monaco.editor.TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges },
            };
          }),
      );
    });
  }

  clear(): void {
    for (const c of this.collections) c.clear();
  }
}
