// Scale, functionally: a generated set of 5 documents × 5,000 paragraphs opens, aligns and
// scrolls in sync to its far end. How fast is measured by `npm run bench`, not here.
import { expect, test } from '@playwright/test';
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
