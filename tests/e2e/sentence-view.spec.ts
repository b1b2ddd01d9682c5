// The Sentences view end to end, on a temporary copy of the article set: every sentence starts on
// its own line and sits at the height of its translations, a sentence-level correction made by
// keyboard is saved at level 'sentence' and comes back after a reload (with the view), and a
// comment made in this view lands on the document's real text.
import { expect, test, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { startHost, type RunningHost } from './host.js';
import { answerReviewerNameIfAsked, lineOf, type AlignmentView, type OpenedSetView } from './panes.js';

let host: RunningHost;
let opened: OpenedSetView;
let sentences: AlignmentView;
let paragraphs: AlignmentView;

test.beforeAll(async () => {
  host = await startHost('article');
  opened = await host.call<OpenedSetView>('openSet', { path: host.setDir });
  sentences = await host.call<AlignmentView>('alignSet', { root: opened.set.root, level: 'sentence' });
  paragraphs = await host.call<AlignmentView>('alignSet', { root: opened.set.root, level: 'paragraph' });
});
test.afterAll(async () => host?.stop());

const paneOf = (language: string) => opened.set.documents.findIndex((d) => d.language === language);
const rowCount = (page: Page) => page.evaluate(() => window.__versoTest!.rowCount());
const setReview = () => path.join(host.setDir, 'verso.review.json');
const storedCorrections = (): { kind: string; level: string }[] =>
  fs.existsSync(setReview()) ? (JSON.parse(fs.readFileSync(setReview(), 'utf8')).alignment?.corrections ?? []) : [];

async function openApp(page: Page) {
  await page.goto(host.url);
  await expect(page.getByTestId(`pane-${opened.set.documents.length - 1}`)).toBeVisible();
  await page.waitForFunction(() => window.__versoTest?.zonesComplete() === true);
}

async function showSentences(page: Page, rows: number) {
  await expect(page.getByTestId('view-sentence')).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => rowCount(page)).toBe(rows);
  await page.waitForFunction(() => window.__versoTest?.zonesComplete() === true);
}

/** Screen top of the visual line that starts with `prefix` in a pane (Monaco shows spaces as no-break spaces), or null. */
function lineStartingWith(page: Page, pane: number, prefix: string): Promise<number | null> {
  return page.evaluate(
    ({ pane, prefix }) => {
      for (const line of document.querySelectorAll(`[data-testid="pane-${pane}"] .view-line`)) {
        if ((line.textContent ?? '').replace(/\u00a0/g, ' ').startsWith(prefix)) return line.getBoundingClientRect().top;
      }
      return null;
    },
    { pane, prefix },
  );
}

/** Two sentence rows of one English paragraph (same line of the file), both present in every document. */
function sentencesOfOneParagraph(): [number, number] {
  const en = paneOf('en');
  const text = opened.texts[en]!;
  for (let r = 1; r < sentences.rows.length; r++) {
    const [a, b] = [sentences.rows[r - 1]!, sentences.rows[r]!];
    if (![a, b].every((row) => row.kind === 'match' && row.cells.every((c) => c.length === 1))) continue;
    if (lineOf(text, a.cells[en]![0]!.start) === lineOf(text, b.cells[en]![0]!.start)) return [r - 1, r];
  }
  throw new Error('The article sample has no English paragraph with two matched sentences.');
}

const firstWords = (row: number, pane: number) => sentences.rows[row]!.cells[pane]![0]!.text.slice(0, 8);

