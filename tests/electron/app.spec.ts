import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { reviewApiMethods } from '../../shared/api.js';
import { findElectronBinary } from '../../electron/electron-binary.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const binary = findElectronBinary(path.join(repo, 'package.json'));
const skipReason = binary.found ? '' : `Electron binary not installed: ${binary.reason}. Install one with \`npm install electron\` (needs internet) or set ELECTRON_OVERRIDE_DIST_PATH; the browser-mode suite (npm run test:e2e) covers the UI meanwhile.`;
if (!binary.found) console.log(`[electron suite] skipped. ${skipReason}`);

test.describe('Verso desktop app', () => {
  test.skip(!binary.found, skipReason);

  let work: string;
  let setDir: string;
  let app: ElectronApplication;
  let window: Page;

  test.beforeAll(async () => {
    if (!existsSync(path.join(repo, 'dist', 'renderer', 'index.html')) || !existsSync(path.join(repo, 'dist', 'electron', 'main.cjs'))) {
      const build = spawnSync(process.execPath, [path.join(repo, 'scripts', 'build.mjs')], { cwd: repo, stdio: 'inherit' });
      if (build.status !== 0) throw new Error('The build failed; run "npm run build" and fix it first.');
    }
    // A copy of the sample set, so the comment's sidecar is written outside the repository.
    work = mkdtempSync(path.join(os.tmpdir(), 'verso-electron-'));
    setDir = path.join(work, 'article');
    cpSync(path.join(repo, 'samples', 'article'), setDir, { recursive: true, filter: (source) => !source.endsWith('.review.json') });
    const args = [path.join(repo, 'dist', 'electron', 'main.cjs'), setDir];
    // Chromium's sandbox refuses to start as root (CI containers); the app's own sandbox settings are unchanged.
    if (process.getuid?.() === 0) args.unshift('--no-sandbox');
    app = await electron.launch({
      executablePath: binary.found ? binary.path : undefined,
      args,
      env: { ...process.env, VERSO_USER_DATA: path.join(work, 'user-data') } as Record<string, string>,
    });
    window = await app.firstWindow();
  });

  test.afterAll(async () => {
    await app?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  test('opens on the sample set from the verso:// protocol, isolated from Node', async () => {
    expect(window.url()).toMatch(/^verso:\/\/app\//);
    await expect(window.getByTestId('set-name')).toContainText('Harbourside');
    const isolation = await window.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      api: Object.keys((globalThis as unknown as { verso: object }).verso).sort(),
    }));
    expect(isolation).toEqual({ require: 'undefined', process: 'undefined', api: [...reviewApiMethods].sort() });
  });

  test('the panes show the documents', async () => {
    const panes = window.locator('.monaco-editor .view-lines');
    await expect(panes.first()).toContainText('Harbourside Seed Library');
    expect(await panes.count()).toBeGreaterThanOrEqual(2);
  });

  test('a comment added in a pane lands in the sidecar next to the document', async () => {
    const comment = `Electron suite comment ${Date.now()}`;
    const targetPane = window.locator('.monaco-editor .view-lines').nth(1);
    await targetPane.locator('.view-line').first().click();
    await window.getByTestId('add-comment').click();
    await window.getByTestId('comment-text').fill(comment);
    await window.getByTestId('comment-save').click();
    await expect
      .poll(() => readdirSync(setDir).filter((name) => name.endsWith('.review.json') && readFileSync(path.join(setDir, name), 'utf8').includes(comment)).length)
      .toBe(1);
  });
});
