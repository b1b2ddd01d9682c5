// DOM measurements of the Monaco panes for the end-to-end tests. They read what is on screen
// (line-number elements and their positions), not the app's own layout bookkeeping, so a
// misaligned row is caught even if the app's computation is wrong.
import type { Page } from '@playwright/test';

export interface OpenedSetView {
  set: { root: string; documents: { id: string; fileName: string; language: string; direction: 'ltr' | 'rtl' }[]; sourceId: string | null };
  texts: string[];
}

export interface AlignmentView {
  rows: { cells: { start: number; end: number; text: string }[][]; kind: string; score: number; movedFrom?: number }[];
}

/** 1-based line number of a UTF-16 offset. */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** For each row, the first line of its first segment in each document (null where the document has none). */
export function rowStartLines(opened: OpenedSetView, alignment: AlignmentView): (number | null)[][] {
  return alignment.rows.map((row) =>
    row.cells.map((cell, doc) => (cell.length ? lineOf(opened.texts[doc] ?? '', cell[0]!.start) : null)),
  );
}

/**
 * Screen y (page pixels) of the line-number gutter entry for each requested line in pane `pane`,
 * or null when that line is not rendered (outside the viewport).
 */
export async function lineTops(page: Page, pane: number, lines: number[]): Promise<(number | null)[]> {
  return page.evaluate(
    ({ pane, lines }) => {
      const root = document.querySelector(`[data-testid="pane-${pane}"]`);
      if (!root) return lines.map(() => null);
      const byLine = new Map<number, number>();
      for (const el of root.querySelectorAll('.margin-view-overlays .line-numbers')) {
        const n = Number((el.textContent ?? '').trim());
        if (Number.isFinite(n) && n > 0) byLine.set(n, el.getBoundingClientRect().top);
      }
      return lines.map((l) => byLine.get(l) ?? null);
    },
    { pane, lines },
  );
}

/**
 * Rows whose first line is on screen in every pane that has them, with the screen top of that
 * line in each pane. Rows missing from a pane are skipped for that pane.
 */
export async function visibleRowTops(page: Page, starts: (number | null)[][], paneCount: number) {
  const perPane: (number | null)[][] = [];
  for (let pane = 0; pane < paneCount; pane++) {
    const lines = starts.map((row) => row[pane] ?? 0);
    perPane.push(await lineTops(page, pane, lines));
  }
  const rows: { row: number; tops: (number | null)[] }[] = [];
  starts.forEach((row, r) => {
    const tops = row.map((line, pane) => (line === null ? null : perPane[pane]![r] ?? null));
    const present = row.filter((line) => line !== null).length;
    const measured = tops.filter((t) => t !== null).length;
    if (present >= 2 && measured === present) rows.push({ row: r, tops });
  });
  return rows;
}

/** The first comment asks for the reviewer's name once; answers it when it is shown. */
export async function answerReviewerNameIfAsked(page: Page, name = 'Rita Reviewer'): Promise<void> {
  if (!(await page.getByTestId('reviewer-name-dialog').isVisible().catch(() => false))) return;
  await page.getByTestId('reviewer-name').fill(name);
  await page.getByTestId('reviewer-name-save').click();
}
