// Each kind of bad sidecar: a clear message naming the file, the file never overwritten, the
// document's comments read-only, and the backup offered — and restored — when it is usable.
import { chmod, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotationDraftSchema } from '../../../../shared/api.js';
import type { Sidecar } from '../../../../shared/model.js';
import { makeService } from './service-fixture.js';
import { setFolder } from './temp-folders.js';

const english = 'The river rises in the northern hills.\n\nIt runs south to the sea.\n';
const german = 'Der Fluss entspringt in den nördlichen Hügeln.\n\nEr fließt nach Süden ins Meer.\n';
const doc = { documentId: 'river.de.md' };

async function withGoodSidecar() {
  const root = await setFolder({ 'river.en.md': english, 'river.de.md': german });
  const service = await makeService();
  await service.openSet({ path: root });
  const start = german.indexOf('Hügeln');
  // Two saves, so the .bak holds a complete earlier version with one comment.
  await service.addAnnotation({ root, ...doc, draft: annotationDraftSchema.parse({ start, end: start + 6, category: 'style', severity: 'minor', comment: 'one' }) });
  await service.addAnnotation({ root, ...doc, draft: annotationDraftSchema.parse({ start: 0, end: 9, category: 'style', severity: 'minor', comment: 'two' }) });
  return { root, service, sidecar: join(root, 'river.de.md.review.json') };
}

const draft = annotationDraftSchema.parse({ start: 0, end: 3, category: 'style', severity: 'minor', comment: 'new' });

async function expectUntouchedReadOnly(service: Awaited<ReturnType<typeof makeService>>, root: string, sidecar: string, bytes: Buffer | null) {
  await expect(service.addAnnotation({ root, ...doc, draft })).rejects.toMatchObject({ code: 'read-only' });
  await expect(service.deleteAnnotation({ root, ...doc, id: 'x' })).rejects.toMatchObject({ code: 'read-only' });
  await expect(service.reattachAnnotation({ root, ...doc, id: 'x', start: 0, end: 3 })).rejects.toMatchObject({ code: 'read-only' });
  if (bytes) expect(await readFile(sidecar)).toEqual(bytes);
}

