// The MQM scorecard of a set: errors counted by dimension and severity, penalty points weighted by
// severity, and the quality score (1 − penalty ÷ evaluation word count) × 100 against a pass
// threshold, per evaluated document and for the set.
//
// Choices (also in docs): every target (and revision) is evaluated, the source is not. Comments
// marked "won't fix" are not errors and do not count. Resolved comments DO count: MQM scores the
// errors a review found in the text as delivered, and resolving a comment records that it was
// dealt with, not that the error was never there. Comments whose text could not be placed again
// still count for the same reason. Neutral comments are counted but weigh 0 by default.
import type { AnnotationStatus, DocumentRole, Severity } from '../model.js';
import { dimensionOf, mqmDimensions } from './mqm.js';

export const scoreSeverities: readonly Severity[] = ['neutral', 'minor', 'major', 'critical'];

export type SeverityWeights = Record<Severity, number>;

export interface Scoring {
  weights: SeverityWeights;
  /** Lowest quality score (0–100) that passes. */
  threshold: number;
}

/**
 * Defaults of the MQM Core scoring model: minor 1, major 5, critical 25 penalty points. The pass
 * threshold 95 is a common choice for professional translation (at most 5 weighted points per
 * 100 words); each set can set its own.
 */
export const defaultScoring: Scoring = { weights: { neutral: 0, minor: 1, major: 5, critical: 25 }, threshold: 95 };

export interface ScoredDocument {
  id: string;
  fileName: string;
  language: string;
  role: DocumentRole;
  /** Words of the document's text (Intl.Segmenter, word-like segments). */
  wordCount: number;
}

/** The little of an annotation that scoring reads. */
export interface ScoredAnnotation {
  category: string;
  severity: Severity;
  status: AnnotationStatus;
}

export interface ScorecardInput {
  documents: readonly ScoredDocument[];
  /** Annotations of each document, in the order of `documents`. */
  annotations: readonly (readonly ScoredAnnotation[])[];
  scoring: Scoring;
}

export type SeverityCounts = Record<Severity, number>;

export interface ScoreLine {
  /** Errors by dimension id, then severity; every dimension is present. */
  counts: Record<string, SeverityCounts>;
  bySeverity: SeverityCounts;
  errors: number;
  penalty: number;
  wordCount: number;
  /** null when there are no words to evaluate. */
  score: number | null;
  pass: boolean | null;
}

export interface Scorecard {
  scoring: Scoring;
  /** Dimension ids in typology order (the rows of `counts`). */
  dimensions: string[];
  /** Evaluated documents (targets and revisions), in set order. */
  documents: (ScoredDocument & ScoreLine)[];
  /** The evaluated documents together. */
  set: ScoreLine;
}

export function isEvaluated(role: DocumentRole): boolean {
  return role !== 'source';
}

export function countsErrors(status: AnnotationStatus): boolean {
  return status !== 'wontfix';
}

export function scorecard(input: ScorecardInput): Scorecard {
  const dimensions = mqmDimensions.map((d) => d.id);
  const documents: Scorecard['documents'] = [];
  const all: ScoredAnnotation[] = [];
  let words = 0;
  input.documents.forEach((document, i) => {
    if (!isEvaluated(document.role)) return;
    const annotations = (input.annotations[i] ?? []).filter((a) => countsErrors(a.status));
    all.push(...annotations);
    words += document.wordCount;
    documents.push({ ...document, ...scoreLine(annotations, document.wordCount, input.scoring, dimensions) });
  });
  return { scoring: input.scoring, dimensions, documents, set: scoreLine(all, words, input.scoring, dimensions) };
}

function scoreLine(annotations: readonly ScoredAnnotation[], wordCount: number, scoring: Scoring, dimensions: readonly string[]): ScoreLine {
  const counts: Record<string, SeverityCounts> = Object.fromEntries(dimensions.map((d) => [d, zeroCounts()]));
  const bySeverity = zeroCounts();
  let penalty = 0;
  for (const a of annotations) {
    const row = (counts[dimensionOf(a.category)] ??= zeroCounts());
    row[a.severity] += 1;
    bySeverity[a.severity] += 1;
    penalty += scoring.weights[a.severity];
  }
  const score = wordCount > 0 ? qualityScore(penalty, wordCount) : null;
  return { counts, bySeverity, errors: annotations.length, penalty, wordCount, score, pass: score === null ? null : score >= scoring.threshold };
}

/** (1 − penalty ÷ words) × 100; below 0 when the penalty exceeds the word count, as MQM allows. */
export function qualityScore(penalty: number, wordCount: number): number {
  return (1 - penalty / wordCount) * 100;
}

function zeroCounts(): SeverityCounts {
  return { neutral: 0, minor: 0, major: 0, critical: 0 };
}

/**
 * Words of a text: the word-like segments of Intl.Segmenter, so scripts written without spaces
 * (Japanese, Chinese, Thai) are counted by word, not by line. Markup characters are not words.
 */
export function wordCount(text: string, language: string): number {
  let segmenter: Intl.Segmenter;
  try {
    segmenter = new Intl.Segmenter(language, { granularity: 'word' });
  } catch {
    segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
  }
  let count = 0;
  for (const segment of segmenter.segment(text)) if (segment.isWordLike) count += 1;
  return count;
}

/** The score as shown and exported: two decimals, or "–" with nothing to evaluate. */
export function formatScore(score: number | null): string {
  return score === null ? '–' : score.toFixed(2);
}
