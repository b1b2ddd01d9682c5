// A read-only window into the panes' layout for the end-to-end tests, which check that aligned
// rows start at the same height in every pane. Nothing here changes state.
import type { AlignedPanes } from '../panes/aligned-panes.js';

export interface VersoTestHook {
  paneCount(): number;
  rowCount(): number;
  /** True once every spacer zone has been added (they arrive in chunks after the first screen). */
  zonesComplete(): boolean;
  zoneCount(): number;
  scrollTop(pane: number): number;
  scrollHeight(pane: number): number;
  /** Top of a row in a pane as Monaco lays it out (px from the content top), null where the pane lacks it. */
  rowTop(pane: number, row: number): number | null;
  /** Where the layout means every pane's row to start. */
  plannedRowTop(row: number): number | null;
  currentRow(): number | null;
}

declare global {
  interface Window {
    __versoTest?: VersoTestHook;
  }
}

export function exposeTestHook(panes: AlignedPanes): () => void {
  const hook: VersoTestHook = {
    paneCount: () => panes.editors.length,
    rowCount: () => panes.rowCount,
    zonesComplete: () => panes.zonesComplete,
    zoneCount: () => panes.zoneCount,
    scrollTop: (i) => panes.editors[i]?.getScrollTop() ?? 0,
    scrollHeight: (i) => panes.editors[i]?.getScrollHeight() ?? 0,
    rowTop: (i, row) => panes.measuredRowTop(i, row),
    plannedRowTop: (row) => panes.plannedRowTop(row),
    currentRow: () => panes.row,
  };
  window.__versoTest = hook;
  return () => {
    if (window.__versoTest === hook) delete window.__versoTest;
  };
}
