// Every feature that writes verso.review.json (source pick, muted findings, scoring, alignment
// corrections) goes through one serialized, locked read-modify-write: changes made at the same
// moment all land, and what the file holds beyond them is kept as it was.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ReviewService } from '../../../../electron/service/review-service.js';
import { setReviewPath, updateSetReview } from '../../../../electron/service/set-review-file.js';

let work: string;
let setDir: string;
beforeEach(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'verso-set-review-'));
  setDir = path.join(work, 'translations-only');
  fs.cpSync(path.resolve('samples/translations-only'), setDir, { recursive: true });
});
afterEach(() => fs.rmSync(work, { recursive: true, force: true }));

const onDisk = () => JSON.parse(fs.readFileSync(setReviewPath(setDir), 'utf8'));

describe('verso.review.json writes', () => {
  it('keeps every one of several changes made at the same moment', async () => {
    const service = new ReviewService({ userDataDir: path.join(work, 'user'), host: 'browser' });
    const { set } = await service.openSet({ path: setDir });
    const { findings } = await service.runQa({ root: set.root });
    expect(findings.length).toBeGreaterThan(0);
    await Promise.all([
      service.updateScoring({ root: set.root, threshold: 42 }),
      service.setSource({ root: set.root, documentId: set.documents[0]!.id }),
      ...findings.slice(0, 3).map((f) => service.muteFinding({ root: set.root, findingId: f.id, muted: true })),
    ]);
    await service.flush();
    const review = onDisk();
    expect(review.scoring.threshold).toBe(42);
    expect(review.sourceDocument).toBe(set.documents[0]!.id);
    expect(review.qa.muted.map((m: { id: string }) => m.id).sort()).toEqual(findings.slice(0, 3).map((f) => f.id).sort());
  });

  it('keeps keys and entries it does not know', async () => {
    fs.writeFileSync(setReviewPath(setDir), JSON.stringify({
      schema: 1,
      team: { owner: 'Lena' },
      qa: { muted: [{ id: 'qa-0000', check: 'numbers', document: 'x', text: '3', reason: 'house style' }, 'an entry from elsewhere'] },
      scoring: { weights: { minor: 2 }, threshold: 90, note: 'agreed with the client' },
    }));
    const service = new ReviewService({ userDataDir: path.join(work, 'user'), host: 'browser' });
    const { set } = await service.openSet({ path: setDir });
    const { findings } = await service.runQa({ root: set.root });
    await service.muteFinding({ root: set.root, findingId: findings[0]!.id, muted: true });
    await service.updateScoring({ root: set.root, weights: { major: 7 } });
    const review = onDisk();
    expect(review.team).toEqual({ owner: 'Lena' });
    expect(review.qa.muted.slice(0, 2)).toEqual([{ id: 'qa-0000', check: 'numbers', document: 'x', text: '3', reason: 'house style' }, 'an entry from elsewhere']);
    expect(review.qa.muted).toHaveLength(3);
    expect(review.scoring).toMatchObject({ note: 'agreed with the client', threshold: 90, weights: { minor: 2, major: 7 } });
  });

  it('never writes a file that does not parse, and says which file', async () => {
    fs.writeFileSync(setReviewPath(setDir), '{ "schema": 1, ');
    await expect(updateSetReview(setDir, 'save the scoring settings', (review) => ({ review, result: null }))).rejects.toThrow(/Cannot save the scoring settings: verso\.review\.json does not parse.*line 1/);
    expect(fs.readFileSync(setReviewPath(setDir), 'utf8')).toBe('{ "schema": 1, ');
  });
});
