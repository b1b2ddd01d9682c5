import { createHash } from 'node:crypto';
import { chmod, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotationDraftSchema, type AnnotationDraft } from '../../../../shared/api.js';
import type { Sidecar } from '../../../../shared/model.js';
import { makeService } from './service-fixture.js';
import { setFolder } from './temp-folders.js';

const english = 'The cat sat on the mat.\n\nThe dog sat on the log.\n';
const japanese = '猫😀がマットの上に座った。\n\n𠀋犬が丸太の上に座った。\n';

function draftFor(text: string, quote: string, fields: Partial<AnnotationDraft> = {}) {
  const start = text.indexOf(quote);
  // Parsed as a transport would, so defaults (links, suggestion) are filled in the same way.
  return annotationDraftSchema.parse({ start, end: start + quote.length, category: 'accuracy/mistranslation', severity: 'major', comment: `About ${quote}`, ...fields });
}

async function openedSet() {
  const root = await setFolder({ 'story.en.md': english, 'story.ja.md': japanese });
  const service = await makeService();
  await service.openSet({ path: root });
  return { root, service, sidecar: join(root, 'story.ja.md.review.json') };
}

async function readSidecar(file: string): Promise<Sidecar> {
  return JSON.parse(await readFile(file, 'utf8')) as Sidecar;
}

