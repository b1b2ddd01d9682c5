import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../../electron/cli/run.js';
import { testCli } from './cli-context.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'verso-run-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ version: '9.8.7' }));

function cli() {
  return testCli({ root: dir, cwd: dir, userData: path.join(dir, 'user') });
}

describe('verso --help', () => {
  it('lists every command with examples, exit 0', async () => {
    const run = cli();
    expect(await runCli(['--help'], run.context)).toBe(0);
    const help = run.out.join('');
    for (const usage of ['verso open [SET]', 'verso serve [SET] [--port N] [--no-open]', 'verso export SET [--format md|csv] [--out FILE]', 'verso align FILE...']) {
      expect(help).toContain(usage);
    }
    expect(help).toContain('Examples:');
    expect(help).toMatch(/verso export \S+ --format csv --out review\.csv/);
  });

  it('prints the version', async () => {
    const run = cli();
    expect(await runCli(['--version'], run.context)).toBe(0);
    expect(run.out.join('')).toBe('verso 9.8.7\n');
  });
});

describe('usage errors', () => {
  it('exit 2 with the problem and a pointer to --help', async () => {
    for (const argv of [[], ['frobnicate'], ['serve', '--port', 'eighty'], ['export'], ['open', 'a', 'b']]) {
      const run = cli();
      expect(await runCli(argv, run.context), argv.join(' ')).toBe(2);
      expect(run.err.join('')).toMatch(argv.length === 0 ? /Usage:/ : /Run "verso --help"/);
    }
  });

  it('other failures exit 1 with the message on standard error', async () => {
    const run = cli();
    expect(await runCli(['export', 'no-such-set'], run.context)).toBe(1);
    expect(run.err.join('')).toMatch(/^verso: .*no-such-set: no such folder or file/);
  });
});

describe('verso align', () => {
  it('is handed to the align command with a reader that strips the BOM', async () => {
    writeFileSync(path.join(dir, 'a.en.txt'), '\uFEFFOne.\nTwo.\n');
    writeFileSync(path.join(dir, 'a.de.txt'), 'Eins.\nZwei.\n');
    const run = cli();
    const code = await runCli(['align', '--segmented', path.join(dir, 'a.en.txt'), path.join(dir, 'a.de.txt')], run.context);
    expect(code).toBe(0);
    expect(run.out.join('')).toBe('[0]:[0]\n[1]:[1]\n');
  });
});

describe('verso qa', () => {
  it('runs the QA checks over a set given relative to the working folder', async () => {
    const run = testCli({ root: dir, cwd: path.resolve('samples'), userData: path.join(dir, 'user') });
    expect(await runCli(['qa', 'article', '--json'], run.context)).toBe(0);
    const { findings } = JSON.parse(run.out.join('')) as { findings: { check: string; document: string }[] };
    expect(findings.some((f) => f.check === 'numbers' && f.document.endsWith('field-guide.te.md'))).toBe(true);
    expect(await runCli(['qa', 'article', '--fail-on', 'major'], testCli({ root: dir, cwd: path.resolve('samples'), userData: path.join(dir, 'user') }).context)).toBe(1);
  });
});

describe('verso qa on a set with its own QA configuration', () => {
  it("applies the set's custom checks and warns about a broken one", async () => {
    const setDir = path.join(dir, 'configured');
    cpSync(path.resolve('samples/article'), setDir, { recursive: true });
    writeFileSync(path.join(setDir, 'verso.review.json'), JSON.stringify({ schema: 1, qa: { customChecks: [
      { id: 'year', pattern: '\\b20\\d\\d\\b', message: 'A year.', severity: 'minor', languages: ['de'] },
      { id: 'broken', pattern: '[', message: 'x', severity: 'minor' },
    ] } }));
    const run = cli();
    expect(await runCli(['qa', setDir, '--json'], run.context)).toBe(0);
    const { findings } = JSON.parse(run.out.join('')) as { findings: { check: string; document: string }[] };
    expect(findings.filter((f) => f.check === 'custom/year').length).toBeGreaterThan(0);
    expect(run.err.join('')).toMatch(/warning: verso\.review\.json: qa\.customChecks\[1\] "broken"/);
  });
});
