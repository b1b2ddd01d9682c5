// Orphaned comments are re-attached by hand to a span the reviewer selects.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotationDraftSchema } from '../../../../shared/api.js';
import type { Sidecar } from '../../../../shared/model.js';
import { makeService } from './service-fixture.js';
import { setFolder } from './temp-folders.js';

const english = 'The river rises in the northern hills.\n';
const japanese = '川は😀北の丘から流れ出る。𠀋海へ向かう。\n';

describe('reattachAnnotation', () => {
  it('moves an orphan to the selected span, recording code point positions', async () => {
    const root = await setFolder({ 'river.en.md': english, 'river.ja.md': japanese });
    const service = await makeService();
    await service.openSet({ path: root });
    const start = japanese.indexOf('北の丘');
    const added = await service.addAnnotation({ root, documentId: 'river.ja.md', draft: annotationDraftSchema.parse({ start, end: start + 3, category: 'style', severity: 'minor', comment: 'hills' }) });
    // The quote disappears from the document.
    const edited = '川は😀南の谷から流れ出る。𠀋海へ向かう。\n';
    await writeFile(join(root, 'river.ja.md'), edited);
    const fresh = await makeService();
    await fresh.openSet({ path: root });
    const orphaned = await fresh.loadReview({ root, documentId: 'river.ja.md' });
    expect(orphaned.annotations[0]?.anchor).toBeNull();

    const target = edited.indexOf('海へ');
    const moved = await fresh.reattachAnnotation({ root, documentId: 'river.ja.md', id: added.annotation.id, start: target, end: target + 2 });
    expect(moved.anchor).toEqual({ start: target, end: target + 2 });
    expect(moved.annotation.comment).toBe('hills');
    const saved = JSON.parse(await readFile(join(root, 'river.ja.md.review.json'), 'utf8')) as Sidecar;
    // 😀 and 𠀋 come before: code points are two fewer than UTF-16 units.
    expect(saved.annotations[0]?.target.selector).toEqual([
      { type: 'TextQuoteSelector', exact: '海へ', prefix: '川は😀南の谷から流れ出る。𠀋', suffix: '向かう。\n' },
      { type: 'TextPositionSelector', start: target - 2, end: target },
    ]);
    const reloaded = await (await makeService()).loadReview({ root, documentId: 'river.ja.md' });
    expect(reloaded.annotations[0]?.anchor).toEqual({ start: target, end: target + 2 });
    expect(reloaded.changedSinceReview).toBe(false);
  });

  it('refuses a span outside the document and an unknown id', async () => {
    const root = await setFolder({ 'river.en.md': english, 'river.ja.md': japanese });
    const service = await makeService();
    await service.openSet({ path: root });
    await expect(service.reattachAnnotation({ root, documentId: 'river.ja.md', id: 'x', start: 0, end: 999 })).rejects.toMatchObject({ code: 'bad-span' });
    await expect(service.reattachAnnotation({ root, documentId: 'river.ja.md', id: 'nope', start: 0, end: 2 })).rejects.toMatchObject({ code: 'no-such-annotation' });
  });
});
