// verso.review.json at the set's root: set-level review data (DESIGN.md §5): the source the
// reviewer picked, muted QA findings, scoring, alignment corrections. Keys this version does not
// know are kept when writing.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SetReview } from '../../shared/model.js';
import { parseJsonText, stableJson } from '../../shared/review/index.js';
import { writeFileAtomic } from './atomic-file.js';
import { errnoCode, ReviewError } from './errors.js';
import { withFileLock } from './sidecar-lock.js';

export const SET_REVIEW_FILE_NAME = 'verso.review.json';

export interface SetReviewReading {
  review: SetReview;
  /** Why the file could not be used; it is then left untouched. */
  problem: string | null;
}

export function setReviewPath(root: string): string {
  return join(root, SET_REVIEW_FILE_NAME);
}

export async function readSetReview(root: string): Promise<SetReviewReading> {
  const file = setReviewPath(root);
  let text: string;
  try {
    text = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return { review: { schema: 1 }, problem: null };
    return { review: { schema: 1 }, problem: `${file} cannot be read (${errnoCode(error) ?? String(error)}). Check its permissions.` };
  }
  const parsed = parseJsonText(text);
  if (!parsed.ok) {
    return {
      review: { schema: 1 },
      problem: `${SET_REVIEW_FILE_NAME} does not parse: ${parsed.reason} at line ${parsed.line}, column ${parsed.column} (${file}). Fix it in a text editor; Verso will not overwrite it.`,
    };
  }
  const value = parsed.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value) || typeof (value as { schema?: unknown }).schema !== 'number') {
    return { review: { schema: 1 }, problem: `${SET_REVIEW_FILE_NAME} is not a Verso set review file: it needs a "schema" number (${file}). Fix or remove it.` };
  }
  const review = value as SetReview;
  if (review.schema > 1) {
    return { review, problem: `${SET_REVIEW_FILE_NAME} was written by a newer version of Verso (format ${review.schema}) (${file}). Update Verso to change the set's settings.` };
  }
  return { review, problem: null };
}

const queues = new Map<string, Promise<unknown>>();

/**
 * The one way verso.review.json is changed (source pick, muted findings, scoring, alignment
 * corrections): in order within this process, under the file lock across processes, each change
 * applied to the file as it is on disk at that moment, so no change undoes another. A file that
 * cannot be read safely is never written. `what` completes "Cannot …" in the reviewer's message.
 */
export function updateSetReview<T>(root: string, what: string, change: (review: SetReview) => { review: SetReview; result: T }): Promise<T> {
  const file = setReviewPath(root);
  const run = (queues.get(file) ?? Promise.resolve())
    .catch(() => undefined)
    .then(() =>
      withFileLock(file, async () => {
        const { review, problem } = await readSetReview(root);
        if (problem) throw new ReviewError(`Cannot ${what}: ${problem}`, 'read-only');
        const { review: next, result } = change(review);
        try {
          await writeFileAtomic(file, stableJson(next), { backup: true });
        } catch (error) {
          throw new ReviewError(`Cannot ${what}: ${error instanceof Error ? error.message : String(error)}`, 'read-only');
        }
        return result;
      }),
    );
  queues.set(file, run);
  const forget = () => {
    if (queues.get(file) === run) queues.delete(file);
  };
  run.then(forget, forget);
  return run;
}

/** Resolves when every change to a verso.review.json queued so far is on disk. */
export async function settleSetReviewWrites(): Promise<void> {
  while (queues.size) await Promise.allSettled([...queues.values()]);
}

/** Records the reviewer's source pick, keeping whatever else the file holds. */
export function writeSourcePick(root: string, documentId: string | null): Promise<void> {
  return updateSetReview(root, 'record the source', (review) => ({ review: { ...review, sourceDocument: documentId }, result: undefined }));
}
