// Comments are never lost, end to end: the real UI in Chromium against the real `verso serve` on a
// small temporary set. A sidecar changed on disk by another process shows up with a notice; a
// broken sidecar is read-only with a Restore backup button that brings the comments back; a
// comment whose text was deleted from the document is listed and can be re-attached by hand.
import { expect, test, type Page } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startHost, type RunningHost } from './host.js';
import type { OpenedSetView } from './panes.js';

const texts: Record<string, string> = {
  'notes.en.md': '# Field notes\n\nThe river rises in the northern hills.\n\nThe old mill stands where the river bends.\n\nQuote to remove stays here for now.\n',
  'notes.de.md': '# Feldnotizen\n\nDer Fluss entspringt in den nördlichen Hügeln.\n\nDie alte Mühle steht dort, wo der Fluss eine Biegung macht.\n\nDieser Satz bleibt vorerst.\n',
  'notes.fr.md': '# Notes de terrain\n\nLa rivière prend sa source dans les collines du nord.\n\nLe vieux moulin se dresse là où la rivière tourne.\n\nCette phrase reste pour le moment.\n',
  'notes.es.md': '# Notas de campo\n\nEl río nace en las colinas del norte.\n\nEl viejo molino está donde el río gira.\n\nEsta frase desaparecerá pronto.\n',
};

let host: RunningHost;
let opened: OpenedSetView;
let setDir: string;

interface AnchoredView {
  annotation: { id: string; comment: string; target: { selector: [{ exact: string }, unknown] } };
  anchor: { start: number; end: number } | null;
}

test.beforeAll(async () => {
  setDir = fs.mkdtempSync(path.join(os.tmpdir(), 'verso-persistence-'));
  for (const [name, text] of Object.entries(texts)) fs.writeFileSync(path.join(setDir, name), text);
  host = await startHost('article', { setDir });
  opened = await host.call<OpenedSetView>('openSet', { path: setDir });
});
test.afterAll(async () => {
  await host?.stop();
  fs.rmSync(setDir, { recursive: true, force: true });
});

function indexOf(fileName: string): number {
  const index = opened.set.documents.findIndex((d) => d.fileName === fileName);
  expect(index, `${fileName} is in the set`).toBeGreaterThanOrEqual(0);
  return index;
}

async function comment(fileName: string, quote: string, text: string): Promise<AnchoredView> {
  const doc = opened.set.documents[indexOf(fileName)]!;
  const start = (texts[fileName] ?? '').indexOf(quote);
  expect(start).toBeGreaterThanOrEqual(0);
  return host.call<AnchoredView>('addAnnotation', {
    root: opened.set.root,
    documentId: doc.id,
    draft: { start, end: start + quote.length, category: 'style', severity: 'minor', comment: text },
  });
}

async function openApp(page: Page) {
  await page.goto(host.url);
  await expect(page.getByTestId(`pane-${opened.set.documents.length - 1}`)).toBeVisible();
}

test('a sidecar changed on disk by another process shows up, with a notice', async ({ page }) => {
  await comment('notes.de.md', 'Hügeln', 'Ours: check the plural.');
  await openApp(page);
  await expect(page.getByTestId('comment-item').filter({ hasText: 'Ours: check the plural.' })).toBeVisible();

  // Another program (here: this test process) adds a comment and saves the way editors do.
  const sidecar = path.join(setDir, 'notes.de.md.review.json');
  const saved = JSON.parse(fs.readFileSync(sidecar, 'utf8'));
  const theirs = { ...saved.annotations[0], id: 'colleague-1', comment: 'A colleague says: fine as it is.' };
  saved.annotations.push(theirs);
  fs.writeFileSync(`${sidecar}.new`, `${JSON.stringify(saved, null, 2)}\n`);
  fs.renameSync(`${sidecar}.new`, sidecar);

  await expect(page.getByTestId('comment-item').filter({ hasText: 'A colleague says: fine as it is.' })).toBeVisible();
  await expect(page.getByTestId('info-bar').filter({ hasText: 'notes.de.md.review.json was changed by someone else; their comments were merged' })).toBeVisible();
  await expect(page.getByTestId('comment-item').filter({ hasText: 'Ours: check the plural.' })).toBeVisible();
});

test('a broken sidecar is read-only, and Restore backup brings its comments back', async ({ page }) => {
  await comment('notes.fr.md', 'collines', 'First comment, kept in the backup.');
  await comment('notes.fr.md', 'moulin', 'Second comment, lost with the broken file.');
  const sidecar = path.join(setDir, 'notes.fr.md.review.json');
  fs.writeFileSync(sidecar, '{\n  "schema": 1,\n  "annotations": [\n');
  const pane = indexOf('notes.fr.md');

  await openApp(page);
  const banner = page.getByTestId(`pane-readonly-${pane}`);
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('notes.fr.md.review.json is not valid JSON');
  await expect(banner).toContainText('line 4');
  await page.getByTestId(`pane-restore-${pane}`).click();

  await expect(banner).toBeHidden();
  await expect(page.getByTestId('comment-item').filter({ hasText: 'First comment, kept in the backup.' })).toBeVisible();
  const aside = fs.readdirSync(setDir).filter((name) => name.startsWith('notes.fr.md.review.json.broken-'));
  expect(aside).toHaveLength(1);
  expect(fs.readFileSync(path.join(setDir, aside[0]!), 'utf8')).toBe('{\n  "schema": 1,\n  "annotations": [\n');
});

test('a comment whose text was deleted is listed and can be re-attached to a selection', async ({ page }) => {
  const added = await comment('notes.es.md', 'Esta frase desaparecerá pronto.', 'Orphan to be: re-attach me.');
  const document = path.join(setDir, 'notes.es.md');
  const edited = (texts['notes.es.md'] ?? '').replace('Esta frase desaparecerá pronto.', 'Texto completamente nuevo aquí.');
  fs.writeFileSync(document, edited);
  const pane = indexOf('notes.es.md');

  await openApp(page);
  const item = page.locator(`[data-testid="comment-item"][data-comment-id="${added.annotation.id}"]`);
  await expect(item).toBeVisible();
  await expect(item).toHaveClass(/orphan/);
  await expect(page.locator('.orphan-heading')).toBeVisible();

  // Select a word on the line that replaced the deleted sentence, then re-attach.
  await page.getByTestId(`pane-${pane}`).locator('.view-line', { hasText: 'Texto' }).dblclick({ position: { x: 20, y: 8 } });
  await item.getByTestId('comment-reattach').click();

  await expect(item).not.toHaveClass(/orphan/);
  const sidecar = JSON.parse(fs.readFileSync(path.join(setDir, 'notes.es.md.review.json'), 'utf8'));
  const quote = sidecar.annotations[0].target.selector[0].exact as string;
  expect(quote.length).toBeGreaterThan(0);
  expect('Texto completamente nuevo aquí.').toContain(quote);
});
