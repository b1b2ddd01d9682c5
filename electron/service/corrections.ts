// The reviewer's alignment corrections, kept in verso.review.json under `alignment.corrections`
// (one list for both levels; each correction names its level). The file is read, changed and
// written whole, so keys other parts of Verso keep there (qa, scoring, sourceDocument…) survive;
// a file that does not parse is never overwritten.
import { randomUUID } from 'node:crypto';
import {
  alignmentCorrectionSchema,
  applyCorrections,
  type AlignmentCorrection,
  type CorrectionDraft,
  type CorrectionSummary,
} from '../../shared/corrections/index.js';
import type { AlignLevel, Alignment } from '../../shared/model.js';
import type { SetReview } from '../../shared/model.js';
import { ReviewError } from './errors.js';
import { readSetReview, SET_REVIEW_FILE_NAME, setReviewPath, updateSetReview } from './set-review-file.js';

export type CorrectedAlignment = Alignment & { corrections: CorrectionSummary };

/** The engine's alignment of a set and the texts it was made from (alignment document order). */
export interface EngineAlignment {
  root: string;
  level: AlignLevel;
  alignment: Alignment;
  texts: readonly string[];
}

interface StoredCorrections {
  /** Every entry of `alignment.corrections`, also those this version cannot read (kept on write). */
  raw: unknown[];
  corrections: AlignmentCorrection[];
  problem: string | null;
}

export class AlignmentCorrections {
  private readonly engines = new Map<string, { key: string; alignment: Alignment }>();

  constructor(private readonly now: () => Date) {}

  /**
   * The engine's alignment for `key` (the set, level, source and text hashes), run again only when
   * the key changes: a correction re-applies every stored one to it, which must stay quick.
   */
  async engine(slot: string, key: string, run: () => Promise<Alignment>): Promise<Alignment> {
    const cached = this.engines.get(slot);
    if (cached && cached.key === key) return cached.alignment;
    const alignment = await run();
    this.engines.set(slot, { key, alignment });
    return alignment;
  }

  /** The engine's rows with the stored corrections of this level applied. */
  async corrected(engine: EngineAlignment): Promise<CorrectedAlignment> {
    const stored = await readCorrections(engine.root);
    return correct(engine, stored);
  }

  add(engine: EngineAlignment, draft: CorrectionDraft): Promise<CorrectedAlignment> {
    return updateSetReview(engine.root, 'save the alignment correction', (review) => {
      const stored = writable(correctionsIn(review, engine.root), 'save the alignment correction');
      const correction = { ...draft, id: randomUUID(), level: engine.level, created: this.now().toISOString() } as AlignmentCorrection;
      const result = correct(engine, { ...stored, corrections: [...stored.corrections, correction] });
      const refused = result.corrections.unresolved.find((u) => u.correction.id === correction.id);
      if (refused) throw new ReviewError(refused.reason, 'correction-refused');
      return { review: withCorrections(review, [...stored.raw, correction]), result };
    });
  }

  remove(engine: EngineAlignment, id: string): Promise<CorrectedAlignment> {
    return updateSetReview(engine.root, 'remove the alignment correction', (review) => {
      const stored = writable(correctionsIn(review, engine.root), 'remove the alignment correction');
      if (!stored.corrections.some((c) => c.id === id)) {
        throw new ReviewError(`There is no alignment correction with id ${id} in ${setReviewPath(engine.root)}: it may have been removed already. Reload the set.`, 'no-such-correction');
      }
      const raw = stored.raw.filter((entry) => !(isObject(entry) && entry.id === id));
      const result = correct(engine, { ...stored, raw, corrections: stored.corrections.filter((c) => c.id !== id) });
      return { review: withCorrections(review, raw), result };
    });
  }
}

function correct(engine: EngineAlignment, stored: StoredCorrections): CorrectedAlignment {
  const items = stored.corrections.filter((c) => c.level === engine.level);
  const result = applyCorrections(engine.alignment, engine.texts, items);
  return { ...result.alignment, corrections: { applied: result.applied, unresolved: result.unresolved, items, problem: stored.problem } };
}

async function readCorrections(root: string): Promise<StoredCorrections> {
  const { review, problem } = await readSetReview(root);
  if (problem) return { raw: [], corrections: [], problem: `The alignment corrections cannot be read: ${problem}` };
  return correctionsIn(review, root);
}

function correctionsIn(review: SetReview, root: string): StoredCorrections {
  const section = review.alignment;
  const list = isObject(section) ? section.corrections : undefined;
  if (section !== undefined && (!isObject(section) || (list !== undefined && !Array.isArray(list)))) {
    return { raw: [], corrections: [], problem: `${SET_REVIEW_FILE_NAME}: "alignment.corrections" must be a list (${setReviewPath(root)}). Fix or remove it; Verso will not overwrite it.` };
  }
  const raw = Array.isArray(list) ? (list as unknown[]) : [];
  const corrections: AlignmentCorrection[] = [];
  const unreadable: number[] = [];
  raw.forEach((entry, i) => {
    const parsed = alignmentCorrectionSchema.safeParse(entry);
    if (parsed.success) corrections.push(parsed.data);
    else unreadable.push(i);
  });
  const problemText = unreadable.length
    ? `${SET_REVIEW_FILE_NAME}: alignment.corrections entr${unreadable.length === 1 ? 'y' : 'ies'} ${unreadable.join(', ')} (counting from 0) cannot be read and are left as they are (${setReviewPath(root)}).`
    : null;
  return { raw, corrections, problem: problemText };
}

function writable(stored: StoredCorrections, what: string): StoredCorrections {
  if (stored.problem && stored.raw.length === 0 && stored.corrections.length === 0) throw new ReviewError(`Cannot ${what}: ${stored.problem}`, 'read-only');
  return stored;
}

function withCorrections(review: SetReview, corrections: unknown[]): SetReview {
  const section = isObject(review.alignment) ? review.alignment : {};
  return { ...review, alignment: { ...section, corrections } };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
