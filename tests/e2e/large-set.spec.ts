// Scale, functionally: a generated set of 5 documents × 5,000 paragraphs opens, aligns and
// scrolls in sync to its far end, in the Paragraphs and the Sentences view. How fast is measured
// by `npm run bench`, not here.
import { expect, test, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot, startHost, type RunningHost } from './host.js';
import { rowStartLines, visibleRowTops, type AlignmentView, type OpenedSetView } from './panes.js';

let host: RunningHost;
let work: string;

test.beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'verso-large-'));
  const setDir = path.join(work, 'large');
  const generated = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'generate-large-set.mjs'), setDir, '--docs', '5', '--paragraphs', '5000'], { encoding: 'utf8' });
  expect(generated.status, generated.stderr).toBe(0);
  host = await startHost('large', { setDir });
});
test.afterAll(async () => {
  await host?.stop();
  fs.rmSync(work, { recursive: true, force: true });
});

test('5 documents × 5,000 paragraphs open, align and scroll in sync to the end', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto(host.url);
  for (let i = 0; i < 5; i++) await expect(page.getByTestId(`pane-${i}`).locator('.view-line').first()).toBeVisible({ timeout: 60_000 });
  await page.waitForFunction(() => window.__versoTest?.zonesComplete() === true && window.__versoTest.rowCount() > 5000, null, { timeout: 180_000 });

  const opened = await host.call<OpenedSetView>('openSet', { path: host.setDir });
  const alignment = await host.call<AlignmentView>('alignSet', { root: opened.set.root, level: 'paragraph' });
  const starts = rowStartLines(opened, alignment);
  const heights = await page.evaluate(() => Array.from({ length: 5 }, (_, i) => window.__versoTest!.scrollHeight(i)));
  expect(new Set(heights).size, `equal scroll heights ${heights}`).toBe(1);

  // Jump to the end of the first pane with the keyboard: every pane follows.
  await page.getByTestId('pane-0').locator('.view-line').first().click();
  await page.keyboard.press('Control+End');
  await expect.poll(() => page.evaluate(() => window.__versoTest!.scrollTop(0)), { timeout: 20_000 }).toBeGreaterThan(heights[0]! * 0.9);
  await expect.poll(() => page.evaluate(() => new Set(Array.from({ length: 5 }, (_, i) => window.__versoTest!.scrollTop(i))).size)).toBe(1);
  await page.waitForTimeout(300);
  const rows = await visibleRowTops(page, starts, 5);
  expect(rows.length, 'aligned rows on screen near the end').toBeGreaterThan(0);
  for (const { row, tops: rowTops } of rows) {
    const present = rowTops.filter((t): t is number => t !== null);
    expect(Math.max(...present) - Math.min(...present), `row ${row} aligned: ${JSON.stringify(rowTops)}`).toBeLessThanOrEqual(1);
  }
  expect(Math.min(...rows.map((r) => r.row))).toBeGreaterThan(2000);
});

