// Three-way merge of two versions of a sidecar against their common ancestor, by annotation id and
// reply id, so two reviewers who commented the same document on different branches lose nothing
// (docs/sidecar-format.md, "Merging"). Pure: the git merge driver and tests call it.
import type { Annotation, Reply, Sidecar } from '../model.js';
import { stableJson } from './json-text.js';

export interface MergeConflict {
  /** The annotation (or, for a reply, the annotation holding it) both sides touched. */
  annotationId: string;
  replyId?: string;
  kind: 'both-changed' | 'changed-and-deleted' | 'both-added';
  /** The id under which the other side's version was kept; absent when only one version exists. */
  keptAs?: string;
  description: string;
}

export interface SidecarMerge {
  sidecar: Sidecar;
  conflicts: MergeConflict[];
}

/** Marks the comment of the second version kept for a conflict, so the reviewer sees both and picks. */
export function conflictMarker(id: string): string {
  return `[Merge conflict: another version of comment ${id}; keep one and delete the other] `;
}

/**
 * Merges `ours` and `theirs`, both derived from `base` (null when the file is new on both sides).
 * The result holds ours' annotations in ours' order, then those only theirs added.
 */
export function mergeSidecars(base: Sidecar | null, ours: Sidecar, theirs: Sidecar): SidecarMerge {
  const conflicts: MergeConflict[] = [];
  const annotations = mergeById<Annotation>(base?.annotations ?? [], ours.annotations, theirs.annotations, {
    merge: (b, o, t) => mergeAnnotation(b, o, t, conflicts),
    conflictCopy: (t) => ({ ...t, id: conflictId(t.id, t), comment: conflictMarker(t.id) + t.comment }),
    report: ({ id, ...rest }) => conflicts.push({ ...rest, annotationId: id }),
  });
  return {
    // Top-level keys this version does not know: theirs, then ours on top (ours wins a clash).
    sidecar: {
      ...theirs,
      ...ours,
      schema: Math.max(ours.schema, theirs.schema),
      document: pickDocument(base, ours, theirs),
      annotations,
    },
    conflicts,
  };
}

// The header names the text the comments were anchored to. When only one side re-anchored to a
// new text, that side's header is the newer one; when both did, ours is kept and the app re-anchors
// on the next open if the merged document text differs from both.
function pickDocument(base: Sidecar | null, ours: Sidecar, theirs: Sidecar): Sidecar['document'] {
  if (base && same(base.document, ours.document)) return theirs.document;
  return ours.document;
}

interface ByIdRules<T extends { id: string }> {
  /** Both sides changed the item differently: a merged item, or null to keep both versions. */
  merge(base: T, ours: T, theirs: T): T | null;
  conflictCopy(theirs: T): T;
  report(conflict: { id: string; kind: MergeConflict['kind']; keptAs?: string; description: string }): void;
}

function mergeById<T extends { id: string }>(base: T[], ours: T[], theirs: T[], rules: ByIdRules<T>): T[] {
  const baseById = new Map(base.map((item) => [item.id, item]));
  const theirsById = new Map(theirs.map((item) => [item.id, item]));
  const oursIds = new Set(ours.map((item) => item.id));
  const result: T[] = [];
  for (const o of ours) {
    const b = baseById.get(o.id);
    const t = theirsById.get(o.id);
    if (t === undefined) {
      // Absent from theirs: new in ours, or deleted by theirs. A deletion wins over an unchanged item.
      if (b === undefined) result.push(o);
      else if (!same(b, o)) {
        result.push(o);
        rules.report({ id: o.id, kind: 'changed-and-deleted', description: 'edited on our side and deleted on theirs: the edited version is kept' });
      }
      continue;
    }
    if (same(o, t)) result.push(o);
    else if (b !== undefined && same(b, t)) result.push(o);
    else if (b !== undefined && same(b, o)) result.push(t);
    else {
      const merged = b === undefined ? null : rules.merge(b, o, t);
      if (merged) result.push(merged);
      else {
        const copy = rules.conflictCopy(t);
        result.push(o, copy);
        rules.report({
          id: o.id,
          kind: b === undefined ? 'both-added' : 'both-changed',
          keptAs: copy.id,
          description: `${b === undefined ? 'added' : 'changed'} differently on both sides: both versions are kept (theirs as ${copy.id})`,
        });
      }
    }
  }
  for (const t of theirs) {
    if (oursIds.has(t.id)) continue;
    const b = baseById.get(t.id);
    if (b === undefined) result.push(t);
    else if (!same(b, t)) {
      result.push(t);
      rules.report({ id: t.id, kind: 'changed-and-deleted', description: 'deleted on our side and edited on theirs: the edited version is kept' });
    }
  }
  return result;
}

// Both sides changed one annotation. Replies merge by id; the other fields merge when at most one
// side changed them. `modified` always differs after an edit, so it is compared separately.
function mergeAnnotation(base: Annotation, ours: Annotation, theirs: Annotation, conflicts: MergeConflict[]): Annotation | null {
  const fields = (a: Annotation) => ({ ...a, replies: [], modified: '' });
  const [b, o, t] = [fields(base), fields(ours), fields(theirs)];
  let core: Annotation;
  if (same(o, t) || same(b, t)) core = ours;
  else if (same(b, o)) core = theirs;
  else return null;
  const replyConflicts: MergeConflict[] = [];
  const replies = mergeById<Reply>(base.replies, ours.replies, theirs.replies, {
    merge: () => null,
    conflictCopy: (r) => ({ ...r, id: conflictId(r.id, r) }),
    report: ({ id, ...rest }) => replyConflicts.push({ ...rest, annotationId: ours.id, replyId: id }),
  });
  conflicts.push(...replyConflicts);
  const modified = ours.modified > theirs.modified ? ours.modified : theirs.modified;
  return { ...core, modified, replies };
}

function conflictId(id: string, version: unknown): string {
  return `${id}-conflict-${shortHash(stableJson(version))}`;
}

/** FNV-1a, 32 bits, as 8 hex digits: a stable id suffix, not a security measure. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

function same(a: unknown, b: unknown): boolean {
  return stableJson(a) === stableJson(b);
}
