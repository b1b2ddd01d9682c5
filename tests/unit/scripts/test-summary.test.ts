import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const script = path.resolve('scripts/test-summary.mjs');
let dir: string;
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function summarize(files: Record<string, unknown>) {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'verso-summary-'));
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), JSON.stringify(content));
  const run = spawnSync(process.execPath, [script, dir], { encoding: 'utf8' });
  return { status: run.status, lastLine: run.stdout.trim().split('\n').at(-1) };
}

const step = (passed: boolean) => ({ passed: passed ? 1 : 0, failed: passed ? 0 : 1, skipped: 0 });
const playwright = (expected: number, unexpected: number, skipped: number) => ({ stats: { expected, unexpected, skipped, flaky: 0 }, errors: [] });

describe('the suite closing line', () => {
  it('adds every step and runner into "N passed, N failed, N skipped"', () => {
    const result = summarize({
      'build.count': step(true), 'typecheck.count': step(true), 'lint.count': step(true),
      'unit.json': { numPassedTests: 40, numFailedTests: 0, numPendingTests: 1, success: true },
      'e2e.json': playwright(5, 0, 0), 'electron.json': playwright(0, 0, 3),
    });
    expect(result.lastLine).toBe('48 passed, 0 failed, 4 skipped');
    expect(result.status).toBe(0);
  });

  it('counts a failed step and a runner that wrote no report as failures', () => {
    const result = summarize({
      'build.count': step(true), 'typecheck.count': step(false), 'lint.count': step(true),
      'unit.json': { numPassedTests: 10, numFailedTests: 2, numPendingTests: 0, success: false },
      'e2e.json': playwright(3, 1, 0),
    });
    expect(result.lastLine).toBe('15 passed, 5 failed, 0 skipped');
    expect(result.status).toBe(1);
  });
});
