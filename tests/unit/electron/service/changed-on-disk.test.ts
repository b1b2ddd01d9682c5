// A document edited on disk after the set was opened: a comment marked on the old text is refused
// with a message saying what happened and what to do, rather than landing on other words.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ReviewService } from '../../../../electron/service/review-service.js';

let work: string;
let setDir: string;
beforeEach(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'verso-changed-'));
  setDir = path.join(work, 'article');
  fs.cpSync(path.resolve('samples/article'), setDir, { recursive: true });
});
afterEach(() => fs.rmSync(work, { recursive: true, force: true }));

describe('marking text in a document that changed on disk', () => {
  it('refuses the comment and says to reload', async () => {
    const service = new ReviewService({ userDataDir: path.join(work, 'user'), host: 'browser' });
    const { set, texts } = await service.openSet({ path: setDir });
    const de = set.documents.findIndex((d) => d.id === 'field-guide.de.md');
    const text = texts[de]!;
    const start = text.indexOf('Saatgut');
    const draft = { start, end: start + 7, category: 'terminology', severity: 'minor' as const, comment: 'Check the term.', suggestion: '', links: [], quote: 'Saatgut' };
    // Someone inserts a line at the top of the German file in another editor.
    fs.writeFileSync(path.join(setDir, 'field-guide.de.md'), `Entwurf 2\n\n${text}`);
    await expect(service.addAnnotation({ root: set.root, documentId: 'field-guide.de.md', draft })).rejects.toThrow(/field-guide\.de\.md changed on disk since the set was opened: the text you marked \("Saatgut"\) is no longer at that place\. Click Reload/);
    // With the text as it is now, the same comment is accepted.
    const now = fs.readFileSync(path.join(setDir, 'field-guide.de.md'), 'utf8');
    const moved = now.indexOf('Saatgut');
    const saved = await service.addAnnotation({ root: set.root, documentId: 'field-guide.de.md', draft: { ...draft, start: moved, end: moved + 7 } });
    expect(saved.annotation.target.selector[0].exact).toBe('Saatgut');
  });
});

describe('the same document with other line endings', () => {
  it('is not "changed since review", so its sidecar is not rewritten back and forth', async () => {
    const service = new ReviewService({ userDataDir: path.join(work, 'user'), host: 'browser' });
    const file = path.join(setDir, 'field-guide.de.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/\n/g, '\r\n'));
    const sidecarBefore = fs.readFileSync(`${file}.review.json`, 'utf8');
    const { set } = await service.openSet({ path: setDir });
    const review = await service.loadReview({ root: set.root, documentId: 'field-guide.de.md' });
    expect(review.changedSinceReview).toBe(false);
    expect(review.annotations.every((a) => a.anchor !== null)).toBe(true);
    const text = fs.readFileSync(file, 'utf8');
    for (const { annotation, anchor } of review.annotations) expect(text.slice(anchor!.start, anchor!.end)).toBe(annotation.target.selector[0].exact);
    expect(fs.readFileSync(`${file}.review.json`, 'utf8')).toBe(sidecarBefore);
  });
});
