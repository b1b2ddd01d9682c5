import { describe, expect, it } from 'vitest';
import { applyEdit, retargetAnnotations, UnknownAnnotationError } from '../../../../shared/review/index.js';
import { annotationOn } from './fixtures.js';

const text = 'One two three. Four five six.';

describe('applyEdit', () => {
  const mine = annotationOn(text, 'two', { id: 'mine' });
  const theirs = annotationOn(text, 'five', { id: 'theirs' });

  it('adds to what is on disk, keeping the others', () => {
    const { annotations, changed } = applyEdit([theirs], { kind: 'add', annotation: mine });
    expect(annotations.map((a) => a.id)).toEqual(['theirs', 'mine']);
    expect(changed).toBe(mine);
  });

  it('updates only the given fields and bumps modified', () => {
    const { annotations, changed } = applyEdit([mine, theirs], {
      kind: 'update', id: 'mine', changes: { status: 'resolved', comment: undefined }, modified: '2030-01-01T00:00:00.000Z', ours: null,
    });
    expect(changed).toMatchObject({ status: 'resolved', comment: mine.comment, modified: '2030-01-01T00:00:00.000Z', created: mine.created });
    expect(annotations[1]).toBe(theirs);
  });

  it('re-adds our copy when someone else deleted the annotation we change', () => {
    const { annotations } = applyEdit([theirs], { kind: 'update', id: 'mine', changes: { severity: 'minor' }, modified: 'm', ours: mine });
    expect(annotations.map((a) => [a.id, a.severity])).toEqual([['theirs', 'major'], ['mine', 'minor']]);
  });

  it('refuses to update an annotation nobody has', () => {
    expect(() => applyEdit([theirs], { kind: 'update', id: 'ghost', changes: {}, modified: 'm', ours: null })).toThrow(UnknownAnnotationError);
  });

  it('deletes by id', () => {
    expect(applyEdit([mine, theirs], { kind: 'delete', id: 'mine' }).annotations).toEqual([theirs]);
  });
});

describe('retargetAnnotations', () => {
  it('re-records selectors against the new text and keeps orphans unchanged', () => {
    const moved = annotationOn(text, 'three', { id: 'moved' });
    const orphan = annotationOn(text, 'six', { id: 'orphan' });
    const edited = 'Zero. One two three. Four five.';
    const [a, b] = retargetAnnotations(edited, [moved, orphan]);
    expect(a?.target.selector[1]).toEqual({ type: 'TextPositionSelector', start: 14, end: 19 });
    expect(a?.target.selector[0].prefix).toBe('Zero. One two ');
    expect(b).toBe(orphan);
  });
});
