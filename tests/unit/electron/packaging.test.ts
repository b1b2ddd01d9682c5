import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// Runs electron-builder's real packaging step (--dir: no installer) with electron-builder.yml on a
// small copy of the app. An unpacked "Electron" made of one placeholder executable stands in for
// the binary, so nothing is downloaded. electron-builder validates the whole file against its
// schema first, so the mac and win sections are checked too.
const repo = path.resolve('.');
const work = mkdtempSync(path.join(os.tmpdir(), 'verso-package-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function write(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

describe('electron-builder.yml', () => {
  it('packages dist/, package.json and the samples into an unpacked Linux app, offline', () => {
    const app = path.join(work, 'app');
    const electronVersion = (createRequire(import.meta.url)(path.join(repo, 'package.json')) as { devDependencies: Record<string, string> }).devDependencies.electron;
    write(path.join(app, 'package.json'), JSON.stringify({ name: 'verso', version: '0.1.0', description: 'Verso', author: 'Verso', main: 'dist/electron/main.cjs', devDependencies: { electron: electronVersion } }));
    write(path.join(app, 'dist', 'electron', 'main.cjs'), "'use strict';\n");
    write(path.join(app, 'dist', 'electron', 'preload.cjs'), "'use strict';\n");
    write(path.join(app, 'dist', 'renderer', 'index.html'), '<!doctype html>');
    write(path.join(app, 'dist', 'cli.cjs'), "'use strict';\n");
    write(path.join(app, 'samples', 'article', 'a.en.txt'), 'One.');
    copyFileSync(path.join(repo, 'electron-builder.yml'), path.join(app, 'electron-builder.yml'));
    const electronDist = path.join(work, 'electron-dist');
    write(path.join(electronDist, 'electron'), '#!/bin/sh\nexit 0\n');
    chmodSync(path.join(electronDist, 'electron'), 0o755);
    const output = path.join(work, 'release');

    const builder = path.join(repo, 'node_modules', 'electron-builder', 'cli.js');
    const result = spawnSync(
      process.execPath,
      [builder, '--dir', '--linux', '--x64', '--projectDir', app, '--config', 'electron-builder.yml', `-c.electronDist=${electronDist}`, `-c.directories.output=${output}`],
      { cwd: app, encoding: 'utf8', env: { ...process.env, ELECTRON_BUILDER_OFFLINE: 'true' }, timeout: 120_000 },
    );
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
    const unpacked = path.join(output, 'linux-unpacked');
    expect(existsSync(path.join(unpacked, 'verso'))).toBe(true);
    expect(existsSync(path.join(unpacked, 'resources', 'samples', 'article', 'a.en.txt'))).toBe(true);
    const asar = path.join(unpacked, 'resources', 'app.asar');
    const listed = spawnSync(process.execPath, [path.join(repo, 'node_modules', '@electron', 'asar', 'bin', 'asar.js'), 'list', asar], { encoding: 'utf8' });
    const files = listed.stdout.split('\n').map((line) => line.trim());
    expect(files).toContain('/dist/electron/main.cjs');
    expect(files).toContain('/dist/electron/preload.cjs');
    expect(files).toContain('/dist/renderer/index.html');
    expect(files).toContain('/package.json');
    expect(files).toContain('/samples/article/a.en.txt');
    expect(files).not.toContain('/dist/cli.cjs');
    expect(files.some((file) => file.startsWith('/node_modules'))).toBe(false);
  });
});
