// A sidecar may carry fields Verso does not know (another tool's, a newer Verso's): editing a
// comment, adding one, or merging branches keeps them.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ReviewService } from '../../../../electron/service/review-service.js';
import { mergeSidecars } from '../../../../shared/review/merge.js';
import { readSidecarText } from '../../../../shared/review/index.js';

let work: string;
let setDir: string;
const sidecarFile = () => path.join(setDir, 'field-guide.de.md.review.json');
beforeEach(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'verso-unknown-keys-'));
  setDir = path.join(work, 'article');
  fs.cpSync(path.resolve('samples/article'), setDir, { recursive: true });
  const sidecar = JSON.parse(fs.readFileSync(sidecarFile(), 'utf8'));
  sidecar.workflow = { step: 'second review', due: '2026-12-01' };
  sidecar.document.vendor = 'Acme TMS';
  sidecar.annotations[0].tags = ['client-visible'];
  sidecar.annotations[0].replies = [{ id: 'r1', author: 'Lena', created: '2026-11-20T12:00:00.000Z', text: 'Agreed.', likes: 2 }];
  fs.writeFileSync(sidecarFile(), JSON.stringify(sidecar, null, 2));
});
afterEach(() => fs.rmSync(work, { recursive: true, force: true }));

describe('fields Verso does not know', () => {
  it('survive editing and adding comments', async () => {
    const service = new ReviewService({ userDataDir: path.join(work, 'user'), host: 'browser' });
    const { set } = await service.openSet({ path: setDir });
    const review = await service.loadReview({ root: set.root, documentId: 'field-guide.de.md' });
    const first = review.annotations[0]!.annotation;
    await service.updateAnnotation({ root: set.root, documentId: 'field-guide.de.md', id: first.id, changes: { severity: 'critical' } });
    await service.addAnnotation({ root: set.root, documentId: 'field-guide.de.md', draft: { start: 0, end: 5, category: 'style', severity: 'minor', comment: 'x', suggestion: '', links: [] } });
    const saved = JSON.parse(fs.readFileSync(sidecarFile(), 'utf8'));
    expect(saved.workflow).toEqual({ step: 'second review', due: '2026-12-01' });
    expect(saved.document.vendor).toBe('Acme TMS');
    expect(saved.annotations[0]).toMatchObject({ id: first.id, severity: 'critical', tags: ['client-visible'] });
    expect(saved.annotations[0].replies[0].likes).toBe(2);
    expect(saved.annotations).toHaveLength(3);
  });

  it('survive a three-way merge', () => {
    const reading = readSidecarText(fs.readFileSync(sidecarFile(), 'utf8'), 'field-guide.de.md.review.json');
    if (reading.kind !== 'ok') throw new Error('the test sidecar should read');
    const ours = { ...reading.sidecar, annotations: reading.sidecar.annotations.map((a, i) => (i === 1 ? { ...a, severity: 'major' as const } : a)) };
    const { sidecar } = mergeSidecars(reading.sidecar, ours, reading.sidecar);
    expect((sidecar as unknown as { workflow: unknown }).workflow).toEqual({ step: 'second review', due: '2026-12-01' });
    expect((sidecar.annotations[0] as unknown as { tags: string[] }).tags).toEqual(['client-visible']);
  });
});
