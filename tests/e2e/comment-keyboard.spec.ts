// The comment flow by keyboard alone: after the page loads, no mouse. Focus moves into a pane
// with Tab, a word is selected with the find box (Ctrl+F), Ctrl+Alt+M opens the form, the category is
// picked by typing, severity by a digit, and Enter saves; the comment lands in the sidecar.
import { expect, test, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { startHost, type RunningHost } from './host.js';
import type { OpenedSetView } from './panes.js';

let host: RunningHost;
let opened: OpenedSetView;

test.beforeAll(async () => {
  host = await startHost('article');
  opened = await host.call<OpenedSetView>('openSet', { path: host.setDir });
});
test.afterAll(async () => host?.stop());

const focusedPane = (page: Page) =>
  page.evaluate(() => document.activeElement?.closest('[data-testid^="pane-"]')?.getAttribute('data-testid') ?? null);

test('a comment made with the keyboard alone is saved with its category and severity', async ({ page }) => {
  const de = opened.set.documents.findIndex((d) => d.language === 'de');
  const doc = opened.set.documents[de]!;
  const sidecar = path.join(host.setDir, `${doc.fileName}.review.json`);
  const before = JSON.parse(fs.readFileSync(sidecar, 'utf8')).annotations.length as number;

  await page.goto(host.url);
  await expect(page.getByTestId(`pane-${opened.set.documents.length - 1}`)).toBeVisible();
  await page.waitForFunction(() => window.__versoTest?.zonesComplete() === true);

  // Tab through the toolbar into the German pane.
  for (let i = 0; i < 60 && (await focusedPane(page)) !== `pane-${de}`; i++) await page.keyboard.press('Tab');
  expect(await focusedPane(page)).toBe(`pane-${de}`);
  // Select a word with the editor's find box: Ctrl+F, type, Enter selects the match, Esc returns.
  await page.keyboard.press('Control+F');
  await expect(page.getByTestId(`pane-${de}`).locator('.find-widget textarea, .find-widget input').first()).toBeFocused();
  await page.keyboard.type('Willkommen');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  expect(await focusedPane(page)).toBe(`pane-${de}`);
  await page.keyboard.press('Control+Alt+KeyM');

  // The first comment asks for the reviewer's name.
  await expect(page.getByTestId('reviewer-name-dialog')).toBeVisible();
  await page.keyboard.type('Kai Keyboard');
  await page.keyboard.press('Enter');

  const form = page.getByTestId('comment-form');
  await expect(form).toBeVisible();
  await expect(page.getByTestId('comment-category')).toBeFocused();
  // The aligned segments of the other documents are highlighted while the form is open.
  await expect(page.getByTestId('pane-0').locator('.verso-linked').first()).toBeVisible();
  await page.keyboard.type('omis');
  await expect(page.getByTestId('category-list').locator('[role="option"]').first()).toHaveAttribute('data-category', 'accuracy/omission');
  await page.keyboard.press('Enter');
  await page.keyboard.press('3');
  await expect(page.getByTestId('comment-severity')).toHaveAttribute('data-value', 'major');
  await expect(page.getByTestId('comment-text')).toBeFocused();
  const comment = 'The greeting drops “volunteer-run” from the source sentence.';
  await page.keyboard.type(comment);
  await page.keyboard.press('Enter');
  await expect(form).toBeHidden();

  await expect.poll(() => fs.readFileSync(sidecar, 'utf8')).toContain(comment);
  const saved = JSON.parse(fs.readFileSync(sidecar, 'utf8'));
  expect(saved.annotations.length).toBe(before + 1);
  const annotation = saved.annotations.find((a: { comment: string }) => a.comment === comment);
  expect(annotation).toMatchObject({ category: 'accuracy/omission', severity: 'major', status: 'open', author: 'Kai Keyboard' });
  expect(annotation.target.selector[0].exact).toBe('Willkommen');
  expect(annotation.links.some((l: { documentId: string }) => l.documentId === 'field-guide.en.md')).toBe(true);
  await expect(page.getByTestId('comment-item').filter({ hasText: comment })).toBeVisible();

  // Esc cancels anywhere in the form, and nothing is saved.
  await page.keyboard.press('Control+Alt+KeyM');
  await expect(form).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('comment-severity-minor')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(form).toBeHidden();
  expect(JSON.parse(fs.readFileSync(sidecar, 'utf8')).annotations.length).toBe(before + 1);
});
