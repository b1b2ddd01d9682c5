import { describe, expect, it } from 'vitest';
import type { Annotation, Sidecar } from '../../../../shared/model.js';
import { sidecarSchema } from '../../../../shared/review/index.js';
import { conflictMarker, mergeSidecars } from '../../../../shared/review/merge.js';
import { annotationOn } from './fixtures.js';

const text = 'The cat sat on the mat. It purred loudly at the dog.';
const header: Sidecar['document'] = { fileName: 'story.de.txt', hash: 'sha256:one', length: 52 };
const cat = annotationOn(text, 'cat', { id: 'a-cat' });
const mat = annotationOn(text, 'mat', { id: 'a-mat' });
const dog = annotationOn(text, 'dog', { id: 'a-dog' });

function sidecar(annotations: Annotation[], document = header): Sidecar {
  return { schema: 1, document, annotations };
}
const edited = (a: Annotation, fields: Partial<Annotation>, modified = '2025-02-01T00:00:00.000Z'): Annotation => ({ ...a, ...fields, modified });
const ids = (s: Sidecar) => s.annotations.map((a) => a.id);

describe('mergeSidecars', () => {
  it('keeps annotations added on either side', () => {
    const base = sidecar([cat]);
    const purred = annotationOn(text, 'purred', { id: 'a-purred' });
    const { sidecar: merged, conflicts } = mergeSidecars(base, sidecar([cat, mat]), sidecar([cat, dog, purred]));
    expect(ids(merged)).toEqual(['a-cat', 'a-mat', 'a-dog', 'a-purred']);
    expect(conflicts).toEqual([]);
  });

  it('deletes what one side deleted and the other left unchanged', () => {
    const { sidecar: merged, conflicts } = mergeSidecars(sidecar([cat, mat]), sidecar([mat]), sidecar([cat, mat]));
    expect(ids(merged)).toEqual(['a-mat']);
    expect(conflicts).toEqual([]);
  });

  it('takes the change of the side that changed an annotation', () => {
    const base = sidecar([cat, mat]);
    const catFixed = edited(cat, { status: 'resolved' });
    const matFixed = edited(mat, { comment: 'Wrong word' });
    const { sidecar: merged, conflicts } = mergeSidecars(base, sidecar([catFixed, mat]), sidecar([cat, matFixed]));
    expect(merged.annotations).toEqual([catFixed, matFixed]);
    expect(conflicts).toEqual([]);
  });

  it('merges edits of different fields plus replies on both sides into one annotation', () => {
    const base = sidecar([cat]);
    const ours = edited(cat, { replies: [{ id: 'r-ours', author: 'Ana', created: '2025-02-01T00:00:00.000Z', text: 'Why?' }] }, '2025-02-01T00:00:00.000Z');
    const theirs = edited(cat, { status: 'resolved', replies: [{ id: 'r-theirs', author: 'Bo', created: '2025-02-02T00:00:00.000Z', text: 'Fixed.' }] }, '2025-02-02T00:00:00.000Z');
    const { sidecar: merged, conflicts } = mergeSidecars(base, sidecar([ours]), sidecar([theirs]));
    expect(conflicts).toEqual([]);
    expect(merged.annotations).toHaveLength(1);
    expect(merged.annotations[0]?.status).toBe('resolved');
    expect(merged.annotations[0]?.modified).toBe('2025-02-02T00:00:00.000Z');
    expect(merged.annotations[0]?.replies.map((r) => r.id)).toEqual(['r-ours', 'r-theirs']);
  });

  it('keeps both versions of an annotation changed differently on both sides, and reports it', () => {
    const base = sidecar([cat, mat]);
    const ours = edited(cat, { comment: 'Use Katze' });
    const theirs = edited(cat, { comment: 'Use Kater' }, '2025-03-01T00:00:00.000Z');
    const result = mergeSidecars(base, sidecar([ours, mat]), sidecar([theirs, mat]));
    const [kept, copy, rest] = result.sidecar.annotations;
    expect(kept).toEqual(ours);
    expect(copy?.id).toMatch(/^a-cat-conflict-[0-9a-f]{8}$/);
    expect(copy?.comment).toBe(`${conflictMarker('a-cat')}Use Kater`);
    expect(copy?.target).toEqual(theirs.target);
    expect(rest).toEqual(mat);
    expect(result.conflicts).toEqual([expect.objectContaining({ annotationId: 'a-cat', kind: 'both-changed', keptAs: copy?.id })]);
    expect(sidecarSchema.safeParse(result.sidecar).success).toBe(true);
    // The same inputs give the same ids: merging again on another machine agrees.
    expect(mergeSidecars(base, sidecar([ours, mat]), sidecar([theirs, mat]))).toEqual(result);
  });

  it('keeps an annotation edited on one side and deleted on the other, and reports it', () => {
    const theirs = edited(mat, { severity: 'critical' });
    const result = mergeSidecars(sidecar([cat, mat]), sidecar([cat]), sidecar([cat, theirs]));
    expect(result.sidecar.annotations).toEqual([cat, theirs]);
    expect(result.conflicts).toEqual([expect.objectContaining({ annotationId: 'a-mat', kind: 'changed-and-deleted' })]);
  });

  it('keeps both versions of a reply both sides changed', () => {
    const reply = { id: 'r1', author: 'Bo', created: '2025-01-05T00:00:00.000Z', text: 'Hm.' };
    const base = sidecar([{ ...cat, replies: [reply] }]);
    const ours = sidecar([edited(cat, { replies: [{ ...reply, text: 'Yes.' }] })]);
    const theirs = sidecar([edited(cat, { replies: [{ ...reply, text: 'No.' }] })]);
    const result = mergeSidecars(base, ours, theirs);
    expect(result.sidecar.annotations).toHaveLength(1);
    expect(result.sidecar.annotations[0]?.replies.map((r) => r.text)).toEqual(['Yes.', 'No.']);
    expect(result.conflicts).toEqual([expect.objectContaining({ annotationId: 'a-cat', replyId: 'r1', kind: 'both-changed' })]);
  });

  it('without a common ancestor keeps both versions of an id added differently on both sides', () => {
    const result = mergeSidecars(null, sidecar([cat]), sidecar([edited(cat, { comment: 'other' }), dog]));
    expect(result.sidecar.annotations).toHaveLength(3);
    expect(result.conflicts).toEqual([expect.objectContaining({ annotationId: 'a-cat', kind: 'both-added' })]);
  });

  it('takes the document header from the side that re-anchored to a new text', () => {
    const newer = { ...header, hash: 'sha256:two', length: 60 };
    expect(mergeSidecars(sidecar([]), sidecar([]), sidecar([], newer)).sidecar.document).toEqual(newer);
    expect(mergeSidecars(sidecar([]), sidecar([], newer), sidecar([])).sidecar.document).toEqual(newer);
    const third = { ...header, hash: 'sha256:three' };
    expect(mergeSidecars(sidecar([]), sidecar([], newer), sidecar([], third)).sidecar.document).toEqual(newer);
  });
});
