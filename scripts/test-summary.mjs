#!/usr/bin/env node
// The suite's closing line: sums the counts of every step (build, typecheck and lint count as one
// test each, vitest and Playwright report theirs as JSON) and prints "N passed, N failed, N skipped".
// A runner that wrote no report counts as one failure: a crash must not pass silently.
import fs from 'node:fs';
import path from 'node:path';

const dir = process.argv[2] ?? '.test-results';
const total = { passed: 0, failed: 0, skipped: 0 };
const add = (c) => { total.passed += c.passed; total.failed += c.failed; total.skipped += c.skipped; };
const read = (file) => { try { return JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')); } catch { return null; } };

for (const file of ['build.count', 'typecheck.count', 'lint.count']) add(read(file) ?? { passed: 0, failed: 1, skipped: 0 });

const unit = read('unit.json');
if (unit) add({ passed: unit.numPassedTests, failed: unit.numFailedTests + (unit.success === false && unit.numFailedTests === 0 ? 1 : 0), skipped: unit.numPendingTests + (unit.numTodoTests ?? 0) });
else { console.log('unit: no report (vitest crashed?)'); add({ passed: 0, failed: 1, skipped: 0 }); }

for (const name of ['e2e.json', 'electron.json']) {
  const report = read(name);
  if (!report) { console.log(`${name}: no report (Playwright crashed?)`); add({ passed: 0, failed: 1, skipped: 0 }); continue; }
  const s = report.stats;
  add({ passed: s.expected + s.flaky, failed: s.unexpected + (report.errors?.length ?? 0), skipped: s.skipped });
}

console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed > 0 ? 1 : 0);
