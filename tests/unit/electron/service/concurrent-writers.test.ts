// Two writers on one sidecar: separate processes (the real ReviewService, bundled) and two
// services in one process standing for two windows. Nothing is lost, and when both changed the
// same comment both versions are kept and reported.
import { spawn } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annotationDraftSchema } from '../../../../shared/api.js';
import type { Sidecar } from '../../../../shared/model.js';
import { withFileLock } from '../../../../electron/service/sidecar-lock.js';
import { bundleChild } from './persistence/bundle.js';
import { makeService } from './service-fixture.js';
import { setFolder } from './temp-folders.js';

const english = 'The river rises in the northern hills and runs south to the sea.\n';
const german = 'Der Fluss entspringt in den nördlichen Hügeln und fließt nach Süden ins Meer.\n';
let child = '';

beforeAll(async () => {
  child = await bundleChild('adding-child');
}, 60_000);

afterAll(async () => {
  await rm(join(child, '..'), { recursive: true, force: true });
});

function runAdder(root: string, count: number, tag: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const process_ = spawn(process.execPath, [child, root, 'river.de.md', String(count), tag], { stdio: ['ignore', 'ignore', 'pipe'] });
    let errors = '';
    process_.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    process_.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`adder ${tag} exited with ${code}: ${errors}`))));
  });
}

async function readSidecar(root: string): Promise<Sidecar> {
  return JSON.parse(await readFile(join(root, 'river.de.md.review.json'), 'utf8')) as Sidecar;
}

const draft = (comment: string) => annotationDraftSchema.parse({ start: 4, end: 9, category: 'style', severity: 'minor', comment });

describe('two processes adding comments to one sidecar at once', () => {
  it('keeps all 100 comments of two processes adding 50 each', async () => {
    const root = await setFolder({ 'river.en.md': english, 'river.de.md': german });
    await Promise.all([runAdder(root, 50, 'left'), runAdder(root, 50, 'right')]);
    const saved = await readSidecar(root);
    expect(saved.annotations).toHaveLength(100);
    expect(new Set(saved.annotations.map((a) => a.id)).size).toBe(100);
    const comments = new Set(saved.annotations.map((a) => a.comment));
    for (let i = 0; i < 50; i++) {
      expect(comments.has(`left ${i}`)).toBe(true);
      expect(comments.has(`right ${i}`)).toBe(true);
    }
    await expect(readFile(join(root, 'river.de.md.review.json.lock'))).rejects.toMatchObject({ code: 'ENOENT' });
  }, 120_000);
});