test('Sentences: each sentence starts its own line, level with its translations', async ({ page }) => {
  await openApp(page);
  const [first, second] = sentencesOfOneParagraph();
  const en = paneOf('en');
  // In Paragraphs the second sentence runs on in its paragraph's line.
  expect(await lineStartingWith(page, en, firstWords(second, en))).toBeNull();
  await expect(page.getByTestId('view-paragraph')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('view-sentence')).toHaveAttribute('title', /Ctrl\+Alt\+V/);

  await page.getByTestId('view-sentence').click();
  await showSentences(page, sentences.rows.length);
  const topFirst = await lineStartingWith(page, en, firstWords(first, en));
  const topSecond = await lineStartingWith(page, en, firstWords(second, en));
  expect(topFirst, 'the first sentence starts a line').not.toBeNull();
  expect(topSecond, 'the second sentence of the paragraph starts a line of its own').not.toBeNull();
  expect(topSecond!).toBeGreaterThan(topFirst!);
  // Its translations start at the same height: German (a space made a line break), Japanese (a
  // break inserted after "。"), Arabic (right to left), Telugu, Spanish.
  for (const language of ['de', 'ja', 'ar', 'te', 'es']) {
    const pane = paneOf(language);
    const top = await lineStartingWith(page, pane, firstWords(second, pane));
    expect(top, `${language}: "${firstWords(second, pane)}" starts a line`).not.toBeNull();
    expect(Math.abs(top! - topSecond!), `${language} sits level with English`).toBeLessThan(1);
  }
  // The app's own layout agrees on every row.
  const misaligned = await page.evaluate((panes) => {
    const hook = window.__versoTest!;
    const bad: number[] = [];
    for (let r = 0; r < hook.rowCount(); r++) {
      const planned = hook.plannedRowTop(r);
      for (let p = 0; p < panes; p++) {
        const top = hook.rowTop(p, r);
        if (top !== null && planned !== null && Math.abs(top - planned) > 0.5 && r > 0) bad.push(r);
      }
    }
    return bad;
  }, opened.set.documents.length);
  // Merged rows (no block of their own) are left out by rowTop; every row that starts a line is level.
  expect(misaligned).toEqual([]);

  fs.mkdirSync('/tmp/sentence-view', { recursive: true });
  await page.screenshot({ path: '/tmp/sentence-view/sentence-view.png' });

  // The row under the cursor is the sentence's row; back in Paragraphs it is that paragraph's row.
  await page.getByTestId(`pane-${en}`).locator('.view-line', { hasText: firstWords(second, en).slice(0, 8) }).first().click();
  await expect(page.getByTestId('status-row')).toHaveText(`Row ${second + 1} / ${sentences.rows.length}`);
  await page.keyboard.press('Control+Alt+KeyV');
  await expect(page.getByTestId('view-paragraph')).toHaveAttribute('aria-pressed', 'true');
  const offset = sentences.rows[second]!.cells[en]![0]!.start;
  const paragraphRow = paragraphs.rows.findIndex((row) => row.cells[en]!.some((s) => s.start <= offset && offset < s.end));
  await expect(page.getByTestId('status-row')).toHaveText(`Row ${paragraphRow + 1} / ${paragraphs.rows.length}`);
  // And back: the place is the paragraph's first sentence now, the one the cursor was put on.
  await page.keyboard.press('Control+Alt+KeyV');
  await showSentences(page, sentences.rows.length);
  const firstOfParagraph = sentences.rows.findIndex((row) => row.cells[en]!.some((s) => s.start === paragraphs.rows[paragraphRow]!.cells[en]![0]!.start));
  await expect(page.getByTestId('status-row')).toHaveText(`Row ${firstOfParagraph + 1} / ${sentences.rows.length}`);
  // In a text field Ctrl+Alt is AltGr typing on many keyboards: the key stays the field's.
  await page.getByLabel('Search comments').focus();
  await page.keyboard.press('Control+Alt+KeyV');
  await expect(page.getByTestId('view-sentence')).toHaveAttribute('aria-pressed', 'true');

  // A sentence only some documents have: the current row's gap is marked in the others.
  const partial = sentences.rows.findIndex((r) => r.kind === 'partial');
  expect(partial, 'the article sample has a sentence missing from some documents').toBeGreaterThan(0);
  const lacking = sentences.rows[partial]!.cells.findIndex((c) => c.length === 0);
  for (let i = firstOfParagraph; i < partial; i++) await page.keyboard.press('Alt+ArrowDown');
  await expect(page.getByTestId('status-row')).toHaveText(`Row ${partial + 1} / ${sentences.rows.length}`);
  await expect(page.getByTestId(`pane-${lacking}`).locator('.verso-gap.current')).toBeVisible();
  await page.screenshot({ path: '/tmp/sentence-view/sentence-view-partial-row.png' });
});

