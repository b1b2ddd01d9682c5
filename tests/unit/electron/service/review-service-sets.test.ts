import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeService } from './service-fixture.js';
import { setFolder, tempFolder } from './temp-folders.js';

const english = '# Guide\n\nThe reviewer reads every sentence of the translation before writing comments.\n';
const german = '# Anleitung\n\nDie Prüferin liest jeden Satz der Übersetzung, bevor sie Kommentare schreibt.\n';
const arabic = '# دليل\n\nيقرأ المراجع كل جملة من الترجمة قبل كتابة التعليقات.\n';

describe('ReviewService.openSet', () => {
  it('opens a folder of <name>.<lang>.<ext> files with no source', async () => {
    const root = await setFolder({ 'guide.en.md': `\uFEFF${english}`, 'guide.ar.md': arabic.replace(/\n/g, '\r\n') });
    const service = await makeService();
    const { set, texts, problems } = await service.openSet({ path: root });
    expect(problems).toEqual([]);
    expect(set).toMatchObject({ root, openedPath: root, layout: 'files', sourceId: null, sourceFrom: 'none' });
    expect(set.documents.map((d) => [d.id, d.language, d.languageDetected, d.role, d.direction, d.format])).toEqual([
      ['guide.ar.md', 'ar', false, 'target', 'rtl', 'md'],
      ['guide.en.md', 'en', false, 'target', 'ltr', 'md'],
    ]);
    expect(texts).toEqual([arabic.replace(/\n/g, '\r\n'), english]);
  });

  it('detects languages of untagged files and marks same-language documents as revisions', async () => {
    const root = await setFolder({ 'v1.md': german, 'v2.md': german.replace('jeden', 'wirklich jeden'), 'x.md': english });
    const { set } = await (await makeService()).openSet({ path: root });
    expect(set.documents.map((d) => [d.id, d.language, d.languageDetected, d.role])).toEqual([
      ['v1.md', 'de', true, 'revision'],
      ['v2.md', 'de', true, 'revision'],
      ['x.md', 'en', true, 'target'],
    ]);
  });

  it('opens language folders', async () => {
    const root = await setFolder({ 'en/guide.md': english, 'de/guide.md': german });
    const { set } = await (await makeService()).openSet({ path: root });
    expect(set.layout).toBe('language-folders');
    expect(set.documents.map((d) => [d.id, d.language])).toEqual([
      ['de/guide.md', 'de'],
      ['en/guide.md', 'en'],
    ]);
  });

  it('puts the manifest source first, then manifest order, with labels', async () => {
    const root = await setFolder({
      'verso.json': JSON.stringify({
        name: 'Handbook',
        documents: [
          { path: 'guide.de.md', lang: 'de', label: 'German' },
          { path: 'guide.en.md', lang: 'en', role: 'source' },
          { path: 'guide.ar.md' },
        ],
      }),
      'guide.de.md': german,
      'guide.en.md': english,
      'guide.ar.md': arabic,
    });
    const service = await makeService();
    const { set } = await service.openSet({ path: join(root, 'verso.json') });
    expect(set).toMatchObject({ name: 'Handbook', layout: 'manifest', sourceId: 'guide.en.md', sourceFrom: 'manifest' });
    expect(set.documents.map((d) => [d.id, d.role, d.label, d.language, d.languageDetected])).toEqual([
      ['guide.en.md', 'source', undefined, 'en', false],
      ['guide.de.md', 'target', 'German', 'de', false],
      ['guide.ar.md', 'target', undefined, 'ar', true],
    ]);
    await expect(service.setSource({ root, documentId: 'guide.de.md' })).rejects.toThrow(/set in its manifest/);
  });

  it("records the reviewer's source pick in verso.review.json and reopens with it", async () => {
    const root = await setFolder({ 'guide.en.md': english, 'guide.de.md': german });
    const service = await makeService();
    await service.openSet({ path: root });
    const set = await service.setSource({ root, documentId: 'guide.en.md' });
    expect(set.sourceId).toBe('guide.en.md');
    expect(set.sourceFrom).toBe('user');
    expect(set.documents.map((d) => [d.id, d.role])).toEqual([
      ['guide.en.md', 'source'],
      ['guide.de.md', 'target'],
    ]);
    expect(JSON.parse(await readFile(join(root, 'verso.review.json'), 'utf8'))).toEqual({ schema: 1, sourceDocument: 'guide.en.md' });
    const reopened = await (await makeService()).openSet({ path: root });
    expect(reopened.set.sourceId).toBe('guide.en.md');
    expect(reopened.texts[0]).toBe(english);
    const cleared = await service.setSource({ root, documentId: null });
    expect(cleared.sourceFrom).toBe('none');
    await expect(service.setSource({ root, documentId: 'nope.md' })).rejects.toThrow(/has no document "nope\.md"/);
  });

  it('reports a damaged verso.review.json and never overwrites it', async () => {
    const root = await setFolder({ 'guide.en.md': english, 'guide.de.md': german, 'verso.review.json': '{ "schema": 1, ' });
    const service = await makeService();
    const { set, problems } = await service.openSet({ path: root });
    expect(set.sourceFrom).toBe('none');
    expect(problems).toEqual([{ file: join(root, 'verso.review.json'), message: expect.stringMatching(/verso\.review\.json does not parse: .* line 1, column 16/) }]);
    await expect(service.setSource({ root, documentId: 'guide.en.md' })).rejects.toMatchObject({ code: 'read-only' });
    expect(await readFile(join(root, 'verso.review.json'), 'utf8')).toBe('{ "schema": 1, ');
    await writeFile(join(root, 'verso.review.json'), '{ "schema": 1, "glossary": "terms.tbx" }');
    await service.setSource({ root, documentId: 'guide.de.md' });
    expect(JSON.parse(await readFile(join(root, 'verso.review.json'), 'utf8'))).toEqual({ schema: 1, glossary: 'terms.tbx', sourceDocument: 'guide.de.md' });
  });

  it('reports a document that is not UTF-8 as a problem and opens the rest', async () => {
    const root = await setFolder({ 'guide.en.md': english, 'guide.fr.md': new Uint8Array([0x63, 0x61, 0x66, 0xe9]) });
    const { set, problems } = await (await makeService()).openSet({ path: root });
    expect(set.documents.map((d) => d.id)).toEqual(['guide.en.md']);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.file).toBe(join(root, 'guide.fr.md'));
    expect(problems[0]?.message).toMatch(/guide\.fr\.md is not valid UTF-8: line 1 .*save it as UTF-8/);
  });

  it('records the set in recent sets and as the last set', async () => {
    const first = await setFolder({ 'a.en.md': english });
    const second = await setFolder({ 'b.en.md': english });
    const userDataDir = join(await tempFolder(), 'data');
    const service = await makeService({ userDataDir });
    await service.openSet({ path: first });
    await service.openSet({ path: second });
    await service.openSet({ path: first });
    const recent = await service.recentSets({});
    expect(recent.map((r) => r.path)).toEqual([first, second]);
    expect(recent[0]?.openedAt).toBe('2025-03-04T05:06:07.000Z');
    const startup = await (await makeService({ userDataDir })).getStartup({});
    expect(startup.settings.lastSet).toBe(first);
    expect(startup.initialSet).toBe(first);
    expect(startup.recent).toEqual(recent);
  });

  it('passes errors through with the path', async () => {
    const missing = join(await tempFolder(), 'missing');
    await expect((await makeService()).openSet({ path: missing })).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('ReviewService.alignSet', () => {
  it('aligns the documents of the set, one cell per document in set order', async () => {
    const root = await setFolder({ 'guide.en.md': english, 'guide.de.md': german });
    const service = await makeService();
    await service.openSet({ path: root });
    const alignment = await service.alignSet({ root, level: 'paragraph' });
    expect(alignment.documents.map((d) => d.path)).toEqual(['guide.de.md', 'guide.en.md']);
    expect(alignment.rows.length).toBeGreaterThanOrEqual(2);
    for (const row of alignment.rows) expect(row.cells).toHaveLength(2);
    const heading = alignment.rows[0]?.cells.map((cell) => cell.map((s) => s.text).join(' '));
    expect(heading).toEqual(['Anleitung', 'Guide']);
  });
});

describe('ReviewService.getStartup', () => {
  it('offers the constructor set, then the menu set, and the samples', async () => {
    const samplesDir = await setFolder({ 'guide/guide.en.md': english, 'guide/guide.de.md': german, 'not-a-set/readme.pdf': 'x' });
    const service = await makeService({ initialSet: join(samplesDir, 'guide'), samplesDir, host: 'electron' });
    const startup = await service.getStartup({});
    expect(startup).toMatchObject({ host: 'electron', initialSet: join(samplesDir, 'guide'), samples: [{ name: 'guide', path: join(samplesDir, 'guide') }] });
    service.setInitialSet(samplesDir);
    expect((await service.getStartup({})).initialSet).toBe(samplesDir);
  });

  it('does not offer a last set that no longer exists', async () => {
    const service = await makeService();
    await service.updateSettings({ lastSet: join(await tempFolder(), 'gone') });
    expect((await service.getStartup({})).initialSet).toBeNull();
  });
});
