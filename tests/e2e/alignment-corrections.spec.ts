// Manual alignment corrections end to end: keys in the real UI against the real `verso serve` on
// a temporary copy of the article set; the corrections land in verso.review.json and come back
// after a reload.
import { expect, test, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { startHost, type RunningHost } from './host.js';
import type { AlignmentView, OpenedSetView } from './panes.js';

type CorrectedView = AlignmentView & { rows: (AlignmentView['rows'][number] & { confirmed?: boolean })[]; corrections?: { applied: number; items: { id: string; kind: string }[] } };

let host: RunningHost;
let opened: OpenedSetView;
let engineRows: number;

test.beforeAll(async () => {
  host = await startHost('article');
  opened = await host.call<OpenedSetView>('openSet', { path: host.setDir });
  engineRows = (await host.call<CorrectedView>('alignSet', { root: opened.set.root, level: 'paragraph' })).rows.length;
});
test.afterAll(async () => host?.stop());

async function openApp(page: Page) {
  await page.goto(host.url);
  await expect(page.getByTestId(`pane-${opened.set.documents.length - 1}`)).toBeVisible();
  await page.waitForFunction(() => window.__versoTest?.zonesComplete() === true);
}

const sidecar = () => path.join(host.setDir, 'verso.review.json');
const storedCorrections = (): { kind: string; level: string; segments: { quote: string }[] }[] =>
  fs.existsSync(sidecar()) ? (JSON.parse(fs.readFileSync(sidecar(), 'utf8')).alignment?.corrections ?? []) : [];
const rowCount = (page: Page) => page.evaluate(() => window.__versoTest!.rowCount());

test('merge two rows and confirm one by keyboard; both survive a reload', async ({ page }) => {
  await openApp(page);
  expect(await rowCount(page)).toBe(engineRows);

  // Row 2 (Alt+↓ twice from no row), then merge it with row 3 and confirm the merged row.
  await page.getByTestId('status-row').click();
  await page.keyboard.press('Alt+ArrowDown');
  await page.keyboard.press('Alt+ArrowDown');
  await expect(page.getByTestId('status-row')).toHaveText(`Row 2 / ${engineRows}`);
  await page.keyboard.press('Control+Alt+KeyJ');
  await expect.poll(() => rowCount(page)).toBe(engineRows - 1);
  await expect(page.getByTestId('status-row')).toHaveText(`Row 2 / ${engineRows - 1}`);
  await page.keyboard.press('Control+Alt+Enter');
  await expect(page.getByTestId('status-confirmed')).toBeVisible();
  await expect(page.locator('.verso-row-confirmed').first()).toBeVisible();

  await expect.poll(() => storedCorrections().map((c) => c.kind)).toEqual(['merge', 'confirm']);
  const [merge, confirm] = storedCorrections();
  expect(merge!.level).toBe('paragraph');
  expect(merge!.segments.map((s) => s.quote)).toContain('How the library began');
  expect(confirm!.segments.length).toBe(2 * opened.set.documents.length);
  await expect(page.getByTestId('corrections-list-toggle')).toContainText('Corrections (2)');

  await page.reload();
  await openApp(page);
  expect(await rowCount(page)).toBe(engineRows - 1);
  const corrected = await host.call<CorrectedView>('alignSet', { root: opened.set.root, level: 'paragraph' });
  expect(corrected.rows).toHaveLength(engineRows - 1);
  expect(corrected.rows[1]!.confirmed).toBe(true);
  expect(corrected.corrections?.applied).toBe(2);
  await page.getByTestId('status-row').click();
  await page.keyboard.press('Alt+ArrowDown');
  await page.keyboard.press('Alt+ArrowDown');
  await expect(page.getByTestId('status-confirmed')).toBeVisible();
});

test('the keys work inside a pane, and undo removes the last correction', async ({ page }) => {
  await openApp(page);
  const before = storedCorrections().length;
  const rows = await rowCount(page);
  // Click into the English pane's text: the cursor's row becomes the current row, and the keys
  // below go to Monaco, which runs them as editor actions.
  await page.getByTestId('pane-0').locator('.view-line').nth(4).click();
  await expect(page.getByTestId('status-row')).not.toHaveText(/Row – /);
  await page.keyboard.press('Control+Alt+KeyJ');
  await expect.poll(() => rowCount(page)).toBe(rows - 1);
  await expect.poll(() => storedCorrections().length).toBe(before + 1);
  await page.keyboard.press('Control+Alt+KeyZ');
  await expect.poll(() => rowCount(page)).toBe(rows);
  await expect.poll(() => storedCorrections().length).toBe(before);
});
