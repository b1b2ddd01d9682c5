// Manual alignment corrections (issue 3, point 8): what the reviewer changed in the engine's rows,
// stored in verso.review.json against the text itself (a quote with its context and a position
// hint), never against row numbers, so a correction still finds its rows after the engine changes.
import { z } from 'zod';

/** A segment found again by its text: the quote, a little context, and where it was (UTF-16). */
export const segmentRefSchema = z.object({
  documentId: z.string().min(1),
  quote: z.string().min(1),
  prefix: z.string(),
  suffix: z.string(),
  start: z.number().int().min(0),
});
export type SegmentRef = z.infer<typeof segmentRefSchema>;

const refs = z.array(segmentRefSchema);

export const correctionDraftSchema = z.discriminatedUnion('kind', [
  /** Every segment of two (or more) neighbouring rows: they become one row. */
  z.object({ kind: z.literal('merge'), segments: refs.min(2) }),
  /**
   * Split one row: per document, `upper` names the last segment that stays in the upper row and
   * `lower` the first segment that goes to the new lower row (a document missing from both keeps
   * everything in the upper row).
   */
  z.object({ kind: z.literal('split'), upper: refs, lower: refs.min(1) }),
  /** A segment moves to the neighbouring row that holds `target`. */
  z.object({ kind: z.literal('move'), segment: segmentRefSchema, direction: z.enum(['up', 'down']), target: segmentRefSchema }),
  /** The rows holding these two segments are a moved pair. */
  z.object({ kind: z.literal('link'), rows: z.tuple([segmentRefSchema, segmentRefSchema]) }),
  /** The row holding this segment is not a moved pair (nor is its counterpart). */
  z.object({ kind: z.literal('unlink'), row: segmentRefSchema }),
  /** Every segment of a row the reviewer checked: it stays confirmed while it holds exactly these. */
  z.object({ kind: z.literal('confirm'), segments: refs.min(1) }),
]);
export type CorrectionDraft = z.infer<typeof correctionDraftSchema>;
export type CorrectionKind = CorrectionDraft['kind'];

export const alignLevelSchema = z.enum(['paragraph', 'sentence']);

/** A correction as stored: the draft plus its id, the level it applies to and when it was made. */
export const alignmentCorrectionSchema = z.intersection(
  correctionDraftSchema,
  z.object({ id: z.string().min(1), level: alignLevelSchema, created: z.string().min(1) }),
);
export type AlignmentCorrection = z.infer<typeof alignmentCorrectionSchema>;

export const unresolvedCorrectionSchema = z.object({ correction: alignmentCorrectionSchema, reason: z.string() });
export type UnresolvedCorrection = z.infer<typeof unresolvedCorrectionSchema>;

/** What alignSet and the correction calls report next to the corrected rows. */
export const correctionSummarySchema = z.object({
  applied: z.number().int().min(0),
  /** Corrections that no longer apply, with the reason; they stay stored until removed. */
  unresolved: z.array(unresolvedCorrectionSchema),
  /** Every stored correction of this level, oldest first (for the list and for undo). */
  items: z.array(alignmentCorrectionSchema),
  /** Why the corrections could not be read (verso.review.json does not parse…), or null. */
  problem: z.string().nullable(),
});
export type CorrectionSummary = z.infer<typeof correctionSummarySchema>;
