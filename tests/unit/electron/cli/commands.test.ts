import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runExportCommand } from '../../../../electron/cli/export-command.js';
import { runOpenCommand } from '../../../../electron/cli/open-command.js';
import { runServeCommand } from '../../../../electron/cli/serve-command.js';
import { ReviewService } from '../../../../electron/service/review-service.js';
import { testCli } from './cli-context.js';

let dir: string;
let root: string;
let setDir: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'verso-cli-'));
  // A checkout-like root: a built renderer and one sample set.
  root = path.join(dir, 'verso');
  mkdirSync(path.join(root, 'dist', 'renderer'), { recursive: true });
  writeFileSync(path.join(root, 'dist', 'renderer', 'index.html'), '<!doctype html><title>Verso</title>');
  mkdirSync(path.join(root, 'samples', 'article'), { recursive: true });
  writeFileSync(path.join(root, 'samples', 'article', 'note.en.txt'), 'The pump is broken.\n');
  writeFileSync(path.join(root, 'samples', 'article', 'note.de.txt'), 'Die Pumpe ist kaputt.\n');
  setDir = path.join(dir, 'guide');
  cpSync(path.join(root, 'samples', 'article'), setDir, { recursive: true });
  // One comment in the set, made through the service as the app would.
  const service = new ReviewService({ userDataDir: path.join(dir, 'seed-user'), host: 'browser' });
  const opened = await service.openSet({ path: setDir });
  const german = opened.set.documents.find((doc) => doc.language === 'de');
  await service.addAnnotation({
    root: opened.set.root,
    documentId: german?.id ?? '',
    draft: { start: 4, end: 9, category: 'terminology', severity: 'major', comment: 'Use "Förderpumpe" as in the glossary.', suggestion: 'Förderpumpe', links: [] },
  });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(electron?: Parameters<typeof testCli>[0]['electron']) {
  return testCli({ root, cwd: dir, userData: path.join(dir, 'user'), electron });
}

describe('verso open', () => {
  it('without an Electron binary, says what is missing and suggests serve, exit 1', async () => {
    const run = cli();
    expect(await runOpenCommand(['guide'], run.context)).toBe(1);
    const message = run.err.join('');
    expect(message).toContain('no Electron binary is installed');
    expect(message).toContain('npm install electron');
    expect(message).toContain('npx verso serve guide');
    expect(run.launched).toEqual([]);
  });

  it('with a binary, launches it on the built main script and the resolved set', async () => {
    mkdirSync(path.join(root, 'dist', 'electron'), { recursive: true });
    writeFileSync(path.join(root, 'dist', 'electron', 'main.cjs'), '');
    const run = cli({ found: true, path: '/opt/electron/electron' });
    expect(await runOpenCommand(['guide', '--wait'], run.context)).toBe(0);
    expect(run.launched).toEqual([{ binary: '/opt/electron/electron', args: [path.join(root, 'dist', 'electron', 'main.cjs'), setDir], wait: true }]);
  });

  it('refuses a set that does not exist', async () => {
    await expect(runOpenCommand(['nowhere'], cli().context)).rejects.toThrow(/nowhere: no such folder or file/);
  });
});

describe('verso export', () => {
  it('prints Markdown notes with the comment to standard output', async () => {
    const run = cli();
    expect(await runExportCommand(['guide', '--format', 'md'], run.context)).toBe(0);
    const notes = run.out.join('');
    expect(notes).toContain('Use "Förderpumpe" as in the glossary.');
    expect(notes).toContain('Förderpumpe');
  });

  it('writes CSV to --out (format from the extension) and reports where', async () => {
    const run = cli();
    expect(await runExportCommand(['guide', '--out', 'notes.csv'], run.context)).toBe(0);
    const file = path.join(dir, 'notes.csv');
    expect(existsSync(file)).toBe(true);
    const csv = readFileSync(file, 'utf8');
    expect(csv).toContain('terminology');
    expect(csv).toContain('major');
    expect(run.out).toEqual([]);
    expect(run.err.join('')).toContain(file);
  });

  it('refuses an unknown format and a missing SET as usage errors', async () => {
    await expect(runExportCommand(['guide', '--format', 'pdf'], cli().context)).rejects.toThrow(/--format must be md or csv/);
    await expect(runExportCommand([], cli().context)).rejects.toThrow(/give exactly one SET/);
  });
});

describe('verso serve', () => {
  it('serves the set on 127.0.0.1, prints the URL with its token, and stops on request', async () => {
    const run = cli();
    const done = runServeCommand(['guide', '--no-open'], run.context);
    let url: string | undefined;
    for (let i = 0; i < 100 && !url; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      url = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(run.out.join(''))?.[0];
    }
    expect(url).toBeDefined();
    const address = new URL(url as string);
    const token = address.searchParams.get('token') ?? '';
    const page = await fetch(new URL('/', address));
    expect(await page.text()).toContain('<title>Verso</title>');
    const startup = await fetch(new URL('/api/getStartup', address), { method: 'POST', headers: { 'x-verso-token': token, 'content-type': 'application/json' }, body: '{}' });
    expect(startup.status).toBe(200);
    expect(await startup.json()).toMatchObject({ host: 'browser', initialSet: setDir });
    expect(run.opened).toEqual([]);
    run.stop();
    expect(await done).toBe(0);
  });

  it('opens the browser unless --no-open, and uses the default sample set without SET', async () => {
    const run = cli();
    const done = runServeCommand([], run.context);
    for (let i = 0; i < 100 && run.opened.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(run.opened[0]).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=/);
    const startup = await fetch(new URL('/api/getStartup', run.opened[0]), {
      method: 'POST',
      headers: { 'x-verso-token': new URL(run.opened[0] as string).searchParams.get('token') ?? '' },
      body: '{}',
    });
    expect(await startup.json()).toMatchObject({ initialSet: path.join(root, 'samples', 'article') });
    run.stop();
    expect(await done).toBe(0);
  });

  it('says the app is not built when dist/renderer is missing', async () => {
    const run = testCli({ root: path.join(dir, 'unbuilt'), cwd: dir, userData: path.join(dir, 'user') });
    expect(await runServeCommand(['guide', '--no-open'], run.context)).toBe(1);
    expect(run.err.join('')).toMatch(/not built.*npm run build/);
  });
});
