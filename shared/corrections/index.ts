export { applyCorrections, type CorrectionResult } from './apply.js';
export {
  confirmRow,
  CorrectionRefused,
  linkRows,
  mergeWithNext,
  moveSegment,
  segmentPosition,
  splitAt,
  unlinkRow,
  type CorrectionView,
} from './drafts.js';
export {
  alignLevelSchema,
  alignmentCorrectionSchema,
  correctionDraftSchema,
  correctionSummarySchema,
  segmentRefSchema,
  unresolvedCorrectionSchema,
  type AlignmentCorrection,
  type CorrectionDraft,
  type CorrectionKind,
  type CorrectionSummary,
  type SegmentRef,
  type UnresolvedCorrection,
} from './schema.js';
export { describeCorrection } from './describe.js';
export { locateRef, REF_CONTEXT, segmentRef, shortQuote } from './segment-refs.js';
