import { cp, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeService } from './service-fixture.js';
import { tempFolder } from './temp-folders.js';

const samples = resolve(__dirname, '../../../../samples');

async function copyOfSample(name: string): Promise<string> {
  const root = join(await tempFolder(), name);
  await cp(join(samples, name), root, { recursive: true });
  return root;
}

async function readReviewFile(root: string): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(join(root, 'verso.review.json'), 'utf8')) as Record<string, unknown>;
}

describe('ReviewService.runQa', () => {
  it('flags the wrong number in the Telugu guide on its exact characters, with the English number related', async () => {
    const root = await copyOfSample('article');
    const service = await makeService();
    const { texts, set } = await service.openSet({ path: root });
    const { findings } = await service.runQa({ root });
    const textOf = (id: string) => texts[set.documents.findIndex((d) => d.id === id)] ?? '';
    const numbers = findings.filter((f) => f.check === 'numbers' && f.documentId === 'field-guide.te.md');
    const wrong = numbers.find((f) => textOf(f.documentId).slice(f.start, f.end) === '1,520');
    expect(wrong).toBeDefined();
    expect(wrong).toMatchObject({ check: 'numbers', muted: false });
    expect(['minor', 'major', 'critical']).toContain(wrong?.severity);
    expect(wrong?.category).toMatch(/^[a-z-]+(\/[a-z-]+)*$/);
    expect(wrong?.title).not.toBe('');
    expect(wrong?.related.some((r) => r.documentId === 'field-guide.en.md' && textOf('field-guide.en.md').slice(r.start, r.end) === '1,250')).toBe(true);
  });

  it('gives the same ids on a second run, each id once', async () => {
    const root = await copyOfSample('article');
    const service = await makeService();
    const first = (await service.runQa({ root })).findings.map((f) => f.id);
    const second = (await (await makeService()).runQa({ root })).findings.map((f) => f.id);
    expect(second).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
  });
});

describe('ReviewService.muteFinding', () => {
  it('remembers a muted finding in verso.review.json with its check, document and text, keeping other keys', async () => {
    const root = await copyOfSample('article');
    await writeFile(join(root, 'verso.review.json'), JSON.stringify({ schema: 1, sourceDocument: null, glossary: 'terms.csv', qa: { note: 'kept' } }));
    const service = await makeService();
    const { findings } = await service.runQa({ root });
    const target = findings.find((f) => f.check === 'numbers' && f.documentId === 'field-guide.te.md');
    if (!target) throw new Error('expected a numbers finding on field-guide.te.md');
    expect(await service.muteFinding({ root, findingId: target.id, muted: true })).toEqual({ findingId: target.id, muted: true });

    const file = await readReviewFile(root);
    expect(file).toMatchObject({ schema: 1, sourceDocument: null, glossary: 'terms.csv', qa: { note: 'kept' } });
    expect((file.qa as { muted: unknown[] }).muted).toEqual([{ id: target.id, check: 'numbers', document: 'field-guide.te.md', text: expect.any(String) }]);

    // A fresh service (a reload) sees it muted.
    const again = (await (await makeService()).runQa({ root })).findings;
    expect(again.find((f) => f.id === target.id)?.muted).toBe(true);
    expect(again.filter((f) => f.muted)).toHaveLength(1);

    await service.muteFinding({ root, findingId: target.id, muted: false });
    expect(((await readReviewFile(root)).qa as { muted: unknown[] }).muted).toEqual([]);
    expect((await service.runQa({ root })).findings.some((f) => f.muted)).toBe(false);
  });

  it('unmutes a finding muted as a bare id string (a hand-written entry), keeping the other entries', async () => {
    const root = await copyOfSample('article');
    const service = await makeService();
    const { findings } = await service.runQa({ root });
    const target = findings[0];
    if (!target) throw new Error('expected a finding in the article sample');
    const other = { id: 'qa-ffffffffffffffff', check: 'numbers', document: 'x.md', text: '1' };
    await writeFile(join(root, 'verso.review.json'), JSON.stringify({ schema: 1, qa: { muted: [target.id, other] } }));
    expect((await service.runQa({ root })).findings.find((f) => f.id === target.id)?.muted).toBe(true);

    await service.muteFinding({ root, findingId: target.id, muted: false });
    expect(((await readReviewFile(root)).qa as { muted: unknown[] }).muted).toEqual([other]);
    expect((await service.runQa({ root })).findings.find((f) => f.id === target.id)?.muted).toBe(false);
  });

  it('never overwrites a verso.review.json that does not parse, and says which file', async () => {
    const root = await copyOfSample('article');
    const broken = '{ "schema": 1, "qa": { "muted": [ }';
    await writeFile(join(root, 'verso.review.json'), broken);
    const service = await makeService();
    const { findings } = await service.runQa({ root });
    expect(findings.length).toBeGreaterThan(0);
    const id = findings[0]?.id ?? '';
    await expect(service.muteFinding({ root, findingId: id, muted: true })).rejects.toThrow(/verso\.review\.json does not parse/);
    expect(await readFile(join(root, 'verso.review.json'), 'utf8')).toBe(broken);
  });

  it('refuses an id no finding has', async () => {
    const root = await copyOfSample('article');
    const service = await makeService();
    await expect(service.muteFinding({ root, findingId: 'qa-0000000000000000', muted: true })).rejects.toThrow(/Run QA again/);
  });
});

describe('ReviewService.reviewSnapshot', () => {
  it('returns the text the comments were saved against, and null before any save', async () => {
    const root = await copyOfSample('revisions');
    const service = await makeService();
    const { texts } = await service.openSet({ path: root });
    expect(await service.reviewSnapshot({ root, documentId: 'notice.fr.v2.md' })).toEqual({ snapshot: null });
    await service.addAnnotation({ root, documentId: 'notice.fr.v2.md', draft: { start: 0, end: 5, category: 'style', severity: 'minor', comment: 'Title', suggestion: '', links: [] } });
    expect(await service.reviewSnapshot({ root, documentId: 'notice.fr.v2.md' })).toEqual({ snapshot: texts[2] });
  });
});
