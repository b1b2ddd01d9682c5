import { describe, expect, it } from 'vitest';
import type { ReviewChange } from '../../../../shared/api.js';
import { changeNotice } from '../../../../renderer/review/ReviewChanges.js';

function change(byOthers: boolean, conflicts: string[]): ReviewChange {
  return {
    documentId: 'guide.de.md',
    state: { documentId: 'guide.de.md', sidecarFile: '/set/guide.de.md.review.json', annotations: [], readOnly: false, problem: null, changedSinceReview: false, revision: 'abc' },
    conflicts,
    byOthers,
  };
}

describe('changeNotice', () => {
  it('tells the reviewer that someone else changed the sidecar and the comments were merged', () => {
    expect(changeNotice(change(true, []), 'guide.de.md.review.json')).toBe('guide.de.md.review.json was changed by someone else; their comments were merged.');
  });

  it('counts the comments kept in two versions', () => {
    expect(changeNotice(change(true, ['a', 'b']), 'guide.de.md.review.json')).toMatch(/merged\. Both versions were kept for 2 comments changed on both sides .*keep one and delete the other/);
    expect(changeNotice(change(false, ['a']), 'guide.de.md.review.json')).toMatch(/^guide\.de\.md\.review\.json: Both versions were kept for 1 comment changed/);
  });

  it('says nothing about the app’s own saves', () => {
    expect(changeNotice(change(false, []), 'guide.de.md.review.json')).toBeNull();
  });
});
