// Two revisions of the French translation: the words that changed between them are marked, the
// removed ones in the older pane and the added ones in the newer, row by row.
import { expect, test, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { startHost, type RunningHost } from './host.js';
import type { OpenedSetView } from './panes.js';

let host: RunningHost;
let opened: OpenedSetView;

test.beforeAll(async () => {
  host = await startHost('revisions');
  opened = await host.call<OpenedSetView>('openSet', { path: host.setDir });
});
test.afterAll(async () => host?.stop());

const paneOf = (id: string) => opened.set.documents.findIndex((d) => d.id === id);

async function openApp(page: Page) {
  await page.goto(host.url);
  await expect(page.getByTestId(`pane-${opened.set.documents.length - 1}`)).toBeVisible();
  await page.waitForFunction(() => window.__versoTest?.zonesComplete() === true);
}

/**
 * The texts of the decorated spans of a kind in a pane, scrolling through it (Monaco renders visible
 * lines only). A decoration wrapped over two lines, or crossed by another one, comes in pieces.
 */
async function decoratedSpans(page: Page, pane: number, className: string): Promise<string[]> {
  const editor = page.getByTestId(`pane-${pane}`).locator('.monaco-editor');
  const seen: string[] = [];
  const height = await page.evaluate((p) => window.__versoTest?.scrollHeight(p) ?? 0, pane);
  const box = (await editor.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await expect
    .poll(async () => {
      await page.mouse.wheel(0, -box.height);
      return page.evaluate((p) => window.__versoTest?.scrollTop(p) ?? -1, pane);
    })
    .toBe(0);
  for (let top = 0; top <= height; top += Math.max(100, box.height / 2)) {
    seen.push(...(await editor.locator(`.view-lines .${className}`).allTextContents()));
    await page.mouse.wheel(0, Math.max(100, box.height / 2));
    await page.waitForTimeout(50);
  }
  return seen.map((t) => t.replace(/\u00a0/g, ' '));
}

/** The decorated texts run together without spaces, to find a phrase split over wrapped lines. */
const squeezed = (spans: string[]) => spans.join('').replace(/\s+/g, '');

test('the changed number and the added and removed sentences are marked between the revisions', async ({ page }) => {
  await openApp(page);
  const v1 = paneOf('notice.fr.v1.md');
  const v2 = paneOf('notice.fr.v2.md');
  expect(v1).toBeGreaterThanOrEqual(0);
  await expect(page.getByTestId('diff-toggle')).toBeChecked();

  const added = await decoratedSpans(page, v2, 'verso-diff-added');
  expect(added).toContain('150');
  expect(squeezed(added)).toContain("L'eaurestepotablependanttouteladurée");
  const removed = await decoratedSpans(page, v1, 'verso-diff-removed');
  expect(removed).toContain('15');
  expect(squeezed(removed)).toContain('Lestravauxontétévotésparleconseilmunicipal');
  // The English source has no revision: nothing is marked there.
  expect(await page.getByTestId(`pane-${paneOf('notice.en.md')}`).locator('.verso-diff-added, .verso-diff-removed').count()).toBe(0);
  await page.screenshot({ path: test.info().outputPath('revision-diff.png') });

  await page.getByTestId('diff-toggle').uncheck();
  await expect(page.getByTestId(`pane-${v2}`).locator('.verso-diff-added')).toHaveCount(0);
});

test('a document changed since its comments were made shows the changes since the last review', async ({ page }) => {
  const root = opened.set.root;
  // A comment saved now stores the text as it is; then the document is edited on disk.
  await host.call('addAnnotation', { root, documentId: 'notice.fr.v2.md', draft: { start: 2, end: 7, category: 'style', severity: 'minor', comment: 'Check the title.' } });
  const file = path.join(host.setDir, 'notice.fr.v2.md');
  const text = fs.readFileSync(file, 'utf8');
  fs.writeFileSync(file, text.replace('pendant environ deux semaines', 'pendant environ dix jours'));

  await openApp(page);
  const button = page.getByTestId('changes-since-review-notice.fr.v2.md');
  await expect(button).toBeVisible();
  await page.getByTestId('diff-toggle').uncheck();
  await button.click();
  const v2 = paneOf('notice.fr.v2.md');
  const added = squeezed(await decoratedSpans(page, v2, 'verso-diff-added'));
  expect(added).toContain('dix');
  expect(added).toContain('jours');
  // Only the edit since the review is marked, not the differences from the other revision.
  expect(added).not.toContain('150');
  // Where "deux semaines" was, a mark quotes it on hover.
  const place = page.getByTestId(`pane-${v2}`).locator('.view-lines .verso-diff-removed-here').first();
  await expect(place).toBeVisible();
  await place.hover();
  await expect(page.locator('.monaco-hover').filter({ hasText: 'deux' }).first()).toBeVisible();
});