describe('review sidecars', () => {
  it('round-trips an annotation with selectors in code points, the text hash and the reviewer name', async () => {
    const { root, service, sidecar } = await openedSet();
    await service.updateSettings({ reviewerName: 'Kenji' });
    const added = await service.addAnnotation({ root, documentId: 'story.ja.md', draft: draftFor(japanese, '丸太') });
    const start = japanese.indexOf('丸太');
    expect(added.anchor).toEqual({ start, end: start + 2 });
    expect(added.annotation).toMatchObject({ author: 'Kenji', status: 'open', replies: [], created: '2025-03-04T05:06:07.000Z', modified: '2025-03-04T05:06:07.000Z' });
    expect(added.annotation.id).toMatch(/^[0-9a-f-]{36}$/);

    const onDisk = await readFile(sidecar, 'utf8');
    expect(onDisk.endsWith('\n')).toBe(true);
    expect(onDisk).toContain('\n  "schema": 1,\n');
    const saved = JSON.parse(onDisk) as Sidecar;
    expect(saved.document).toEqual({
      fileName: 'story.ja.md',
      hash: `sha256:${createHash('sha256').update(japanese).digest('hex')}`,
      length: Array.from(japanese).length,
      snapshot: japanese,
    });
    // Two astral characters (😀, 𠀋) come before the quote: code points are two fewer than UTF-16 units.
    expect(saved.annotations[0]?.target.selector[1]).toEqual({ type: 'TextPositionSelector', start: start - 2, end: start });

    const fresh = await makeService();
    const state = await fresh.loadReview({ root, documentId: 'story.ja.md' });
    expect(state).toMatchObject({ documentId: 'story.ja.md', sidecarFile: sidecar, readOnly: false, problem: null, changedSinceReview: false });
    expect(state.annotations).toEqual([added]);
  });

  it("uses 'Reviewer' when no name is set, updates with a new modified time and deletes", async () => {
    const { root, service, sidecar } = await openedSet();
    const added = await service.addAnnotation({ root, documentId: 'story.en.md', draft: draftFor(english, 'mat') });
    expect(added.annotation.author).toBe('Reviewer');
    const later = await makeService({ now: () => new Date('2026-01-01T00:00:00.000Z') });
    const updated = await later.updateAnnotation({ root, documentId: 'story.en.md', id: added.annotation.id, changes: { status: 'resolved', comment: 'Fixed' } });
    expect(updated.annotation).toMatchObject({ status: 'resolved', comment: 'Fixed', created: added.annotation.created, modified: '2026-01-01T00:00:00.000Z' });
    expect(await later.deleteAnnotation({ root, documentId: 'story.en.md', id: added.annotation.id })).toEqual({ deleted: added.annotation.id });
    expect((await readSidecar(sidecar.replace('ja', 'en'))).annotations).toEqual([]);
    await expect(later.updateAnnotation({ root, documentId: 'story.en.md', id: added.annotation.id, changes: {} })).rejects.toMatchObject({ code: 'no-such-annotation' });
  });

  it('writes atomically: the previous version is kept as .bak and no temporary file is left', async () => {
    const { root, service, sidecar } = await openedSet();
    await service.addAnnotation({ root, documentId: 'story.ja.md', draft: draftFor(japanese, '猫') });
    const first = await readFile(sidecar, 'utf8');
    await service.addAnnotation({ root, documentId: 'story.ja.md', draft: draftFor(japanese, '犬') });
    expect(await readFile(`${sidecar}.bak`, 'utf8')).toBe(first);
    expect((await readSidecar(sidecar)).annotations).toHaveLength(2);
    expect((await readdir(root)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('serializes concurrent writes to one sidecar without losing any', async () => {
    const { root, service, sidecar } = await openedSet();
    const quotes = ['猫', 'マット', '犬', '丸太', '座った'];
    await Promise.all(quotes.map((q) => service.addAnnotation({ root, documentId: 'story.ja.md', draft: draftFor(japanese, q) })));
    expect((await readSidecar(sidecar)).annotations.map((a) => a.target.selector[0].exact).sort()).toEqual([...quotes].sort());
  });

  it("merges with a change saved by someone else meanwhile, keeping both people's annotations", async () => {
    const { root, service, sidecar } = await openedSet();
    const mine = await service.addAnnotation({ root, documentId: 'story.ja.md', draft: draftFor(japanese, '猫') });
    await service.loadReview({ root, documentId: 'story.ja.md' });
    // A colleague's copy of Verso (another process, same shared folder) adds and edits.
    const colleague = await makeService();
    const theirs = await colleague.addAnnotation({ root, documentId: 'story.ja.md', draft: draftFor(japanese, '犬', { comment: 'theirs' }) });
    await colleague.updateAnnotation({ root, documentId: 'story.ja.md', id: mine.annotation.id, changes: { comment: 'edited by colleague' } });
    // We change our annotation without reloading: our change applies on top of theirs.
    await service.updateAnnotation({ root, documentId: 'story.ja.md', id: mine.annotation.id, changes: { severity: 'minor' } });
    const merged = (await readSidecar(sidecar)).annotations;
    expect(merged.map((a) => a.id).sort()).toEqual([mine.annotation.id, theirs.annotation.id].sort());
    expect(merged.find((a) => a.id === mine.annotation.id)).toMatchObject({ severity: 'minor', comment: 'edited by colleague' });

    // The colleague deletes our annotation while we edit it: ours wins for the id we change.
    await colleague.deleteAnnotation({ root, documentId: 'story.ja.md', id: mine.annotation.id });
    await service.updateAnnotation({ root, documentId: 'story.ja.md', id: mine.annotation.id, changes: { status: 'resolved' } });
    const after = (await readSidecar(sidecar)).annotations;
    expect(after.map((a) => a.id).sort()).toEqual([mine.annotation.id, theirs.annotation.id].sort());
  });

  it('re-anchors after the document changed and reports the change', async () => {
    const { root, service } = await openedSet();
    const kept = await service.addAnnotation({ root, documentId: 'story.en.md', draft: draftFor(english, 'log') });
    const lost = await service.addAnnotation({ root, documentId: 'story.en.md', draft: draftFor(english, 'mat') });
    const edited = 'A new first line.\n\nThe cat sat on the rug.\n\nThe dog sat on the log.\n';
    await writeFile(join(root, 'story.en.md'), edited);
    const state = await service.loadReview({ root, documentId: 'story.en.md' });
    expect(state.changedSinceReview).toBe(true);
    const byId = new Map(state.annotations.map((a) => [a.annotation.id, a.anchor]));
    expect(byId.get(kept.annotation.id)).toEqual({ start: edited.indexOf('log'), end: edited.indexOf('log') + 3 });
    expect(byId.get(lost.annotation.id)).toBeNull();
  });

  it('refuses a span outside the document', async () => {
    const { root, service } = await openedSet();
    await expect(
      service.addAnnotation({ root, documentId: 'story.en.md', draft: { ...draftFor(english, 'cat'), start: 5, end: 5000 } }),
    ).rejects.toThrow(/outside story\.en\.md/);
    await expect(service.loadReview({ root, documentId: 'story.xx.md' })).rejects.toMatchObject({ code: 'unknown-document' });
  });
});

describe('bad sidecars are never overwritten', () => {
  async function expectReadOnly(content: string | null, problem: RegExp, options: { backup?: boolean; annotations?: number } = {}) {
    const { root, service, sidecar } = await openedSet();
    if (content === null) await mkdir(sidecar);
    else await writeFile(sidecar, content);
    // Only a backup that is itself a valid sidecar is offered.
    if (options.backup) await writeFile(`${sidecar}.bak`, JSON.stringify({ schema: 1, document: { fileName: 'story.ja.md', hash: 'sha256:0', length: 0 }, annotations: [] }));
    const state = await service.loadReview({ root, documentId: 'story.ja.md' });
    expect(state.readOnly).toBe(true);
    expect(state.problem?.file).toBe(sidecar);
    expect(state.problem?.message).toMatch(problem);
    expect(state.problem?.backupAvailable).toBe(options.backup ?? false);
    expect(state.annotations).toHaveLength(options.annotations ?? 0);
    await expect(service.addAnnotation({ root, documentId: 'story.ja.md', draft: draftFor(japanese, '猫') })).rejects.toMatchObject({ code: 'read-only' });
    await expect(service.deleteAnnotation({ root, documentId: 'story.ja.md', id: 'x' })).rejects.toThrow(/Comments on story\.ja\.md are read-only/);
    if (content !== null) expect(await readFile(sidecar, 'utf8')).toBe(content);
    return state;
  }

  it('a sidecar that does not parse: names the line and column and offers the backup', async () => {
    const state = await expectReadOnly('{\n  "schema": 1,\n  "annotations": [\n}', /story\.ja\.md\.review\.json is not valid JSON: .* at line 4, column 1/, { backup: true });
    expect(state.problem?.message).toMatch(/replace story\.ja\.md\.review\.json with story\.ja\.md\.review\.json\.bak/);
  });

  it('a sidecar with the wrong shape', async () => {
    await expectReadOnly(JSON.stringify({ schema: 1, document: { fileName: 'x', hash: 'h', length: 1 }, annotations: 'none' }), /not a Verso review file: at annotations/);
  });

  it('a sidecar from a newer Verso: comments shown, read-only', async () => {
    const { root, service, sidecar } = await openedSet();
    await service.addAnnotation({ root, documentId: 'story.ja.md', draft: draftFor(japanese, '猫') });
    const newer = (await readFile(sidecar, 'utf8')).replace('"schema": 1', '"schema": 2');
    await expectReadOnly(newer, /newer version of Verso .*update Verso/, { annotations: 1 });
  });

  it('a folder where the sidecar should be', async () => {
    await expectReadOnly(null, /story\.ja\.md\.review\.json is a folder, not a file/);
  });

  it('a sidecar that is not UTF-8', async () => {
    const { root, service, sidecar } = await openedSet();
    await writeFile(sidecar, new Uint8Array([0x7b, 0xff, 0x7d]));
    const state = await service.loadReview({ root, documentId: 'story.ja.md' });
    expect(state.readOnly).toBe(true);
    expect(state.problem?.message).toMatch(/is not UTF-8 text/);
    await expect(service.addAnnotation({ root, documentId: 'story.ja.md', draft: draftFor(japanese, '猫') })).rejects.toMatchObject({ code: 'read-only' });
    expect(Array.from(await readFile(sidecar))).toEqual([0x7b, 0xff, 0x7d]);
  });

  // Root reads any file whatever its mode, so this only runs as an ordinary user.
  it.skipIf(process.getuid?.() === 0)('a sidecar that cannot be read', async () => {
    const { root, service, sidecar } = await openedSet();
    await writeFile(sidecar, '{}');
    await chmod(sidecar, 0o000);
    try {
      const state = await service.loadReview({ root, documentId: 'story.ja.md' });
      expect(state.readOnly).toBe(true);
      expect(state.problem?.message).toMatch(/cannot be read \(EACCES\).*permissions/);
      await expect(service.addAnnotation({ root, documentId: 'story.ja.md', draft: draftFor(japanese, '猫') })).rejects.toMatchObject({ code: 'read-only' });
    } finally {
      await chmod(sidecar, 0o644);
    }
  });
});
