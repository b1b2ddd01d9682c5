// A moved paragraph in the real UI: the article set's Spanish translation puts one paragraph
// elsewhere (D3). In the row of the English paragraph, the Spanish pane shows a gap that names the
// row where the Spanish text sits, and a click on it goes there.
import { expect, test } from '@playwright/test';
import { startHost, type RunningHost } from './host.js';
import type { AlignmentView, OpenedSetView } from './panes.js';

let host: RunningHost;
let opened: OpenedSetView;
let paragraphs: AlignmentView;

test.beforeAll(async () => {
  host = await startHost('article');
  opened = await host.call<OpenedSetView>('openSet', { path: host.setDir });
  paragraphs = await host.call<AlignmentView>('alignSet', { root: opened.set.root, level: 'paragraph' });
});
test.afterAll(async () => host?.stop());

test('the gap opposite a moved paragraph names the row it moved to, and a click goes there', async ({ page }) => {
  const es = opened.set.documents.findIndex((d) => d.language === 'es');
  const en = opened.set.documents.findIndex((d) => d.language === 'en');
  // The row of the English paragraph whose Spanish text moved: its Spanish cell is empty.
  const row = paragraphs.rows.findIndex((r) => r.kind === 'moved' && r.cells[es]!.length === 0 && r.cells[en]!.length > 0);
  expect(row, 'the article sample moves a Spanish paragraph (D3)').toBeGreaterThan(0);
  const target = paragraphs.rows[row]!.movedFrom!;
  expect(paragraphs.rows[target]!.cells[es]!.length).toBeGreaterThan(0);

  await page.goto(host.url);
  await expect(page.getByTestId(`pane-${opened.set.documents.length - 1}`)).toBeVisible();
  await page.waitForFunction(() => window.__versoTest?.zonesComplete() === true);
  await page.getByTestId('status-row').click();
  for (let r = 0; r <= row; r++) await page.keyboard.press('Alt+ArrowDown');
  await expect(page.getByTestId('status-row')).toHaveText(`Row ${row + 1} / ${paragraphs.rows.length}`);

  const gap = page.getByTestId(`pane-${es}`).locator('.verso-gap.current .verso-gap-moved');
  await expect(gap).toHaveText(`moved — see row ${target + 1}`);
  // Gaps of rows the document simply lacks keep the plain label.
  await expect(page.getByTestId(`pane-${es}`).locator('.verso-gap-moved')).toHaveCount(1);
  // The editor's text layer lies over its zones: the click lands on the gap as the editor sees it.
  await gap.click({ force: true });
  await expect(page.getByTestId('status-row')).toHaveText(`Row ${target + 1} / ${paragraphs.rows.length}`);
  // And the English pane's gap in that row leads back.
  const back = page.getByTestId(`pane-${en}`).locator('.verso-gap.current .verso-gap-moved');
  await expect(back).toHaveText(`moved — see row ${row + 1}`);
  await page.screenshot({ path: '/tmp/moved-rows.png' });
});