describe('the sidecar lock', () => {
  it('makes a second writer wait until the first is done', async () => {
    const root = await setFolder({ 'a.txt': '' });
    const file = join(root, 'a.txt.review.json');
    const order: string[] = [];
    let releaseFirst = () => {};
    const first = withFileLock(file, async () => {
      order.push('first in');
      await new Promise<void>((resolve) => (releaseFirst = resolve));
      order.push('first out');
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const second = withFileLock(file, async () => void order.push('second'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(order).toEqual(['first in']);
    releaseFirst();
    await Promise.all([first, second]);
    expect(order).toEqual(['first in', 'first out', 'second']);
  });

  it('takes over a lock left by a process that died', async () => {
    const root = await setFolder({ 'a.txt': '' });
    const file = join(root, 'a.txt.review.json');
    // A pid that is certainly not running: beyond the kernel's pid range.
    await writeFile(`${file}.lock`, JSON.stringify({ pid: 2 ** 30, host: (await import('node:os')).hostname(), time: Date.now() }));
    await expect(withFileLock(file, async () => 'ran', { timeout: 2000 })).resolves.toBe('ran');
  });

  it('names the holder and the lock file when a live lock is not released in time', async () => {
    const root = await setFolder({ 'a.txt': '' });
    const file = join(root, 'a.txt.review.json');
    await writeFile(`${file}.lock`, JSON.stringify({ pid: process.pid, host: (await import('node:os')).hostname(), time: Date.now() }));
    await expect(withFileLock(file, async () => 'ran', { timeout: 100 })).rejects.toThrow(/held by process \d+ .*delete .*a\.txt\.review\.json\.lock/);
  });
});

describe('two windows (services) on one sidecar', () => {
  async function twoServices() {
    const root = await setFolder({ 'river.en.md': english, 'river.de.md': german });
    const [mine, theirs] = [await makeService(), await makeService()];
    await mine.openSet({ path: root });
    await theirs.openSet({ path: root });
    return { root, mine, theirs };
  }
  const doc = (root: string) => ({ root, documentId: 'river.de.md' });

  it('merges a comment added elsewhere and reports the change to the UI with the conflicts', async () => {
    const { root, mine, theirs } = await twoServices();
    const shared = await mine.addAnnotation({ ...doc(root), draft: draft('first version') });
    const seen = await mine.loadReview(doc(root));
    expect(seen.revision).toMatch(/^[0-9a-f]{64}$/);
    await theirs.loadReview(doc(root));

    // Nothing changed: nothing to report.
    expect((await mine.reviewChanges({ root, known: { 'river.de.md': seen.revision ?? '' } })).changes).toEqual([]);

    // They change the comment and add one; we change the same comment differently.
    await theirs.updateAnnotation({ ...doc(root), id: shared.annotation.id, changes: { comment: 'their version' } });
    await theirs.addAnnotation({ ...doc(root), draft: draft('their new comment') });
    await mine.updateAnnotation({ ...doc(root), id: shared.annotation.id, changes: { comment: 'our version' } });

    const { changes } = await mine.reviewChanges({ root, known: { 'river.de.md': seen.revision ?? '' } });
    expect(changes).toHaveLength(1);
    const change = changes[0];
    expect(change?.conflicts).toEqual([shared.annotation.id]);
    const comments = change?.state.annotations.map((a) => a.annotation.comment) ?? [];
    expect(comments).toContain('our version');
    expect(comments.some((c) => c.endsWith('their version') && c.startsWith('[Merge conflict'))).toBe(true);
    expect(comments).toContain('their new comment');
    // Reported once; the state now known to the UI is current.
    const again = await mine.reviewChanges({ root, known: { 'river.de.md': change?.state.revision ?? '' } });
    expect(again.changes).toEqual([]);
  });

  it('tells changes by others from its own saves', async () => {
    const { root, mine, theirs } = await twoServices();
    const before = await mine.loadReview(doc(root));
    await mine.addAnnotation({ ...doc(root), draft: draft('ours') });
    const own = (await mine.reviewChanges({ root, known: { 'river.de.md': before.revision ?? '' } })).changes[0];
    expect(own?.byOthers).toBe(false);
    await theirs.addAnnotation({ ...doc(root), draft: draft('theirs') });
    const other = (await mine.reviewChanges({ root, known: { 'river.de.md': own?.state.revision ?? '' } })).changes[0];
    expect(other?.byOthers).toBe(true);
    expect(other?.conflicts).toEqual([]);
    expect(other?.state.annotations.map((a) => a.annotation.comment)).toEqual(['ours', 'theirs']);
  });

  it('sees a sidecar replaced by an editor that writes a new file and renames it', async () => {
    const { root, mine } = await twoServices();
    await mine.addAnnotation({ ...doc(root), draft: draft('ours') });
    const seen = await mine.loadReview(doc(root));
    // Asked once before the change, so the answer after it comes from the folder watch, not a first read.
    expect((await mine.reviewChanges({ root, known: { 'river.de.md': seen.revision ?? '' } })).changes).toEqual([]);
    const sidecar = join(root, 'river.de.md.review.json');
    const edited = (await readFile(sidecar, 'utf8')).replace('"ours"', '"edited by hand"');
    await writeFile(`${sidecar}.new`, edited);
    await (await import('node:fs/promises')).rename(`${sidecar}.new`, sidecar);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const { changes } = await mine.reviewChanges({ root, known: { 'river.de.md': seen.revision ?? '' } });
    expect(changes[0]?.state.annotations[0]?.annotation.comment).toBe('edited by hand');
    expect(changes[0]?.byOthers).toBe(true);
  });

  it('flush waits for every queued save', async () => {
    const { root, mine } = await twoServices();
    const adds = Array.from({ length: 5 }, (_, i) => mine.addAnnotation({ ...doc(root), draft: draft(`queued ${i}`) }));
    await mine.flush();
    // Nothing awaited but flush: every add, whatever step it was at, is on disk.
    expect((await readSidecar(root)).annotations.map((a) => a.comment).sort()).toEqual(['queued 0', 'queued 1', 'queued 2', 'queued 3', 'queued 4']);
    await Promise.all(adds);
  });
});