describe('bad sidecars', () => {
  it('unparsable JSON: line and column, read-only, file untouched, backup restorable', async () => {
    const { root, service, sidecar } = await withGoodSidecar();
    const broken = Buffer.from('{\n  "schema": 1,\n  "document": {,\n}\n');
    await writeFile(sidecar, broken);
    const state = await service.loadReview({ root, ...doc });
    expect(state.readOnly).toBe(true);
    expect(state.problem?.file).toBe(sidecar);
    expect(state.problem?.message).toMatch(/river\.de\.md\.review\.json is not valid JSON: .* at line 3, column \d+/);
    expect(state.problem?.backupAvailable).toBe(true);
    await expectUntouchedReadOnly(service, root, sidecar, broken);

    const restored = await service.restoreBackup({ root, ...doc });
    expect(restored.readOnly).toBe(false);
    expect(restored.problem).toBeNull();
    expect(restored.annotations.map((a) => a.annotation.comment)).toEqual(['one']);
    // The broken file is kept aside, never deleted.
    const aside = (await readdir(root)).filter((name) => name.startsWith('river.de.md.review.json.broken-'));
    expect(aside).toHaveLength(1);
    expect(await readFile(join(root, aside[0] ?? ''))).toEqual(broken);
    // Editing works again.
    await service.addAnnotation({ root, ...doc, draft });
    expect((JSON.parse(await readFile(sidecar, 'utf8')) as Sidecar).annotations).toHaveLength(2);
  });

  it('wrong schema: names the field', async () => {
    const { root, service, sidecar } = await withGoodSidecar();
    const saved = JSON.parse(await readFile(sidecar, 'utf8')) as { annotations: { severity: string }[] };
    (saved.annotations[0] as { severity: string }).severity = 'catastrophic';
    const bytes = Buffer.from(JSON.stringify(saved, null, 2));
    await writeFile(sidecar, bytes);
    const state = await service.loadReview({ root, ...doc });
    expect(state.readOnly).toBe(true);
    expect(state.problem?.message).toMatch(/river\.de\.md\.review\.json is not a Verso review file: at annotations\.0\.severity/);
    await expectUntouchedReadOnly(service, root, sidecar, bytes);
  });

  it('a newer schema version: comments shown read-only with a message; restoring is possible but keeps the newer file', async () => {
    const { root, service, sidecar } = await withGoodSidecar();
    const bytes = Buffer.from((await readFile(sidecar, 'utf8')).replace('"schema": 1', '"schema": 7'));
    await writeFile(sidecar, bytes);
    const state = await service.loadReview({ root, ...doc });
    expect(state.readOnly).toBe(true);
    expect(state.annotations).toHaveLength(2);
    expect(state.problem?.message).toMatch(/newer version of Verso \(review format 7.*update Verso/);
    await expectUntouchedReadOnly(service, root, sidecar, bytes);
  });

  it('a hash for another text: opens editable, re-anchors, says the document changed', async () => {
    const { root, sidecar } = await withGoodSidecar();
    await writeFile(join(root, 'river.de.md'), `Neue Einleitung.\n\n${german}`);
    const fresh = await makeService();
    await fresh.openSet({ path: root });
    const state = await fresh.loadReview({ root, ...doc });
    expect(state.readOnly).toBe(false);
    expect(state.changedSinceReview).toBe(true);
    const hills = state.annotations.find((a) => a.annotation.comment === 'one');
    const edited = `Neue Einleitung.\n\n${german}`;
    expect(hills?.anchor).toEqual({ start: edited.indexOf('Hügeln'), end: edited.indexOf('Hügeln') + 6 });
    expect(await readFile(sidecar, 'utf8')).toContain('"comment": "one"');
  });

  it('a directory where the sidecar should be: read-only, restorable by moving it aside', async () => {
    const { root, service, sidecar } = await withGoodSidecar();
    await writeFile(`${sidecar}.bak`, await readFile(sidecar));
    const { rm } = await import('node:fs/promises');
    await rm(sidecar);
    await mkdir(sidecar);
    const state = await service.loadReview({ root, ...doc });
    expect(state.readOnly).toBe(true);
    expect(state.problem?.message).toMatch(/river\.de\.md\.review\.json is a folder, not a file/);
    expect(state.problem?.backupAvailable).toBe(true);
    await expectUntouchedReadOnly(service, root, sidecar, null);
    const restored = await service.restoreBackup({ root, ...doc });
    expect(restored.annotations).toHaveLength(2);
    expect((await readdir(root)).some((name) => name.startsWith('river.de.md.review.json.broken-'))).toBe(true);
  });

  it('an unreadable file (permissions)', async (context) => {
    if (process.getuid?.() === 0) {
      console.log('bad-sidecars: skipping the unreadable-file case: running as root, which reads any file whatever its permissions.');
      context.skip();
    }
    const { root, service, sidecar } = await withGoodSidecar();
    await chmod(sidecar, 0o000);
    try {
      const state = await service.loadReview({ root, ...doc });
      expect(state.readOnly).toBe(true);
      expect(state.problem?.message).toMatch(/river\.de\.md\.review\.json cannot be read \(EACCES\)/);
      await expectUntouchedReadOnly(service, root, sidecar, null);
    } finally {
      await chmod(sidecar, 0o644);
    }
  });

  it('refuses to restore over a good sidecar, or from an unusable backup', async () => {
    const { root, service, sidecar } = await withGoodSidecar();
    await expect(service.restoreBackup({ root, ...doc })).rejects.toThrow(/can be read and edited/);
    await writeFile(sidecar, '{');
    await writeFile(`${sidecar}.bak`, '[]');
    const state = await service.loadReview({ root, ...doc });
    expect(state.problem?.backupAvailable).toBe(false);
    expect(state.problem?.message).not.toMatch(/Restore backup/);
    await expect(service.restoreBackup({ root, ...doc })).rejects.toThrow(/backup of river\.de\.md\.review\.json cannot be used/);
    expect(await readFile(sidecar, 'utf8')).toBe('{');
  });
});
