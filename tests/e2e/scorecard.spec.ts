// The scorecard of the sample article set: the figures shown equal those computed here from the
// sidecars and the documents on disk, and a few are checked by hand so the test is not circular.
import { expect, test, type Locator, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { startHost, type RunningHost } from './host.js';
import type { OpenedSetView } from './panes.js';
import { defaultScoring, formatScore, scorecard, wordCount, type Scoring } from '../../shared/review/scorecard.js';

let host: RunningHost;
let opened: OpenedSetView;

test.beforeAll(async () => {
  host = await startHost('article');
  opened = await host.call<OpenedSetView>('openSet', { path: host.setDir });
});
test.afterAll(async () => host?.stop());

function expected(scoring: Scoring) {
  // The API sends each document's role; the shared test view type leaves it out.
  const withRoles = opened.set.documents as (OpenedSetView['set']['documents'][number] & { role: 'source' | 'target' | 'revision' })[];
  const documents = withRoles.map((d, i) => ({ id: d.id, fileName: d.fileName, language: d.language, role: d.role, wordCount: wordCount(opened.texts[i] ?? '', d.language) }));
  const annotations = opened.set.documents.map((d) => {
    const file = path.join(host.setDir, `${d.fileName}.review.json`);
    return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')).annotations : [];
  });
  return scorecard({ documents, annotations, scoring });
}

const cell = (row: Locator, field: string) => row.locator(`[data-field="${field}"]`);

async function openScorecard(page: Page) {
  await page.goto(host.url);
  await expect(page.getByTestId(`pane-${opened.set.documents.length - 1}`)).toBeVisible();
  await page.getByTestId('open-scorecard').click();
  await expect(page.getByTestId('scorecard')).toBeVisible();
  await expect(page.getByTestId('score-row').first()).toBeVisible();
}

test('the scorecard shows the MQM figures of every target and the set', async ({ page }) => {
  await openScorecard(page);
  const card = expected(defaultScoring);
  // The source is not evaluated: five targets and the set.
  expect(card.documents.map((d) => d.fileName)).toEqual(['field-guide.de.md', 'field-guide.es.md', 'field-guide.te.md', 'field-guide.ar.md', 'field-guide.ja.md']);
  await expect(page.getByTestId('score-row')).toHaveCount(6);
  for (const line of [...card.documents, { id: '', ...card.set }]) {
    const row = page.locator(`[data-testid="score-row"][data-document="${line.id}"]`);
    await expect(cell(row, 'words')).toHaveText(String(line.wordCount));
    for (const s of ['neutral', 'minor', 'major', 'critical'] as const) await expect(cell(row, s)).toHaveText(String(line.bySeverity[s]));
    await expect(cell(row, 'penalty')).toHaveText(String(line.penalty));
    await expect(cell(row, 'score')).toHaveText(formatScore(line.score));
    await expect(cell(row, 'result')).toHaveText(line.pass ? 'Pass' : 'Fail');
  }

  // By hand, from the sample sidecars: German untranslated (major 5) + punctuation (minor 1);
  // Telugu mistranslation and omission (2 × major 5); Arabic addition (minor 1); 17 in all.
  const row = (id: string) => page.locator(`[data-testid="score-row"][data-document="${id}"]`);
  await expect(cell(row('field-guide.de.md'), 'penalty')).toHaveText('6');
  await expect(cell(row('field-guide.te.md'), 'penalty')).toHaveText('10');
  await expect(cell(row('field-guide.ar.md'), 'penalty')).toHaveText('1');
  await expect(cell(row('field-guide.es.md'), 'score')).toHaveText('100.00');
  await expect(cell(row(''), 'penalty')).toHaveText('17');
  const deWords = Number(await cell(row('field-guide.de.md'), 'words').innerText());
  expect(deWords).toBeGreaterThan(300);
  await expect(cell(row('field-guide.de.md'), 'score')).toHaveText(((1 - 6 / deWords) * 100).toFixed(2));
  const dimensions = page.getByTestId('dimension-table');
  await expect(dimensions.locator('[data-dimension="accuracy"] [data-field="major"]')).toHaveText('3');
  await expect(dimensions.locator('[data-dimension="linguistic-conventions"] [data-field="minor"]')).toHaveText('1');
});

test('weights and threshold are edited per set and saved in verso.review.json', async ({ page }) => {
  await openScorecard(page);
  await page.getByTestId('weight-major').fill('10');
  await page.getByTestId('threshold').fill('99.5');
  await page.getByTestId('scoring-save').click();
  const scoring: Scoring = { weights: { neutral: 0, minor: 1, major: 10, critical: 25 }, threshold: 99.5 };
  const row = (id: string) => page.locator(`[data-testid="score-row"][data-document="${id}"]`);
  // German: major 10 + minor 1.
  await expect(cell(row('field-guide.de.md'), 'penalty')).toHaveText('11');
  const card = expected(scoring);
  for (const line of card.documents) {
    await expect(cell(row(line.id), 'score')).toHaveText(formatScore(line.score));
    await expect(cell(row(line.id), 'result')).toHaveText(line.pass ? 'Pass' : 'Fail');
  }
  await expect(cell(row('field-guide.te.md'), 'result')).toHaveText('Fail');
  await expect(cell(row('field-guide.es.md'), 'result')).toHaveText('Pass');
  const saved = JSON.parse(fs.readFileSync(path.join(host.setDir, 'verso.review.json'), 'utf8'));
  expect(saved.scoring).toEqual(scoring);

  // The Markdown export carries the same scorecard.
  await page.getByTestId('scorecard-close').click();
  await page.getByTestId('export').click();
  const download = page.waitForEvent('download');
  await page.getByTestId('export-md').click();
  const markdown = fs.readFileSync((await (await download).path())!, 'utf8');
  expect(markdown).toContain('## Scorecard (MQM)');
  const de = card.documents.find((d) => d.id === 'field-guide.de.md')!;
  expect(markdown).toContain(`| field-guide.de.md | de | ${de.wordCount} | 0 | 1 | 1 | 0 | 11 | ${formatScore(de.score)} | 99.5 | Fail |`);
});
