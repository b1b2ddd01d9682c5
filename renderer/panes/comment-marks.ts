// Comment decorations: the annotated span underlined in its severity's colour, a marker in the
// glyph margin, and a tick in the overview ruler.
import { monaco, type MonacoEditor } from './monaco.js';
import type { TextLines } from '../text-lines.js';
import type { AnnotationStatus, Severity } from '../../shared/model.js';

export interface CommentMark {
  id: string;
  start: number;
  end: number;
  severity: Severity;
  status: AnnotationStatus;
  comment: string;
}

const rulerColors: Record<Severity, string> = { neutral: '#8a8a8a', minor: '#3f8fd2', major: '#e08a1e', critical: '#d23f3f' };

export class CommentMarks {
  private readonly collections: monaco.editor.IEditorDecorationsCollection[];

  constructor(
    private readonly editors: readonly MonacoEditor[],
    private readonly lines: readonly TextLines[],
  ) {
    this.collections = editors.map((e) => e.createDecorationsCollection());
  }

  set(paneIndex: number, marks: readonly CommentMark[]): void {
    const lines = this.lines[paneIndex];
    const collection = this.collections[paneIndex];
    if (!lines || !collection) return;
    collection.set(
      marks.flatMap((mark): monaco.editor.IModelDeltaDecoration[] => {
        const from = lines.positionAt(mark.start);
        // An empty span still needs one character to be visible.
        const to = lines.positionAt(Math.max(mark.end, Math.min(mark.start + 1, lines.length)));
        const done = mark.status !== 'open';
        const message = { value: mark.comment || '(no comment text)', isTrusted: false, supportHtml: false };
        return [
          {
            range: new monaco.Range(from.lineNumber, from.column, to.lineNumber, to.column),
            options: {
              inlineClassName: `verso-comment sev-${mark.severity}${done ? ' done' : ''}`,
              hoverMessage: message,
              overviewRuler: done ? null : { color: rulerColors[mark.severity], position: monaco.editor.OverviewRulerLane.Right },
              stickiness: monaco.editor.TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges,
            },
          },
          // The margin marker sits on the span's first visual line only, not on every wrapped one.
          {
            range: new monaco.Range(from.lineNumber, from.column, from.lineNumber, from.column),
            options: {
              glyphMarginClassName: `verso-comment-glyph sev-${mark.severity}${done ? ' done' : ''}`,
              glyphMarginHoverMessage: message,
              stickiness: monaco.editor.TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges,
            },
          },
        ];
      }),
    );
  }

  /** Ids of the comments whose span holds the offset of a pane. */
  static at(marks: readonly CommentMark[], offset: number): string[] {
    return marks.filter((m) => m.start <= offset && offset <= Math.max(m.end, m.start + 1)).map((m) => m.id);
  }
}