/** Screen top of the view line starting with each prefix in a pane (a heading's or list item's marker may come first), null when not rendered. */
function sentenceLineTops(page: Page, pane: number, prefixes: string[]): Promise<(number | null)[]> {
  return page.evaluate(
    ({ pane, prefixes }) => {
      const lines = [...document.querySelectorAll(`[data-testid="pane-${pane}"] .view-line`)].map((el) => {
        const text = (el.textContent ?? '').replace(/\u00a0/g, ' ');
        return { text, bare: text.replace(/^[#>*+\- ]+/, ''), top: el.getBoundingClientRect().top };
      });
      return prefixes.map((p) => lines.find((l) => l.text.startsWith(p) || l.bare.startsWith(p))?.top ?? null);
    },
    { pane, prefixes },
  );
}

test('Sentences view on 5 × 5,000 paragraphs: around row 5,000 every sentence starts level in all panes, scrolled together', async ({ page }) => {
  test.setTimeout(300_000);
  const opened = await host.call<OpenedSetView>('openSet', { path: host.setDir });
  const sentences = await host.call<AlignmentView>('alignSet', { root: opened.set.root, level: 'sentence' });
  expect(sentences.rows.length).toBeGreaterThan(10_000);
  await page.goto(host.url);
  await page.waitForFunction(() => window.__versoTest?.zonesComplete() === true, null, { timeout: 180_000 });
  await page.getByTestId('view-sentence').click();
  await expect(page.getByTestId('view-sentence')).toHaveAttribute('aria-pressed', 'true');
  await page.waitForFunction((rows) => window.__versoTest?.rowCount() === rows && window.__versoTest.zonesComplete(), sentences.rows.length, { timeout: 180_000 });
  const heights = await page.evaluate(() => Array.from({ length: 5 }, (_, i) => window.__versoTest!.scrollHeight(i)));
  expect(new Set(heights).size, `equal scroll heights ${heights}`).toBe(1);

  // The app's layout: every row that starts a line is where the plan puts it, in every pane.
  const misaligned = await page.evaluate(() => {
    const hook = window.__versoTest!;
    const bad: string[] = [];
    for (let r = 1; r < hook.rowCount(); r++) {
      const planned = hook.plannedRowTop(r);
      for (let p = 0; p < hook.paneCount(); p++) {
        const top = hook.rowTop(p, r);
        if (top !== null && planned !== null && Math.abs(top - planned) > 0.5) bad.push(`row ${r} pane ${p}: ${top} ≠ ${planned}`);
      }
    }
    return bad.slice(0, 10);
  });
  expect(misaligned).toEqual([]);

  // Row 5,000 by the first pane's scrollbar (a click on the track brings that point to the middle).
  const target = await page.evaluate(() => window.__versoTest!.plannedRowTop(5000)!);
  const editor = (await page.getByTestId('pane-0').locator('.monaco-editor').boundingBox())!;
  const viewport = editor.height;
  await page.mouse.move(editor.x + editor.width / 2, editor.y + editor.height / 2);
  await page.mouse.move(editor.x + editor.width - 5, editor.y + editor.height * ((target + viewport / 2) / heights[0]!));
  await page.mouse.down();
  await page.mouse.up();
  await expect.poll(() => page.evaluate(() => window.__versoTest!.scrollTop(0)), { timeout: 20_000 }).toBeGreaterThan(target - 20 * viewport);
  await expect.poll(() => page.evaluate(() => new Set(Array.from({ length: 5 }, (_, i) => window.__versoTest!.scrollTop(i))).size)).toBe(1);
  await page.waitForTimeout(300);

  // On screen, measured from the DOM: each visible row's sentences start at the same height.
  const visible = await page.evaluate((height) => {
    const hook = window.__versoTest!;
    const top = hook.scrollTop(0);
    const rows: number[] = [];
    for (let r = 0; r < hook.rowCount(); r++) {
      const y = hook.plannedRowTop(r);
      if (y !== null && y >= top && y < top + height - 40) rows.push(r);
    }
    return rows;
  }, viewport);
  expect(Math.min(...visible), `rows on screen: ${visible.join(',')}`).toBeGreaterThan(4000);
  const prefixes = visible.map((r) => sentences.rows[r]!.cells.map((cell) => (cell[0] ? cell[0].text.split('\n')[0]!.slice(0, 10) : null)));
  const tops: (number | null)[][] = visible.map(() => []);
  for (let pane = 0; pane < 5; pane++) {
    const found = await sentenceLineTops(page, pane, prefixes.map((row) => row[pane] ?? '\u0000'));
    found.forEach((t, i) => tops[i]!.push(prefixes[i]![pane] === null ? null : t));
  }
  const level = visible.filter((_, i) => prefixes[i]!.every((p, pane) => p === null || tops[i]![pane] !== null));
  expect(level.length, `rows found in every pane that has them, of ${visible.length} on screen`).toBeGreaterThanOrEqual(Math.min(8, visible.length));
  for (const row of level) {
    const i = visible.indexOf(row);
    const present = tops[i]!.filter((t): t is number => t !== null);
    expect(Math.max(...present) - Math.min(...present), `row ${row} level: ${JSON.stringify(tops[i])}`).toBeLessThanOrEqual(1);
  }
});
