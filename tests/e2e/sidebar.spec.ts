// The comment sidebar as a reviewer uses it on the sample set's five example comments: filters by
// severity, status and author, text search, a reply thread, resolve and reopen — each checked in
// the UI and, for changes, in the sidecar on disk.
import { expect, test, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { startHost, type RunningHost } from './host.js';

let host: RunningHost;
test.beforeEach(async () => {
  host = await startHost('article');
  await host.call('updateSettings', { reviewerName: 'Rita Reviewer' });
});
test.afterEach(async () => host?.stop());

const items = (page: Page) => page.getByTestId('comment-item');
const germanSidecar = () => JSON.parse(fs.readFileSync(path.join(host.setDir, 'field-guide.de.md.review.json'), 'utf8'));

async function open(page: Page) {
  await page.goto(host.url);
  await expect(items(page)).toHaveCount(5);
}

test('filters by severity, status and author, and searches the comments', async ({ page }) => {
  await open(page);
  await page.getByTestId('filter-severity').selectOption('major');
  await expect(items(page)).toHaveCount(3);
  await expect(page.getByTestId('filter-count')).toContainText('3 of 5 shown');
  for (const item of await items(page).all()) await expect(item).toContainText(/major/i);

  await page.getByTestId('filter-severity').selectOption('all');
  await page.getByTestId('filter-author').selectOption('Sample Reviewer');
  await expect(items(page)).toHaveCount(5);
  await page.getByTestId('filter-status').selectOption('resolved');
  await expect(items(page)).toHaveCount(0);
  await page.getByTestId('filter-status').selectOption('all');

  // The Telugu comment on the changed number suggests "1,250".
  await page.getByTestId('comment-search').fill('1,250');
  await expect(items(page)).toHaveCount(1);
  await expect(items(page).first()).toContainText('1,520');
  await page.getByTestId('comment-search').fill('');
  await expect(items(page)).toHaveCount(5);
});

test('replies, resolves and reopens a comment, saving each change', async ({ page }) => {
  await open(page);
  const item = items(page).filter({ hasText: 'Please replace any green sachet' });
  await item.getByTestId('reply-open').click();
  await item.getByTestId('reply-text').fill('Fixed in the German file, please check.');
  await item.getByTestId('reply-text').press('Enter');
  await expect(item.getByTestId('reply')).toContainText('Fixed in the German file, please check.');
  await expect(item.getByTestId('reply')).toContainText('Rita Reviewer');
  await expect.poll(() => germanSidecar().annotations.find((a: { id: string }) => a.id === 'sample-1')?.replies.length).toBe(1);
  expect(germanSidecar().annotations.find((a: { id: string }) => a.id === 'sample-1').replies[0]).toMatchObject({ author: 'Rita Reviewer', text: 'Fixed in the German file, please check.' });

  await item.getByTestId('comment-resolve').click();
  await expect.poll(() => germanSidecar().annotations.find((a: { id: string }) => a.id === 'sample-1')?.status).toBe('resolved');
  await page.getByTestId('filter-status').selectOption('resolved');
  await expect(items(page)).toHaveCount(1);
  await items(page).first().getByTestId('comment-reopen').click();
  await expect.poll(() => germanSidecar().annotations.find((a: { id: string }) => a.id === 'sample-1')?.status).toBe('open');
  await expect(items(page)).toHaveCount(0);

  // Still there after a reload.
  await page.reload();
  await expect(items(page)).toHaveCount(5);
  await expect(items(page).filter({ hasText: 'Please replace any green sachet' }).getByTestId('reply')).toHaveCount(1);
});
