// N read-only Monaco panes kept row-aligned (spacer zones), scrolled together, with the current
// row highlighted in all of them. The recipe and its measurements are in MONACO-NOTES.md.
import { createPaneEditor, monaco, type MonacoEditor } from './monaco.js';
import { wrappingStrategyFor } from './wrapping.js';

const firstAlignedPaint = 'verso:first-aligned-paint';
import { layoutRows, planRows, rowAtOffset, type RowInput, type RowLayout, type RowPlan } from './row-layout.js';
import { SpacerZones, type GapLabel } from './spacer-zones.js';
import { RowMarks } from './row-marks.js';
import { CommentMarks } from './comment-marks.js';
import { QaMarks } from './qa-marks.js';
import { DiffMarks } from './diff-marks.js';
import { TextLines } from '../text-lines.js';
import { copyDocumentText } from './document-copy.js';
import { lastAtOrBelow } from '../../shared/sorted.js';

export interface PaneDocument {
  text: string;
  /** Accessible name of the pane, e.g. "Telugu, guide.te.md". */
  label: string;
  /** What the pane shows instead of `text` (the Sentences view), with its document-offset lines. */
  view?: { text: string; lines: TextLines; lineLabel?(viewLine: number): string };
}

export interface AlignedRowInput extends RowInput {
  score: number;
  kind?: string;
  /** For a moved row: the row holding the other document's text (DESIGN.md §4). */
  movedFrom?: number;
}

export interface PaneEvents {
  /** The current row changed (a click, a key, a jump); null when the cursor is outside any row. */
  onRowChange(row: number | null): void;
  /** The cursor moved in a pane (that pane is now the active one). */
  onCursor(paneIndex: number, offset: number): void;
  onAddComment(paneIndex: number): void;
}

/** Keys for QA findings inside the editors, set by the findings panel's owner. */
export interface FindingKeys {
  /** F8 (+1) / Shift+F8 (-1). */
  move(delta: 1 | -1): void;
  /** Ctrl+Alt+Q: a comment from the current finding. */
  toComment(): void;
}

/** Rows added to the editors per animation frame after the first screen. */
const zoneChunkSlots = 600;

export class AlignedPanes {
  readonly editors: MonacoEditor[];
  readonly lines: TextLines[];
  activePane = 0;
  private readonly zones: SpacerZones[];
  private readonly marks: RowMarks;
  readonly comments: CommentMarks;
  readonly qa: QaMarks;
  readonly diff: DiffMarks;
  findingKeys: FindingKeys | null = null;
  private rows: readonly AlignedRowInput[] = [];
  private plan: RowPlan | null = null;
  private layout: RowLayout | null = null;
  private zoneSlotLimit = 0;
  /** Slots below this have their spacers in the editors (for the current layout). */
  private zoneSlotsPlaced = 0;
  private zoneGeneration = 0;
  private syncingScroll = false;
  private currentRow: number | null = null;
  private readonly disposables: monaco.IDisposable[] = [];

  constructor(
    containers: readonly HTMLElement[],
    documents: readonly PaneDocument[],
    private readonly events: PaneEvents,
    gapLabel: string,
  ) {
    this.lines = documents.map((d) => d.view?.lines ?? new TextLines(d.text));
    this.editors = documents.map((doc, i) => {
      const container = containers[i];
      if (!container) throw new Error(`Pane ${i + 1} has no container element.`);
      const editor = createPaneEditor(container, doc.label, wrappingStrategyFor(doc.text));
      // The model holds the text exactly as decoded so offsets map 1:1 (see text-lines.ts); a
      // view's text maps through its own lines (sentence-lines.ts).
      editor.setModel(monaco.editor.createModel(doc.view?.text ?? doc.text, 'plaintext'));
      if (doc.view?.lineLabel) editor.updateOptions({ lineNumbers: doc.view.lineLabel });
      const lines = this.lines[i];
      if (lines) this.disposables.push(copyDocumentText(container, editor, lines, doc.text));
      return editor;
    });
    // Opposite a moved row, the gap says where the document has that text, and goes there.
    const labelFor = (slot: number): GapLabel => {
      const row = this.rows[slot - 1];
      return row?.kind === 'moved' && row.movedFrom !== undefined ? { text: `moved — see row ${row.movedFrom + 1}`, goTo: row.movedFrom } : { text: gapLabel };
    };
    this.zones = this.editors.map((editor) => new SpacerZones(editor, labelFor));
    this.marks = new RowMarks(this.editors, this.lines);
    this.comments = new CommentMarks(this.editors, this.lines);
    this.qa = new QaMarks(this.editors, this.lines);
    this.diff = new DiffMarks(this.editors, this.lines);
    this.editors.forEach((editor, i) => this.wire(editor, i));
  }

