// The set's MQM scoring settings (severity weights, pass threshold), kept under `scoring` in
// verso.review.json next to whatever else that file holds, and the scorecard built from them.
import type { SetScorecard } from '../../shared/api.js';
import type { Annotation, DocumentInfo } from '../../shared/model.js';
import { defaultScoring, scorecard, scoreSeverities, wordCount, type Scoring, type SeverityWeights } from '../../shared/review/scorecard.js';
import { readSetReview, setReviewPath, SET_REVIEW_FILE_NAME, updateSetReview } from './set-review-file.js';

export interface ScoringReading {
  scoring: Scoring;
  /** Why the saved settings could not be used (defaults are used instead), if so. */
  problem: string | null;
}

export async function readScoring(root: string): Promise<ScoringReading> {
  const { review, problem } = await readSetReview(root);
  if (problem) return { scoring: defaultScoring, problem: `${problem} The scorecard uses the default weights and threshold.` };
  return scoringFrom(review.scoring, setReviewPath(root));
}

/** Reads `scoring` leniently: each valid value is kept, each bad one is named and replaced by its default. */
export function scoringFrom(value: unknown, file: string): ScoringReading {
  if (value === undefined) return { scoring: defaultScoring, problem: null };
  const bad: string[] = [];
  const saved = isObject(value) ? value : (bad.push('scoring is not an object'), {});
  const savedWeights = isObject(saved.weights) ? saved.weights : (saved.weights !== undefined && bad.push('scoring.weights is not an object'), {});
  const weights = { ...defaultScoring.weights };
  for (const severity of scoreSeverities) {
    const w = savedWeights[severity];
    if (w === undefined) continue;
    if (isWeight(w)) weights[severity] = w;
    else bad.push(`scoring.weights.${severity} is ${JSON.stringify(w)}, not a number from 0 to 1000`);
  }
  let threshold = defaultScoring.threshold;
  if (saved.threshold !== undefined) {
    if (isThreshold(saved.threshold)) threshold = saved.threshold;
    else bad.push(`scoring.threshold is ${JSON.stringify(saved.threshold)}, not a number from 0 to 100`);
  }
  const problem = bad.length ? `${SET_REVIEW_FILE_NAME}: ${bad.join('; ')} (${file}). Defaults are used for those; fix them in the scorecard or a text editor.` : null;
  return { scoring: { weights, threshold }, problem };
}

/** Saves new weights and/or threshold for the set, keeping the rest of verso.review.json. */
export function writeScoring(root: string, changes: { weights?: Partial<SeverityWeights> | undefined; threshold?: number | undefined }): Promise<Scoring> {
  return updateSetReview(root, 'save the scoring settings', (review) => {
    const current = scoringFrom(review.scoring, setReviewPath(root)).scoring;
    const weights = { ...current.weights };
    for (const severity of scoreSeverities) {
      const w = changes.weights?.[severity];
      if (w !== undefined) weights[severity] = w;
    }
    const next: Scoring = { weights, threshold: changes.threshold ?? current.threshold };
    // Keys of `scoring` this version does not know stay as they are.
    const saved = isPlainObject(review.scoring) ? review.scoring : {};
    const savedWeights = isPlainObject(saved.weights) ? saved.weights : {};
    return { review: { ...review, scoring: { ...saved, weights: { ...savedWeights, ...next.weights }, threshold: next.threshold } }, result: next };
  });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export interface ScoredSetDocument {
  info: DocumentInfo;
  text: string;
  annotations: readonly Annotation[];
}

export async function setScorecard(root: string, documents: readonly ScoredSetDocument[]): Promise<SetScorecard> {
  const { scoring, problem } = await readScoring(root);
  const card = scorecard({
    documents: documents.map(({ info, text }) => ({
      id: info.id,
      fileName: info.fileName,
      language: info.language,
      role: info.role,
      wordCount: info.role === 'source' ? 0 : wordCount(text, info.language),
    })),
    annotations: documents.map((d) => d.annotations),
    scoring,
  });
  return { scorecard: card, problem };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isWeight(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1000;
}

function isThreshold(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 100;
}
