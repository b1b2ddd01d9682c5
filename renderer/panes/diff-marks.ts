// Revision differences: words the newer revision dropped (red, struck through) in the older pane,
// words it added (green) in the newer pane, each with a ruler tick. Text removed from a pane's own
// current text (changes since the last review) has no characters left to mark, so a thin red bar
// marks the place and the hover quotes what was there.
import { monaco, type MonacoEditor } from './monaco.js';
import type { TextLines } from '../text-lines.js';
import { SpanDecorations } from './span-decorations.js';

export interface DiffMark {
  start: number;
  end: number;
  kind: 'removed' | 'added' | 'removed-here';
  /** Hover text; for `removed-here`, the text that was removed. */
  note: string;
}

const rulerColors = { removed: '#d04848', added: '#2e9a4b', 'removed-here': '#d04848' } as const;

export class DiffMarks extends SpanDecorations<DiffMark> {
  constructor(editors: readonly MonacoEditor[], lines: readonly TextLines[]) {
    super(editors, lines, (mark) => ({
      inlineClassName: `verso-diff-${mark.kind}`,
      hoverMessage: mark.note ? { value: mark.note, isTrusted: false, supportHtml: false } : null,
      overviewRuler: { color: rulerColors[mark.kind], position: monaco.editor.OverviewRulerLane.Left },
      stickiness: monaco.editor.TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges,
    }));
  }
}