  private wire(editor: MonacoEditor, index: number): void {
    this.disposables.push(
      // A click on the gap opposite a moved row goes to the row holding this document's text.
      editor.onMouseDown((e) => {
        if (e.target.type !== monaco.editor.MouseTargetType.CONTENT_VIEW_ZONE) return;
        const row = this.zones[index]?.goToOf(e.target.detail.viewZoneId);
        if (row !== undefined) this.goToRow(row);
      }),
      editor.onDidScrollChange((e) => {
        if (this.syncingScroll || (!e.scrollTopChanged && !e.scrollLeftChanged)) return;
        this.syncingScroll = true;
        try {
          for (const other of this.editors) {
            if (other === editor) continue;
            other.setScrollTop(e.scrollTop);
            other.setScrollLeft(e.scrollLeft);
          }
        } finally {
          this.syncingScroll = false;
        }
      }),
      editor.onDidFocusEditorText(() => {
        this.activePane = index;
      }),
      editor.onDidChangeCursorPosition((e) => {
        this.activePane = index;
        const offset = this.lines[index]?.offsetAt(e.position) ?? 0;
        this.events.onCursor(index, offset);
        if (e.source === 'api' || !this.plan) return;
        this.setCurrentRow(rowAtOffset(this.plan, index, offset, e.position.lineNumber), false);
      }),
      editor.addAction({
        id: 'verso.nextRow',
        label: 'Next aligned row',
        keybindings: [monaco.KeyMod.Alt | monaco.KeyCode.DownArrow],
        run: () => this.moveRow(1),
      }),
      editor.addAction({
        id: 'verso.previousRow',
        label: 'Previous aligned row',
        keybindings: [monaco.KeyMod.Alt | monaco.KeyCode.UpArrow],
        run: () => this.moveRow(-1),
      }),
      editor.addAction({
        id: 'verso.addComment',
        label: 'Add review comment',
        keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyMod.Alt | monaco.KeyCode.KeyM],
        run: () => this.events.onAddComment(index),
      }),
      editor.addAction({
        id: 'verso.nextFinding',
        label: 'Next QA finding',
        keybindings: [monaco.KeyCode.F8],
        run: () => this.findingKeys?.move(1),
      }),
      editor.addAction({
        id: 'verso.previousFinding',
        label: 'Previous QA finding',
        keybindings: [monaco.KeyMod.Shift | monaco.KeyCode.F8],
        run: () => this.findingKeys?.move(-1),
      }),
      editor.addAction({
        id: 'verso.findingToComment',
        label: 'Comment on the current QA finding',
        keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyMod.Alt | monaco.KeyCode.KeyQ],
        run: () => this.findingKeys?.toComment(),
      }),
    );
  }

  /** Aligns the panes to a new alignment: plans rows, then adds spacers screen first. */
  setAlignment(rows: readonly AlignedRowInput[]): void {
    this.rows = rows;
    this.plan = planRows(rows, this.lines);
    this.currentRow = null;
    for (const zones of this.zones) zones.clear();
    this.measure();
    this.marks.setLowConfidence(rows);
    this.scheduleZones();
  }

  get rowCount(): number {
    return this.rows.length;
  }

  get row(): number | null {
    return this.currentRow;
  }

  rowInfo(row: number): AlignedRowInput | undefined {
    return this.rows[row];
  }

  private measure(): void {
    if (!this.plan) return;
    this.layout = layoutRows(this.plan, (d, from, to) => {
      const editor = this.editors[d];
      const lineCount = this.lines[d]?.lineCount ?? 1;
      if (!editor) return 0;
      const top = editor.getTopForLineNumber(from);
      const bottom = to > lineCount ? editor.getBottomForLineNumber(lineCount) : editor.getTopForLineNumber(to, true);
      return bottom - top;
    });
  }

  private scheduleZones(): void {
    const generation = ++this.zoneGeneration;
    const slotCount = this.rows.length + 1;
    const viewportBottom = Math.max(...this.editors.map((e) => e.getScrollTop() + e.getLayoutInfo().height)) * 2;
    this.zoneSlotLimit = Math.min(slotCount, this.slotAtHeight(viewportBottom) + 1);
    this.applyZones();
    // The benchmark reads this mark: the first screen is aligned once this frame is painted.
    requestAnimationFrame(() => {
      if (generation === this.zoneGeneration && performance.getEntriesByName(firstAlignedPaint).length === 0) performance.mark(firstAlignedPaint);
    });
    const step = (): void => {
      if (generation !== this.zoneGeneration || this.zoneSlotLimit >= slotCount) return;
      this.zoneSlotLimit = Math.min(slotCount, this.zoneSlotLimit + zoneChunkSlots);
      this.applyZones(true);
      requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  }

  private slotAtHeight(y: number): number {
    return lastAtOrBelow(this.layout?.slotTops ?? [0], y);
  }

  /** Puts the layout's spacers up to the slot limit in the editors; `grow`: only the slots added since the last call (same layout). */
  private applyZones(grow = false): void {
    const layout = this.layout;
    if (!layout) return;
    const limit = this.zoneSlotLimit;
    const from = grow ? this.zoneSlotsPlaced : 0;
    this.zones.forEach((zones, d) => {
      const spacers = layout.spacers[d] ?? [];
      if (grow) zones.add(spacers.filter((s) => s.slot >= from && s.slot < limit));
      else zones.sync(limit > this.rows.length ? spacers : spacers.filter((s) => s.slot < limit));
    });
    this.zoneSlotsPlaced = limit;
  }

  /** After a resize: re-wrap every editor first, then measure and resize spacers in one batch each. */
  relayout(): void {
    for (const editor of this.editors) editor.layout();
    if (!this.plan) return;
    const scrollTop = this.editors[0]?.getScrollTop() ?? 0;
    this.measure();
    this.applyZones();
    this.editors[0]?.setScrollTop(scrollTop);
  }

  get zonesComplete(): boolean {
    return this.zoneSlotLimit > this.rows.length;
  }

  get zoneCount(): number {
    return this.zones.reduce((sum, z) => sum + z.count, 0);
  }

  /** Top of a row in a pane as the editor lays it out, or null where the pane lacks the row. */
  measuredRowTop(paneIndex: number, row: number): number | null {
    const place = this.plan?.documents[paneIndex]?.places[row + 1];
    const editor = this.editors[paneIndex];
    return place?.kind === 'block' && editor ? editor.getTopForLineNumber(place.line) : null;
  }

  plannedRowTop(row: number): number | null {
    return this.layout?.slotTops[row + 1] ?? null;
  }

  moveRow(delta: number): void {
    if (this.rows.length === 0) return;
    const from = this.currentRow ?? (delta > 0 ? -1 : this.rows.length);
    this.setCurrentRow(Math.max(0, Math.min(this.rows.length - 1, from + delta)), true);
  }

  goToRow(row: number): void {
    this.setCurrentRow(row, true);
  }

  private setCurrentRow(row: number | null, reveal: boolean): void {
    if (row === this.currentRow) return;
    this.currentRow = row;
    const cells = row === null ? undefined : this.rows[row]?.cells;
    this.marks.setCurrentRow(cells);
    this.zones.forEach((zones, d) => zones.highlightGap(row !== null && !cells?.[d]?.length ? row + 1 : null));
    if (row !== null && reveal) this.revealRow(row);
    this.events.onRowChange(row);
  }

  private revealRow(row: number): void {
    const cells = this.rows[row]?.cells ?? [];
    const pane = cells[this.activePane]?.length ? this.activePane : cells.findIndex((c) => c.length > 0);
    const first = cells[pane]?.[0];
    const editor = this.editors[pane];
    const lines = this.lines[pane];
    if (!first || !editor || !lines) return;
    const position = lines.positionAt(first.start);
    editor.revealLineInCenterIfOutsideViewport(position.lineNumber);
    if (pane === this.activePane) editor.setPosition(position, 'api');
  }

  /** Selects a span of a pane's text and brings it into view (comment sidebar jumps). */
  revealSpan(paneIndex: number, start: number, end: number): void {
    const editor = this.editors[paneIndex];
    const lines = this.lines[paneIndex];
    if (!editor || !lines) return;
    const from = lines.positionAt(start);
    const to = lines.positionAt(end);
    const range = new monaco.Range(from.lineNumber, from.column, to.lineNumber, to.column);
    this.activePane = paneIndex;
    editor.setSelection(range, 'sidebar');
    editor.revealRangeInCenterIfOutsideViewport(range);
    editor.focus();
  }

  /** The selected span of a pane (offsets), collapsed to the cursor when nothing is selected. */
  selection(paneIndex: number): { start: number; end: number } | null {
    const selection = this.editors[paneIndex]?.getSelection();
    const lines = this.lines[paneIndex];
    if (!selection || !lines) return null;
    const a = lines.offsetAt({ lineNumber: selection.startLineNumber, column: selection.startColumn });
    const b = lines.offsetAt({ lineNumber: selection.endLineNumber, column: selection.endColumn });
    return { start: Math.min(a, b), end: Math.max(a, b) };
  }

  rowAt(paneIndex: number, offset: number): number | null {
    if (!this.plan) return null;
    return rowAtOffset(this.plan, paneIndex, offset, this.lines[paneIndex]?.lineAt(offset) ?? 1);
  }

  dispose(): void {
    this.zoneGeneration++;
    for (const d of this.disposables) d.dispose();
    for (const editor of this.editors) {
      const model = editor.getModel();
      editor.dispose();
      model?.dispose();
    }
  }
}
