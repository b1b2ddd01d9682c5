import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { confirmRow, mergeWithNext } from '../../../../shared/corrections/index.js';
import { makeService } from './service-fixture.js';
import { setFolder } from './temp-folders.js';

const english = [
  '# Seed library',
  'Members borrow seeds in spring and return a share of the seeds they save in autumn.',
  'Volunteers sort the returned packets every Tuesday evening.',
  'Please label every packet with the plant, the variety and the year.',
].join('\n\n');
const german = [
  '# Saatgutbibliothek',
  'Die Mitglieder leihen sich im Frühjahr Saatgut und bringen im Herbst einen Teil der Samen zurück.',
  'Ehrenamtliche sortieren die zurückgegebenen Tütchen jeden Dienstagabend.',
  'Bitte beschriften Sie jedes Tütchen mit Pflanze, Sorte und Jahr.',
].join('\n\n');

async function reviewedSet(extra: Record<string, string> = {}) {
  const root = await setFolder({ 'seeds.en.md': english, 'seeds.de.md': german, ...extra });
  const service = await makeService();
  const opened = await service.openSet({ path: root });
  return { root, service, opened };
}

const readReview = async (root: string) => JSON.parse(await readFile(join(root, 'verso.review.json'), 'utf8'));

describe('alignment corrections in ReviewService', () => {
  it('stores a merge in verso.review.json, keeps the other keys there, and re-applies it on the next alignSet', async () => {
    const others = { schema: 1, sourceDocument: 'seeds.en.md', qa: { muted: ['f1'] }, scoring: { threshold: 95 } };
    const { root, service, opened } = await reviewedSet({ 'verso.review.json': JSON.stringify(others) });
    const engine = await service.alignSet({ root, level: 'paragraph' });
    expect(engine.rows).toHaveLength(4);
    expect(engine.corrections).toMatchObject({ applied: 0, unresolved: [], items: [], problem: null });

    const merged = await service.addAlignmentCorrection({ root, level: 'paragraph', correction: mergeWithNext({ alignment: engine, texts: opened.texts }, 1) });
    expect(merged.rows).toHaveLength(3);
    expect(merged.rows[1]!.cells.map((c) => c.length)).toEqual([2, 2]);
    expect(merged.corrections).toMatchObject({ applied: 1, unresolved: [] });

    const saved = await readReview(root);
    expect(saved).toMatchObject(others);
    expect(saved.alignment.corrections).toHaveLength(1);
    expect(saved.alignment.corrections[0]).toMatchObject({ kind: 'merge', level: 'paragraph', created: '2025-03-04T05:06:07.000Z', id: expect.any(String) });
    expect(saved.alignment.corrections[0].segments[0]).toMatchObject({ documentId: expect.any(String), quote: expect.any(String), prefix: expect.any(String), suffix: expect.any(String) });

    // Another run of the app (a new service) reads the correction back.
    const later = await makeService();
    const again = await later.alignSet({ root, level: 'paragraph' });
    expect(again.rows).toHaveLength(3);
    expect(again.corrections?.applied).toBe(1);
    // Sentence level has its own corrections.
    const sentences = await later.alignSet({ root, level: 'sentence' });
    expect(sentences.corrections).toMatchObject({ applied: 0, items: [] });
  });

  it('re-applies corrections after the documents change, and reports one whose text is gone', async () => {
    const { root, service, opened } = await reviewedSet();
    const engine = await service.alignSet({ root, level: 'paragraph' });
    const view = { alignment: engine, texts: opened.texts };
    await service.addAlignmentCorrection({ root, level: 'paragraph', correction: mergeWithNext(view, 1) });
    await service.addAlignmentCorrection({ root, level: 'paragraph', correction: confirmRow(view, 3) });

    const de = opened.set.documents.findIndex((d) => d.language === 'de');
    const file = join(root, opened.set.documents[de]!.id);
    await writeFile(file, german.replace('# Saatgutbibliothek', '# Die Saatgutbibliothek').replace('Bitte beschriften', 'Bitte beschriftet'));
    const changed = await service.alignSet({ root, level: 'paragraph' });
    expect(changed.rows).toHaveLength(3);
    expect(changed.rows[1]!.cells[de]!.map((s) => s.text.slice(0, 10))).toEqual(['Die Mitgli', 'Ehrenamtli']);
    expect(changed.corrections?.applied).toBe(1);
    expect(changed.corrections?.unresolved).toHaveLength(1);
    expect(changed.corrections?.unresolved[0]!.reason).toMatch(/^Confirming a row no longer applies: “Bitte beschriften/);
    expect(changed.rows.some((r) => r.confirmed)).toBe(false);
  });

  it('confirms a row and removes corrections by id', async () => {
    const { root, service, opened } = await reviewedSet();
    const engine = await service.alignSet({ root, level: 'paragraph' });
    const confirmed = await service.addAlignmentCorrection({ root, level: 'paragraph', correction: confirmRow({ alignment: engine, texts: opened.texts }, 2) });
    expect(confirmed.rows[2]).toMatchObject({ confirmed: true, score: 1 });
    const id = confirmed.corrections!.items[0]!.id;
    const removed = await service.removeAlignmentCorrection({ root, level: 'paragraph', id });
    expect(removed.rows[2]!.confirmed).toBeUndefined();
    expect(removed.corrections?.items).toEqual([]);
    expect((await readReview(root)).alignment.corrections).toEqual([]);
    await expect(service.removeAlignmentCorrection({ root, level: 'paragraph', id })).rejects.toThrow(/no alignment correction with id/);
  });

  it('refuses a correction that does not apply, with the reason, and stores nothing', async () => {
    const { root, service, opened } = await reviewedSet();
    const engine = await service.alignSet({ root, level: 'paragraph' });
    const merge = mergeWithNext({ alignment: engine, texts: opened.texts }, 0);
    const gone = { ...merge, segments: merge.kind === 'merge' ? merge.segments.map((s) => ({ ...s, quote: `${s.quote} (old wording)` })) : [] };
    await expect(service.addAlignmentCorrection({ root, level: 'paragraph', correction: gone })).rejects.toThrow(/no longer in/);
    await expect(readFile(join(root, 'verso.review.json'), 'utf8')).rejects.toThrow(/ENOENT/);
  });

  it('never overwrites a verso.review.json that does not parse, and still aligns', async () => {
    const broken = '{ "schema": 1, "qa": ';
    const { root, service, opened } = await reviewedSet({ 'verso.review.json': broken });
    const engine = await service.alignSet({ root, level: 'paragraph' });
    expect(engine.rows).toHaveLength(4);
    expect(engine.corrections?.problem).toMatch(/verso\.review\.json does not parse/);
    await expect(
      service.addAlignmentCorrection({ root, level: 'paragraph', correction: confirmRow({ alignment: engine, texts: opened.texts }, 0) }),
    ).rejects.toThrow(/Cannot save the alignment correction: verso\.review\.json does not parse/);
    expect(await readFile(join(root, 'verso.review.json'), 'utf8')).toBe(broken);
  });
});
