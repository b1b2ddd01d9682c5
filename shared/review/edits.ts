// Changes to a sidecar's annotations, applied to the annotations currently on disk so that a
// change someone else saved meanwhile is kept: ours wins for the ids we change, theirs for the rest.
import type { AnnotationChanges } from '../api.js';
import type { Annotation, Reply } from '../model.js';
import { anchorTarget } from './anchoring.js';
import { CodePointIndex } from './code-points.js';
import { selectorsForSpan } from './selectors.js';

export type AnnotationEdit =
  | { kind: 'add'; annotation: Annotation }
  /** `ours` is our last known copy, re-added if someone else deleted the annotation meanwhile. */
  | { kind: 'update'; id: string; changes: AnnotationChanges; modified: string; ours: Annotation | null }
  | { kind: 'delete'; id: string }
  /** A reply joins the thread as it is on disk, so replies others saved meanwhile are kept. */
  | { kind: 'reply'; id: string; reply: Reply; modified: string };

export class UnknownAnnotationError extends Error {
  readonly code = 'no-such-annotation';
}

/** The annotations after the edit, and the annotation it produced (null for a delete). */
export function applyEdit(current: readonly Annotation[], edit: AnnotationEdit): { annotations: Annotation[]; changed: Annotation | null } {
  switch (edit.kind) {
    case 'add':
      return { annotations: [...current.filter((a) => a.id !== edit.annotation.id), edit.annotation], changed: edit.annotation };
    case 'delete':
      return { annotations: current.filter((a) => a.id !== edit.id), changed: null };
    case 'reply': {
      const theirs = current.find((a) => a.id === edit.id);
      if (!theirs) throw new UnknownAnnotationError(`There is no comment with id ${edit.id} to reply to: it may have been deleted. Reload the review.`);
      const updated: Annotation = { ...theirs, replies: [...theirs.replies.filter((r) => r.id !== edit.reply.id), edit.reply], modified: edit.modified };
      return { annotations: current.map((a) => (a.id === edit.id ? updated : a)), changed: updated };
    }
    case 'update': {
      const theirs = current.find((a) => a.id === edit.id);
      const base = theirs ?? edit.ours;
      if (!base) throw new UnknownAnnotationError(`There is no comment with id ${edit.id}: it may have been deleted. Reload the review.`);
      const updated: Annotation = { ...base, ...definedChanges(edit.changes), modified: edit.modified };
      const annotations = theirs ? current.map((a) => (a.id === edit.id ? updated : a)) : [...current, updated];
      return { annotations, changed: updated };
    }
  }
}

function definedChanges(changes: AnnotationChanges): AnnotationChanges {
  return Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) as AnnotationChanges;
}

/**
 * Re-records the selectors of every annotation that still anchors in `text`, so the sidecar
 * describes the text it is saved against. Orphans keep their old selectors: they are the only
 * record of what was marked.
 */
export function retargetAnnotations(text: string, annotations: readonly Annotation[]): Annotation[] {
  const index = new CodePointIndex(text);
  return annotations.map((annotation) => {
    const anchor = anchorTarget(text, annotation.target, index);
    return anchor ? { ...annotation, target: selectorsForSpan(text, anchor, index) } : annotation;
  });
}
