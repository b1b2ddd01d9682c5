// Before merging whole annotations by id, one annotation changed on both sides is merged field by
// field: when the two sides changed different fields (we set the severity, they rewrote the
// comment) both changes are kept in one annotation, and only a field changed differently on both
// sides leaves the annotation to be kept in two versions.
import type { Annotation } from '../../shared/model.js';
import { stableJson } from '../../shared/review/index.js';

const same = (a: unknown, b: unknown) => stableJson(a) === stableJson(b);

/** `ours` and `theirs` with every annotation both changed compatibly replaced by the field merge. */
export function mergeFieldsOfBothChanged(
  base: readonly Annotation[],
  ours: readonly Annotation[],
  theirs: readonly Annotation[],
): { ours: Annotation[]; theirs: Annotation[] } {
  const baseById = new Map(base.map((a) => [a.id, a]));
  const theirsById = new Map(theirs.map((a) => [a.id, a]));
  const merged = new Map<string, Annotation>();
  for (const o of ours) {
    const b = baseById.get(o.id);
    const t = theirsById.get(o.id);
    if (!b || !t || same(o, t) || same(b, o) || same(b, t)) continue;
    const fields = mergeFields(b, o, t);
    if (fields) merged.set(o.id, fields);
  }
  const pick = (a: Annotation) => merged.get(a.id) ?? a;
  return { ours: ours.map(pick), theirs: theirs.map(pick) };
}

function mergeFields(base: Annotation, ours: Annotation, theirs: Annotation): Annotation | null {
  if (!same(base.replies, ours.replies) && !same(base.replies, theirs.replies) && !same(ours.replies, theirs.replies)) return null;
  const result: Record<string, unknown> = {};
  const keys = new Set([...Object.keys(base), ...Object.keys(ours), ...Object.keys(theirs)]);
  for (const key of keys) {
    if (key === 'modified') continue;
    const [b, o, t] = [base, ours, theirs].map((a) => (a as unknown as Record<string, unknown>)[key]);
    if (same(o, t) || same(b, t)) result[key] = o;
    else if (same(b, o)) result[key] = t;
    else return null;
  }
  result.modified = ours.modified > theirs.modified ? ours.modified : theirs.modified;
  return result as unknown as Annotation;
}
