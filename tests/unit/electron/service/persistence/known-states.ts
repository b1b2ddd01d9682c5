// The states a test writer saves: state k of the sidecar holds annotations 1…k, each built the same
// way every time, so a reader can tell a complete state from a torn or mixed one.
import type { Annotation } from '../../../../../shared/model.js';
import { selectorsForSpan } from '../../../../../shared/review/index.js';

export const documentText = 'Der Fluss entspringt in den nördlichen Hügeln. Sein Wasser ist das ganze Jahr kalt. 😀 Ende.\n';

export function knownAnnotation(k: number): Annotation {
  const start = (k * 7) % 40;
  return {
    id: `a-${k}`,
    target: selectorsForSpan(documentText, { start, end: start + 5 }),
    links: [],
    category: 'fluency/grammar',
    severity: 'minor',
    comment: `Comment number ${k}: ${'x'.repeat(k % 50)}`,
    suggestion: '',
    status: 'open',
    author: 'Writer',
    created: '2025-01-01T00:00:00.000Z',
    modified: '2025-01-01T00:00:00.000Z',
    replies: [],
  };
}

/** Which known state `annotations` is, or null when it is none of them. */
export function knownStateOf(annotations: readonly Annotation[]): number | null {
  for (let i = 0; i < annotations.length; i++) {
    if (JSON.stringify(annotations[i]) !== JSON.stringify(knownAnnotation(i + 1))) return null;
  }
  return annotations.length;
}
