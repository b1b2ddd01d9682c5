// A green gutter mark on rows the reviewer confirmed, with a tooltip saying what it means.
import { monaco, type MonacoEditor } from '../panes/monaco.js';
import { rowLines } from '../panes/row-layout.js';
import type { TextLines } from '../text-lines.js';
import type { AlignedRow } from '../../shared/model.js';

export class ConfirmedMarks {
  private readonly collections: monaco.editor.IEditorDecorationsCollection[];

  constructor(
    private readonly editors: readonly MonacoEditor[],
    private readonly lines: readonly TextLines[],
  ) {
    this.collections = editors.map((e) => e.createDecorationsCollection());
  }

  set(rows: readonly AlignedRow[]): void {
    this.editors.forEach((_editor, d) => {
      const lines = this.lines[d];
      if (!lines) return;
      const decorations: monaco.editor.IModelDeltaDecoration[] = [];
      rows.forEach((row, r) => {
        if (!row.confirmed) return;
        const span = rowLines(row.cells[d], lines);
        if (!span) return;
        decorations.push({
          range: new monaco.Range(span.first, 1, span.last, 1),
          options: {
            isWholeLine: true,
            linesDecorationsClassName: 'verso-row-confirmed',
            linesDecorationsTooltip: `Row ${r + 1} confirmed by the reviewer (Ctrl+Alt+Enter again removes the confirmation).`,
            overviewRuler: { color: '#3c9a5f', position: monaco.editor.OverviewRulerLane.Left },
          },
        });
      });
      this.collections[d]?.set(decorations);
    });
  }

  dispose(): void {
    for (const collection of this.collections) collection.clear();
  }
}
