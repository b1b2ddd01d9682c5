// The built `verso` command: dist/cli.cjs is a launcher that runs `verso align` from the aligner's
// own bundle (quick to start) and every other command from the full CLI. Built here with the
// project's build script, so the test never runs a stale dist/.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
let work: string;
let cli: string;

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'verso-launcher-'));
  const built = spawnSync(process.execPath, [path.join(repoRoot, 'scripts/build.mjs'), '--node-only', '--dist', path.join(work, 'dist')], { encoding: 'utf8' });
  expect(built.status, built.stderr).toBe(0);
  cli = path.join(work, 'dist', 'cli.cjs');
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd: work });

describe('dist/cli.cjs', () => {
  it('runs `verso align` (one bead per line for --segmented)', () => {
    writeFileSync(path.join(work, 'a.txt'), 'The bridge opened in 1887.\nIt is 312 metres long.\n');
    writeFileSync(path.join(work, 'b.txt'), 'Die Brücke wurde 1887 eröffnet.\nSie ist 312 Meter lang.\n');
    const result = run('align', '--segmented', 'a.txt', 'b.txt');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('[0]:[0]\n[1]:[1]\n');
  });

  it('reports a missing file from `verso align` as the full CLI does: message and exit code 1', () => {
    const result = run('align', 'missing.en.txt', 'a.txt');
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`verso: missing.en.txt: no such file. Check the path.\n`);
  });

  it('runs every other command from the full CLI', () => {
    const help = run('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('verso align');
    expect(help.stdout).toContain('verso serve');
    const unknown = run('frobnicate');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown command "frobnicate"');
  });
});
