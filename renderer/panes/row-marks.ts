// Decorations that belong to rows: the current row (in every pane) and rows the aligner was
// unsure of (a gutter mark and an overview-ruler tick).
import { monaco, type MonacoEditor } from './monaco.js';
import { rowLines, type RowSegment } from './row-layout.js';
import type { TextLines } from '../text-lines.js';

/** Below this engine confidence a row gets a low-confidence mark. */
export const lowConfidence = 0.5;

export class RowMarks {
  private readonly current: monaco.editor.IEditorDecorationsCollection[];
  private readonly unsure: monaco.editor.IEditorDecorationsCollection[];

  constructor(
    private readonly editors: readonly MonacoEditor[],
    private readonly lines: readonly TextLines[],
  ) {
    this.current = editors.map((e) => e.createDecorationsCollection());
    this.unsure = editors.map((e) => e.createDecorationsCollection());
  }

  setCurrentRow(cells: readonly (readonly RowSegment[])[] | undefined): void {
    this.editors.forEach((_editor, d) => {
      const lines = this.lines[d];
      const span = cells && lines ? rowLines(cells[d], lines) : null;
      this.current[d]?.set(
        span
          ? [
              {
                range: new monaco.Range(span.first, 1, span.last, 1),
                options: {
                  isWholeLine: true,
                  className: 'verso-row-current',
                  linesDecorationsClassName: 'verso-row-current-gutter',
                  overviewRuler: { color: '#5b8dd6', position: monaco.editor.OverviewRulerLane.Full },
                },
              },
            ]
          : [],
      );
    });
  }

  setLowConfidence(rows: readonly { cells: RowSegment[][]; score: number }[]): void {
    this.editors.forEach((_editor, d) => {
      const lines = this.lines[d];
      if (!lines) return;
      const decorations: monaco.editor.IModelDeltaDecoration[] = [];
      for (const row of rows) {
        if (row.score >= lowConfidence) continue;
        const span = rowLines(row.cells[d], lines);
        if (!span) continue;
        decorations.push({
          range: new monaco.Range(span.first, 1, span.last, 1),
          options: {
            isWholeLine: true,
            linesDecorationsClassName: 'verso-low-confidence',
            linesDecorationsTooltip: `Low confidence (${row.score.toFixed(2)}): the aligner was unsure of this row. Check it, then correct or confirm it.`,
            overviewRuler: { color: '#d9a441', position: monaco.editor.OverviewRulerLane.Left },
          },
        });
      }
      this.unsure[d]?.set(decorations);
    });
  }
}