test('a sentence-level merge by keyboard is saved at level sentence and re-applied after a reload', async ({ page }) => {
  await openApp(page);
  // The first test left the set in Sentences; the choice was remembered.
  await showSentences(page, sentences.rows.length);
  await page.getByTestId('status-row').click();
  await page.keyboard.press('Alt+ArrowDown');
  await page.keyboard.press('j');
  await expect(page.getByTestId('status-row')).toHaveText(`Row 2 / ${sentences.rows.length}`);
  // Typed in a text field, Ctrl+Alt+J is AltGr typing on many keyboards, not a merge.
  await page.getByLabel('Search comments').focus();
  await page.keyboard.press('Control+Alt+KeyJ');
  await expect(page.getByTestId('status-row')).toHaveText(`Row 2 / ${sentences.rows.length}`);
  expect(await rowCount(page)).toBe(sentences.rows.length);
  expect(storedCorrections()).toEqual([]);
  await page.getByTestId('status-row').click();
  await page.keyboard.press('Control+Alt+KeyJ');
  await expect.poll(() => rowCount(page)).toBe(sentences.rows.length - 1);
  await expect.poll(() => storedCorrections().map((c) => `${c.kind}:${c.level}`)).toEqual(['merge:sentence']);

  await page.reload();
  await openApp(page);
  // The view is remembered for the set, and the correction applies to its rows only.
  await showSentences(page, sentences.rows.length - 1);
  const again = await host.call<AlignmentView>('alignSet', { root: opened.set.root, level: 'sentence' });
  expect(again.rows).toHaveLength(sentences.rows.length - 1);
  expect((await host.call<AlignmentView>('alignSet', { root: opened.set.root, level: 'paragraph' })).rows).toHaveLength(paragraphs.rows.length);
});

test('in Sentences, copying and commenting across a sentence break use the document\'s text', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page);
  await showSentences(page, sentences.rows.length - 1);
  const ja = paneOf('ja');
  const text = opened.texts[ja]!;
  // A Japanese sentence that follows "。" with no space: its line break exists only on screen.
  const row = sentences.rows.find((r) => {
    const s = r.cells[ja]?.[0];
    return s !== undefined && text[s.start - 1] === '。';
  })!;
  const start = row.cells[ja]![0]!.start;
  const line = page.getByTestId(`pane-${ja}`).locator('.view-line', { hasText: text.slice(start, start + 6) }).first();
  const box = (await line.boundingBox())!;
  // Caret at the sentence's start (the line's left end), two characters in, then back over the break.
  await page.mouse.click(box.x + 1, box.y + box.height / 2);
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  for (let i = 0; i < 6; i++) await page.keyboard.press('Shift+ArrowLeft');
  // Six steps: two characters of this sentence, the on-screen break, three of the one before.
  const expected = text.slice(start - 3, start + 2);
  expect(expected).toContain('。');
  await page.keyboard.press('Control+C');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);

  await page.keyboard.press('Control+Alt+KeyM');
  await answerReviewerNameIfAsked(page, 'Sena Sentences');
  const form = page.getByTestId('comment-form');
  await expect(form.locator('blockquote')).toHaveText(expected);
  await page.getByTestId('comment-text').fill('The sentence break reads abruptly here.');
  await page.getByTestId('comment-save').click();
  await expect(form).toBeHidden();

  const sidecar = path.join(host.setDir, `${opened.set.documents[ja]!.fileName}.review.json`);
  await expect.poll(() => fs.existsSync(sidecar)).toBe(true);
  const saved = JSON.parse(fs.readFileSync(sidecar, 'utf8')).annotations.at(-1);
  expect(saved.target.selector[0].exact).toBe(expected);
  expect(saved.target.selector[1]).toMatchObject({ type: 'TextPositionSelector' });
  expect(saved.comment).toBe('The sentence break reads abruptly here.');
  // The file itself is untouched: the view's line breaks never reach the disk.
  expect(fs.readFileSync(path.join(host.setDir, opened.set.documents[ja]!.fileName), 'utf8')).toBe(text);

  // The comment shows in Paragraphs too, on the same text.
  await page.keyboard.press('Control+Alt+KeyV');
  await expect(page.getByTestId('view-paragraph')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId(`pane-${ja}`).locator('.verso-comment').first()).toBeVisible();
});
