// The foundation's main flow, end to end: the real UI in Chromium against the real `verso serve`
// on a temporary copy of the bundled article set.
import { expect, test, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot, startHost, type RunningHost } from './host.js';
import { inkRatio, rendersRealGlyphs } from './glyphs.js';
import { rowStartLines, visibleRowTops, type AlignmentView, type OpenedSetView, answerReviewerNameIfAsked } from './panes.js';

let host: RunningHost;
let opened: OpenedSetView;
let alignment: AlignmentView;

test.beforeAll(async () => {
  host = await startHost('article');
  opened = await host.call<OpenedSetView>('openSet', { path: host.setDir });
  alignment = await host.call<AlignmentView>('alignSet', { root: opened.set.root, level: 'paragraph' });
});
test.afterAll(async () => host?.stop());

async function openApp(page: Page) {
  await page.goto(host.url);
  const count = opened.set.documents.length;
  await expect(page.getByTestId(`pane-${count - 1}`)).toBeVisible();
  await page.waitForFunction(() => window.__versoTest?.zonesComplete() === true);
}

function paneIndex(language: string): number {
  const index = opened.set.documents.findIndex((d) => d.language === language);
  expect(index, `the sample set has a ${language} document`).toBeGreaterThanOrEqual(0);
  return index;
}

