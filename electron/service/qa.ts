// QA for the app: the checks of shared/qa over a set aligned sentence by sentence, each finding
// given an id that survives re-runs, and the findings a reviewer muted as false positives kept in
// verso.review.json under `qa.muted` (with the check, document and flagged text, for people reading it).
import { createHash } from 'node:crypto';
import type { QaFinding } from '../../shared/api.js';
import type { Alignment, DocumentInfo } from '../../shared/model.js';
import { qaInputFromAlignment } from '../../shared/qa/from-alignment.js';
import { describeCheck, runQa, type CustomCheck, type Finding, type Glossary } from '../../shared/qa/index.js';
import { ReviewError } from './errors.js';
import { readSetReview, setReviewPath, updateSetReview } from './set-review-file.js';

export interface QaSetInput {
  root: string;
  documents: readonly DocumentInfo[];
  /** Decoded texts, in set order. */
  texts: readonly string[];
  sourceIndex: number | null;
  /** Sentence-level alignment of the set, documents in set order. */
  alignment: Alignment;
  /** The set's glossary and reviewer-defined checks (verso.review.json `qa`), if any. */
  glossary?: Glossary;
  customChecks?: CustomCheck[];
}

/** How a muted finding is written in verso.review.json. */
export interface MutedFinding {
  id: string;
  check: string;
  document: string;
  text: string;
}

/** Characters on each side of a flagged span that take part in its id. */
const contextChars = 24;

/** The findings of a set, in reading order, none muted yet. */
export function findingsOfSet(input: QaSetInput): QaFinding[] {
  const { documents, texts, sourceIndex, alignment } = input;
  const ids = documents.map((d) => d.id);
  const found = runQa({ ...qaInputFromAlignment(alignment, [...texts], { sourceIndex, ids }), glossary: input.glossary, customChecks: input.customChecks });
  const seen = new Map<string, number>();
  return found.map((f) => {
    const base = findingId(f, ids, texts);
    // Two findings with the same text, context and check (a repeated sentence) still need two ids.
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    const documentId = ids[f.documentIndex] ?? String(f.documentIndex);
    return {
      id: count === 1 ? base : `${base}-${count}`,
      check: f.check,
      title: describeCheck(f.check)?.title ?? f.check,
      severity: f.severity,
      category: f.category,
      documentId,
      start: f.start,
      end: f.end,
      message: f.message,
      related: f.related.map((r) => ({ documentId: ids[r.documentIndex] ?? String(r.documentIndex), start: r.start, end: r.end })),
      muted: false,
    };
  });
}

function findingId(f: Finding, ids: readonly string[], texts: readonly string[]): string {
  const text = texts[f.documentIndex] ?? '';
  const before = text.slice(Math.max(0, f.start - contextChars), f.start);
  const after = text.slice(f.end, f.end + contextChars);
  const flagged = text.slice(f.start, f.end);
  const key = [f.check, ids[f.documentIndex] ?? '', before, flagged, after, f.message].join('\u0000');
  return `qa-${createHash('sha256').update(key).digest('hex').slice(0, 16)}`;
}

/** The muted findings recorded for a set, and why the file could not be read (then none). */
export async function readMutedFindings(root: string): Promise<{ muted: MutedFinding[]; problem: string | null }> {
  const { review, problem } = await readSetReview(root);
  if (problem) return { muted: [], problem };
  return { muted: mutedIn(review.qa), problem: null };
}

function mutedIn(qa: unknown): MutedFinding[] {
  if (qa === null || typeof qa !== 'object' || Array.isArray(qa)) return [];
  const list = (qa as { muted?: unknown }).muted;
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry): MutedFinding[] => {
    if (typeof entry === 'string') return [{ id: entry, check: '', document: '', text: '' }];
    if (entry === null || typeof entry !== 'object') return [];
    const { id, check, document, text } = entry as Record<string, unknown>;
    if (typeof id !== 'string' || !id) return [];
    return [{ id, check: typeof check === 'string' ? check : '', document: typeof document === 'string' ? document : '', text: typeof text === 'string' ? text : '' }];
  });
}

/** Marks the findings whose ids were muted. */
export function withMuted(findings: readonly QaFinding[], muted: readonly MutedFinding[]): QaFinding[] {
  const ids = new Set(muted.map((m) => m.id));
  return findings.map((f) => ({ ...f, muted: ids.has(f.id) }));
}

/**
 * Mutes or unmutes one finding in verso.review.json, keeping every other key. A file that cannot be
 * read safely (does not parse, newer format) is left untouched and the reviewer is told why.
 */
export async function setFindingMuted(root: string, finding: QaFinding, texts: ReadonlyMap<string, string>, muted: boolean): Promise<void> {
  const text = (texts.get(finding.documentId) ?? '').slice(finding.start, finding.end);
  await updateSetReview(root, 'remember the muted finding', (review) => {
    const qa = review.qa !== null && typeof review.qa === 'object' && !Array.isArray(review.qa) ? (review.qa as Record<string, unknown>) : {};
    if (qa.muted !== undefined && !Array.isArray(qa.muted)) {
      throw new ReviewError(`Cannot remember the muted finding: "qa.muted" in ${setReviewPath(root)} is not a list. Fix or remove it; Verso will not overwrite it.`, 'read-only');
    }
    // Entries are kept exactly as they are (a hand-added reason, an entry this version cannot read).
    // A bare id string mutes too (readMutedFindings honours it), so unmuting removes that form as well.
    const mutesThis = (entry: unknown): boolean => entry === finding.id || (entry !== null && typeof entry === 'object' && (entry as { id?: unknown }).id === finding.id);
    const kept = ((qa.muted as unknown[] | undefined) ?? []).filter((entry) => !mutesThis(entry));
    const next = muted ? [...kept, { id: finding.id, check: finding.check, document: finding.documentId, text }] : kept;
    return { review: { ...review, qa: { ...qa, muted: next } }, result: undefined };
  });
}

/** The error for a finding id that no finding of the set has now. */
export function unknownFinding(findingId: string, root: string): ReviewError {
  return new ReviewError(`There is no QA finding ${findingId} in ${root} any more: the documents may have changed. Run QA again.`, 'no-such-annotation');
}
