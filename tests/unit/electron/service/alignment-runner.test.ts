import { build } from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alignDocuments, type AlignInput } from '../../../../shared/align/index.js';
import { parseDocument } from '../../../../shared/formats/index.js';
import { AlignmentRunner } from '../../../../electron/service/alignment-runner.js';

const doc = (path: string, language: string, text: string): AlignInput => ({ path, language, text, blocks: parseDocument(text, 'md') });
const english = doc('a.en.md', 'en', '# Seeds\n\nWe lend 1,250 packets a year.\n\nReturn a share in autumn.\n');
const german = doc('a.de.md', 'de', '# Saatgut\n\nWir verleihen 1.250 Tüten im Jahr.\n\nGeben Sie im Herbst einen Teil zurück.\n');

describe('AlignmentRunner', () => {
  let dir: string;
  let workerFile: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'verso-worker-'));
    workerFile = path.join(dir, 'align-worker.cjs');
    // The same bundle scripts/build.mjs makes for the app.
    await build({ entryPoints: ['electron/service/align-worker.ts'], outfile: workerFile, bundle: true, platform: 'node', format: 'cjs', logLevel: 'silent' });
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('aligns in a worker thread with the same result as in-process', async () => {
    const runner = new AlignmentRunner(workerFile);
    expect(runner.usesWorker).toBe(true);
    const [first, second] = await Promise.all([
      runner.run([english, german], { level: 'paragraph', sourceIndex: 0 }),
      runner.run([german, english], { level: 'sentence', sourceIndex: 1 }),
    ]);
    expect(first).toEqual(alignDocuments([english, german], { level: 'paragraph', sourceIndex: 0 }));
    expect(second).toEqual(alignDocuments([german, english], { level: 'sentence', sourceIndex: 1 }));
    await runner.dispose();
  });

  it("passes the engine's error message back", async () => {
    const runner = new AlignmentRunner(workerFile);
    await expect(runner.run([english, german], { level: 'paragraph', sourceIndex: 5 })).rejects.toThrow(/source/i);
    await runner.dispose();
  });

  it('aligns in-process when there is no worker bundle', async () => {
    const runner = new AlignmentRunner(path.join(dir, 'missing.cjs'));
    expect(runner.usesWorker).toBe(false);
    const result = await runner.run([english, german], { level: 'paragraph', sourceIndex: 0 });
    expect(result.rows.length).toBeGreaterThan(0);
  });
});