/** First line of a document's text, as Monaco shows it (it renders spaces as no-break spaces). */
function firstTextLine(doc: number): string {
  return (opened.texts[doc] ?? '').split(/\r?\n/).find((l) => l.trim())!.replace(/^#+\s*/, '').trim();
}

test('every pane shows its document, non-Latin and right-to-left scripts included', async ({ page }) => {
  await openApp(page);
  expect(opened.set.documents.length).toBeGreaterThanOrEqual(5);
  for (let i = 0; i < opened.set.documents.length; i++) {
    const doc = opened.set.documents[i]!;
    const pane = page.getByTestId(`pane-${i}`);
    await expect(page.getByTestId(`pane-header-${i}`)).toContainText(doc.fileName);
    await expect(page.getByTestId(`pane-header-${i}`)).toHaveAttribute('dir', doc.direction);
    // Compare without whitespace: Monaco breaks wrapped lines in the DOM and marks the breaks.
    const squeeze = (s: string) => s.replace(/[\s\u00a0\u00b7]+/g, '');
    const shown = squeeze(await pane.locator('.view-lines').innerText());
    expect(shown, `${doc.fileName} is shown in pane ${i}`).toContain(squeeze(firstTextLine(i)));
    const shot = await pane.locator('.monaco-editor').screenshot();
    expect(await inkRatio(page, shot), `${doc.fileName}: the pane's screenshot shows text`).toBeGreaterThan(0.01);
  }
  for (const [language, sample] of [['te', 'తెలుగు'], ['ar', 'العربية'], ['ja', '日本語のひらがな']] as const) {
    const pane = page.getByTestId(`pane-${paneIndex(language)}`);
    expect(await rendersRealGlyphs(pane.locator('.view-line').first(), sample), `${language} glyphs render (fonts installed)`).toBe(true);
    await pane.screenshot({ path: test.info().outputPath(`pane-${language}.png`) });
  }
  expect(opened.set.documents[paneIndex('ar')]!.direction).toBe('rtl');
});

test('aligned paragraphs start at the same height in every pane, and scrolling is synchronized', async ({ page }) => {
  await openApp(page);
  const starts = rowStartLines(opened, alignment);
  const paneCount = opened.set.documents.length;

  const checkVisibleRows = async () => {
    const rows = await visibleRowTops(page, starts, paneCount);
    expect(rows.length, 'aligned rows are on screen').toBeGreaterThanOrEqual(1);
    for (const { row, tops } of rows) {
      const present = tops.filter((t): t is number => t !== null);
      expect(Math.max(...present) - Math.min(...present), `row ${row} starts at one height: ${JSON.stringify(tops)}`).toBeLessThanOrEqual(1);
    }
    return rows.map((r) => r.row);
  };

  const firstScreen = await checkVisibleRows();
  // Scroll the last pane with the mouse wheel; every pane follows, and rows stay aligned.
  const box = (await page.getByTestId(`pane-${paneCount - 1}`).locator('.monaco-editor').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const seen = new Set(firstScreen);
  let previousTop = 0;
  for (let step = 0; step < 4; step++) {
    // Monaco turns each wheel event into one scroll step; a dozen make a screenful.
    for (let i = 0; i < 12; i++) await page.mouse.wheel(0, 400);
    await expect.poll(() => page.evaluate((n) => window.__versoTest!.scrollTop(n), paneCount - 1)).toBeGreaterThan(previousTop + 300);
    const tops = await page.evaluate((n) => Array.from({ length: n }, (_, i) => window.__versoTest!.scrollTop(i)), paneCount);
    expect(new Set(tops).size, `all panes scrolled together: ${tops}`).toBe(1);
    previousTop = tops[0]!;
    for (const row of await checkVisibleRows()) seen.add(row);
  }
  expect(seen.size, 'rows checked across the scroll positions').toBeGreaterThan(firstScreen.length + 2);
});

test('a comment added in the UI is saved in the sidecar, survives a reload and is exported', async ({ page }) => {
  await openApp(page);
  const de = paneIndex('de');
  const doc = opened.set.documents[de]!;
  const sidecar = path.join(host.setDir, `${doc.fileName}.review.json`);
  const before = fs.existsSync(sidecar) ? JSON.parse(fs.readFileSync(sidecar, 'utf8')).annotations.length : 0;

  // Select a word in the German pane by double-clicking it.
  const line = page.getByTestId(`pane-${de}`).locator('.view-line').nth(2);
  await line.dblclick({ position: { x: 40, y: 8 } });
  await page.getByTestId('add-comment').click();
  await answerReviewerNameIfAsked(page);
  const form = page.getByTestId('comment-form');
  await expect(form).toBeVisible();
  const commentText = 'Use the glossary term „Saatgutbücherei“ for “seed library” throughout.';
  await page.getByTestId('comment-severity-major').click();
  await page.getByTestId('comment-text').fill(commentText);
  await page.getByTestId('comment-save').click();
  await expect(form).toBeHidden();

  await expect.poll(() => (fs.existsSync(sidecar) ? fs.readFileSync(sidecar, 'utf8') : '')).toContain(commentText);
  const saved = JSON.parse(fs.readFileSync(sidecar, 'utf8'));
  expect(saved.annotations.length).toBe(before + 1);
  const annotation = saved.annotations.find((a: { comment: string }) => a.comment === commentText);
  expect(annotation.severity).toBe('major');
  expect(annotation.author).toBe('Rita Reviewer');
  const quote = annotation.target.selector[0].exact as string;
  expect(quote.length).toBeGreaterThan(0);
  expect(opened.texts[de]).toContain(quote);

  await page.reload();
  await expect(page.getByTestId(`pane-${opened.set.documents.length - 1}`)).toBeVisible();
  const item = page.getByTestId('comment-item').filter({ hasText: commentText });
  await expect(item).toBeVisible();
  await expect(item).toContainText(quote);
  await page.screenshot({ path: path.join(repoRoot, 'docs', 'screenshot.png') });

  for (const format of ['md', 'csv'] as const) {
    await page.getByTestId('export').click();
    const download = page.waitForEvent('download');
    await page.getByTestId(`export-${format}`).click();
    const file = await (await download).path();
    const content = fs.readFileSync(file, 'utf8');
    expect(content, `${format} export has the comment`).toContain(commentText);
    expect(content).toContain(doc.fileName);
    expect(content).toContain(quote);
    expect(content).toContain('Rita Reviewer');
  }
});
