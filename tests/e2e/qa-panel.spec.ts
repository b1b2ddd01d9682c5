// QA findings in the app: the findings panel, decorations on the exact characters in every pane,
// F8 navigation, a finding turned into a comment, and a muted finding that stays muted.
import { expect, test, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { startHost, type RunningHost } from './host.js';
import type { OpenedSetView } from './panes.js';
import { answerReviewerNameIfAsked } from './panes.js';

interface FindingView {
  id: string;
  check: string;
  category: string;
  severity: string;
  message: string;
  documentId: string;
  start: number;
  end: number;
  related: { documentId: string; start: number; end: number }[];
}

let host: RunningHost;
let opened: OpenedSetView;
let findings: FindingView[];

test.beforeAll(async () => {
  host = await startHost('article');
  opened = await host.call<OpenedSetView>('openSet', { path: host.setDir });
  findings = (await host.call<{ findings: FindingView[] }>('runQa', { root: opened.set.root })).findings;
});
test.afterAll(async () => host?.stop());

const paneOf = (documentId: string) => opened.set.documents.findIndex((d) => d.id === documentId);
const textOf = (documentId: string, start: number, end: number) => (opened.texts[paneOf(documentId)] ?? '').slice(start, end);

/** The numbers finding on the Telugu guide's "1,520" (the English says 1,250). */
function teluguNumber(): FindingView {
  const found = findings.find((f) => f.check === 'numbers' && f.documentId === 'field-guide.te.md' && textOf(f.documentId, f.start, f.end) === '1,520');
  expect(found, 'QA flags 1,520 in field-guide.te.md').toBeDefined();
  return found!;
}

async function openQaTab(page: Page) {
  await page.goto(host.url);
  await expect(page.getByTestId(`pane-${opened.set.documents.length - 1}`)).toBeVisible();
  await page.waitForFunction(() => window.__versoTest?.zonesComplete() === true);
  await page.getByTestId('tab-qa').click();
  await expect(page.getByTestId('qa-panel')).toBeVisible();
  await expect(page.getByTestId('qa-finding').first()).toBeVisible();
}

function findingItem(page: Page, id: string) {
  return page.locator(`[data-testid="qa-finding"][data-id="${id}"]`);
}

/** Texts of the decorated spans of a kind in a pane (Monaco renders spaces as no-break spaces). */
async function decorated(page: Page, pane: number, className: string): Promise<string[]> {
  const texts = await page.getByTestId(`pane-${pane}`).locator(`.view-lines .${className}`).allTextContents();
  return texts.map((t) => t.replace(/\u00a0/g, ' '));
}

test('the QA tab lists the Telugu numbers finding and the exact characters are marked in both panes', async ({ page }) => {
  const finding = teluguNumber();
  await openQaTab(page);
  await expect(page.getByTestId('tab-qa')).toContainText(`QA (${findings.length})`);
  const item = findingItem(page, finding.id);
  await expect(item).toContainText('field-guide.te.md');
  await expect(item).toContainText('1,520');
  await expect(page.getByTestId('qa-check-numbers')).toBeVisible();

  await item.getByTestId('qa-finding-jump').click();
  await expect(item).toHaveAttribute('aria-current', 'true');
  const te = paneOf('field-guide.te.md');
  const en = paneOf('field-guide.en.md');
  await expect.poll(() => decorated(page, te, 'verso-qa.current')).toContain('1,520');
  expect(finding.related.some((r) => r.documentId === 'field-guide.en.md' && textOf(r.documentId, r.start, r.end) === '1,250')).toBe(true);
  await expect.poll(() => decorated(page, en, 'verso-qa-related.current')).toContain('1,250');

  // The hover names the check.
  await page.getByTestId(`pane-${te}`).locator('.view-lines .verso-qa.current').first().hover();
  await expect(page.locator('.monaco-hover').filter({ hasText: '1,520' }).first()).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('qa-panel.png') });
});

test('F8 and Shift+F8 move to the next and previous finding', async ({ page }) => {
  const finding = teluguNumber();
  await openQaTab(page);
  const items = page.getByTestId('qa-finding');
  const ids = await items.evaluateAll((list) => list.map((li) => li.getAttribute('data-id')));
  const at = ids.indexOf(finding.id);
  expect(ids.length).toBeGreaterThan(1);
  await findingItem(page, finding.id).getByTestId('qa-finding-jump').click();
  await page.keyboard.press('F8');
  const next = ids[(at + 1) % ids.length]!;
  await expect(findingItem(page, next)).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('Shift+F8');
  await expect(findingItem(page, finding.id)).toHaveAttribute('aria-current', 'true');
});

test('a finding becomes a comment with its category, and a muted finding stays muted after a reload', async ({ page }) => {
  const finding = teluguNumber();
  await openQaTab(page);
  const sidecar = path.join(host.setDir, 'field-guide.te.md.review.json');
  const before = JSON.parse(fs.readFileSync(sidecar, 'utf8')).annotations.map((a: { id: string }) => a.id) as string[];

  await findingItem(page, finding.id).getByTestId('qa-comment').click();
  await answerReviewerNameIfAsked(page);
  const form = page.getByTestId('comment-form');
  await expect(form).toBeVisible();
  await expect(form).toContainText('1,520');
  await page.getByTestId('comment-save').click();
  await expect(form).toBeHidden();
  await expect.poll(() => JSON.parse(fs.readFileSync(sidecar, 'utf8')).annotations.length).toBe(before.length + 1);
  const saved = JSON.parse(fs.readFileSync(sidecar, 'utf8')).annotations as { id: string; category: string; severity: string; comment: string; target: { selector: [{ exact: string }] } }[];
  const made = saved.find((a) => !before.includes(a.id));
  expect(made?.target.selector[0].exact).toBe('1,520');
  expect(made?.comment).toContain(finding.message);
  expect(made?.category).toBe(finding.category);
  expect(made?.severity).toBe(finding.severity);

  // Mute: gone from the list, written to verso.review.json, still muted after a reload.
  await findingItem(page, finding.id).getByTestId('qa-mute').click();
  await expect(findingItem(page, finding.id)).toHaveCount(0);
  const reviewFile = path.join(host.setDir, 'verso.review.json');
  await expect.poll(() => (fs.existsSync(reviewFile) ? fs.readFileSync(reviewFile, 'utf8') : '')).toContain(finding.id);
  await expect(page.getByTestId('tab-qa')).toContainText(`QA (${findings.length - 1})`);

  await page.reload();
  await expect(page.getByTestId(`pane-${opened.set.documents.length - 1}`)).toBeVisible();
  await page.getByTestId('tab-qa').click();
  await expect(page.getByTestId('tab-qa')).toContainText(`QA (${findings.length - 1})`);
  await expect(findingItem(page, finding.id)).toHaveCount(0);
  await page.getByTestId('qa-show-muted').check();
  await expect(findingItem(page, finding.id)).toBeVisible();
  await expect(findingItem(page, finding.id).getByTestId('qa-mute')).toHaveText('Unmute');
});
