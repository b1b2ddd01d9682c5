// ReviewApi: every operation the UI can ask of the Node side, with a runtime schema for the
// arguments and the result of each, declared once (DESIGN.md §2). Electron's IPC and the browser
// host's HTTP transport both parse with these schemas before calling ReviewService.
import { z } from 'zod';
import type {
  Alignment,
  AlignedRow,
  Annotation,
  DocumentInfo,
  DocumentSet,
  Segment,
  SegmentLink,
} from './model.js';
import type { Scorecard, Scoring } from './review/scorecard.js';
import { correctionDraftSchema, correctionSummarySchema } from './corrections/schema.js';

// ---- Model schemas ----

const offset = z.number().int().min(0);
export const severitySchema = z.enum(['neutral', 'minor', 'major', 'critical']);
export const statusSchema = z.enum(['open', 'resolved', 'wontfix']);

export const documentInfoSchema: z.ZodType<DocumentInfo> = z.object({
  id: z.string().min(1),
  fileName: z.string().min(1),
  language: z.string().min(1),
  languageDetected: z.boolean(),
  role: z.enum(['source', 'target', 'revision']),
  label: z.string().optional(),
  direction: z.enum(['ltr', 'rtl']),
  format: z.enum(['txt', 'md']),
});

export const documentSetSchema: z.ZodType<DocumentSet> = z.object({
  root: z.string().min(1),
  openedPath: z.string().min(1),
  name: z.string(),
  layout: z.enum(['files', 'language-folders', 'manifest']),
  documents: z.array(documentInfoSchema),
  sourceId: z.string().nullable(),
  sourceFrom: z.enum(['manifest', 'user', 'none']),
});

export const segmentSchema: z.ZodType<Segment> = z.object({ start: offset, end: offset, text: z.string() });

export const alignedRowSchema: z.ZodType<AlignedRow> = z.object({
  cells: z.array(z.array(segmentSchema)),
  kind: z.enum(['match', 'partial', 'moved']),
  score: z.number().min(0).max(1),
  movedFrom: z.number().int().optional(),
  block: z.enum(['heading', 'paragraph', 'list-item', 'code', 'quote', 'table-row']).optional(),
  confirmed: z.boolean().optional(),
});

export const alignmentSchema: z.ZodType<Alignment> = z.object({
  documents: z.array(z.object({ path: z.string(), language: z.string() })),
  rows: z.array(alignedRowSchema),
});

export const segmentLinkSchema: z.ZodType<SegmentLink> = z.object({
  documentId: z.string().min(1),
  start: offset,
  end: offset,
  text: z.string(),
});

const isoTime = z.string().min(1);

// Loose objects: fields another tool (or a newer Verso) added to an annotation or a reply are kept
// when Verso rewrites the sidecar, never dropped.
export const annotationSchema: z.ZodType<Annotation> = z.looseObject({
  id: z.string().min(1),
  target: z.object({
    selector: z.tuple([
      z.object({ type: z.literal('TextQuoteSelector'), exact: z.string(), prefix: z.string(), suffix: z.string() }),
      z.object({ type: z.literal('TextPositionSelector'), start: offset, end: offset }),
    ]),
  }),
  links: z.array(segmentLinkSchema),
  category: z.string().min(1),
  severity: severitySchema,
  comment: z.string(),
  suggestion: z.string(),
  status: statusSchema,
  author: z.string(),
  created: isoTime,
  modified: isoTime,
  replies: z.array(z.looseObject({ id: z.string().min(1), author: z.string(), created: isoTime, text: z.string() })),
});

// ---- API-only shapes ----

export const settingsSchema = z.object({
  reviewerName: z.string(),
  lastSet: z.string().nullable(),
  windowBounds: z
    .object({ x: z.number().optional(), y: z.number().optional(), width: z.number().int().min(200), height: z.number().int().min(200) })
    .nullable(),
  /** The review screen's view (Paragraphs or Sentences) last chosen for each set, by set root. */
  viewBySet: z.record(z.string(), z.enum(['paragraph', 'sentence'])).optional(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const recentSetSchema = z.object({ path: z.string(), name: z.string(), openedAt: z.string() });
export type RecentSet = z.infer<typeof recentSetSchema>;

/** Something wrong with one file of a set: which file, where, what to do. */
export const fileProblemSchema = z.object({
  file: z.string(),
  message: z.string(),
  backupAvailable: z.boolean().optional(),
});
export type FileProblem = z.infer<typeof fileProblemSchema>;

export const openedSetSchema = z.object({
  set: documentSetSchema,
  /** Decoded text of each document (BOM removed, line endings as in the file), in set order. */
  texts: z.array(z.string()),
  problems: z.array(fileProblemSchema),
});
export type OpenedSet = z.infer<typeof openedSetSchema>;

/** Where an annotation sits in the current text (UTF-16 offsets), or null when it is orphaned. */
export const anchoredAnnotationSchema = z.object({
  annotation: annotationSchema,
  anchor: z.object({ start: offset, end: offset }).nullable(),
});
export type AnchoredAnnotation = z.infer<typeof anchoredAnnotationSchema>;

export const reviewStateSchema = z.object({
  documentId: z.string(),
  sidecarFile: z.string(),
  annotations: z.array(anchoredAnnotationSchema),
  /** True when the sidecar cannot be written safely (it does not parse, is newer, is not a file…). */
  readOnly: z.boolean(),
  problem: fileProblemSchema.nullable(),
  /** True when the document's text differs from the text the comments were made against. */
  changedSinceReview: z.boolean(),
  /** What the sidecar on disk was when this state was read (a hash of its bytes; 'none' when absent). */
  revision: z.string().optional(),
});
export type ReviewState = z.infer<typeof reviewStateSchema>;

/** A document whose sidecar changed on disk since the UI read it (reviewChanges). */
export const reviewChangeSchema = z.object({
  documentId: z.string(),
  state: reviewStateSchema,
  /** Ids of annotations kept in two versions because both sides changed them. */
  conflicts: z.array(z.string()),
  /** False when the change is only this app's own save (the UI refreshes without a notice). */
  byOthers: z.boolean(),
});
export type ReviewChange = z.infer<typeof reviewChangeSchema>;

/** What the UI sends to create a comment: a span in UTF-16 offsets; the service builds selectors. */
export const annotationDraftSchema = z.object({
  start: offset,
  end: offset,
  category: z.string().min(1),
  severity: severitySchema,
  comment: z.string(),
  suggestion: z.string().default(''),
  links: z.array(segmentLinkSchema).default([]),
  /** The text the reviewer marked, as the UI shows it: refused if the file on disk now differs there. */
  quote: z.string().optional(),
});
export type AnnotationDraft = z.input<typeof annotationDraftSchema>;

export const annotationChangesSchema = z
  .object({
    category: z.string().min(1),
    severity: severitySchema,
    comment: z.string(),
    suggestion: z.string(),
    status: statusSchema,
  })
  .partial();
export type AnnotationChanges = z.infer<typeof annotationChangesSchema>;

export const exportFormatSchema = z.enum(['md', 'csv']);
export type ExportFormat = z.infer<typeof exportFormatSchema>;

// ---- MQM scoring (per set, in verso.review.json) ----

const weight = z.number().min(0).max(1000);
export const severityWeightsSchema = z.object({ neutral: weight, minor: weight, major: weight, critical: weight });
export const scoringSchema: z.ZodType<Scoring> = z.object({ weights: severityWeightsSchema, threshold: z.number().min(0).max(100) });

const severityCountsSchema = z.object({ neutral: offset, minor: offset, major: offset, critical: offset });
const scoreLineShape = {
  counts: z.record(z.string(), severityCountsSchema),
  bySeverity: severityCountsSchema,
  errors: offset,
  penalty: z.number().min(0),
  wordCount: offset,
  score: z.number().nullable(),
  pass: z.boolean().nullable(),
};
export const scorecardSchema: z.ZodType<Scorecard> = z.object({
  scoring: scoringSchema,
  dimensions: z.array(z.string()),
  documents: z.array(
    z.object({ id: z.string(), fileName: z.string(), language: z.string(), role: z.enum(['source', 'target', 'revision']), ...scoreLineShape }),
  ),
  set: z.object(scoreLineShape),
});

/** The scorecard of a set, and why the set's scoring settings could not be read (defaults used). */
export const setScorecardSchema = z.object({ scorecard: scorecardSchema, problem: z.string().nullable() });
export type SetScorecard = z.infer<typeof setScorecardSchema>;

export const exportResultSchema = z.object({
  format: exportFormatSchema,
  fileName: z.string(),
  content: z.string(),
  savedTo: z.string().nullable(),
});
export type ExportResult = z.infer<typeof exportResultSchema>;

export const startupSchema = z.object({
  host: z.enum(['electron', 'browser']),
  /** The set to open at start (command line, menu, or last set), if any. */
  initialSet: z.string().nullable(),
  settings: settingsSchema,
  recent: z.array(recentSetSchema),
  /** Bundled sample sets the UI offers on its start screen. */
  samples: z.array(z.object({ name: z.string(), path: z.string() })),
});
export type Startup = z.infer<typeof startupSchema>;

// ---- QA findings (computed per set; muted ones remembered in verso.review.json) ----

const findingSpanSchema = z.object({ documentId: z.string().min(1), start: offset, end: offset });
export const qaFindingSchema = z.object({
  /** Stable across runs while the flagged text and its context stay the same (muting relies on it). */
  id: z.string().min(1),
  check: z.string().min(1),
  title: z.string(),
  severity: z.enum(['minor', 'major', 'critical']),
  /** MQM category path, e.g. `accuracy/mistranslation`. */
  category: z.string().min(1),
  documentId: z.string().min(1),
  start: offset,
  end: offset,
  message: z.string(),
  related: z.array(findingSpanSchema),
  muted: z.boolean(),
});
export type QaFinding = z.infer<typeof qaFindingSchema>;
export const qaResultSchema = z.object({
  findings: z.array(qaFindingSchema),
  /** Parts of the set's QA configuration (glossary, custom checks) that could not be used, and why. */
  problems: z.array(z.string()).optional(),
});
export type QaResult = z.infer<typeof qaResultSchema>;

/** alignSet's answer: the engine's rows with the reviewer's corrections applied, and how that went. */
export const correctedAlignmentSchema = z.object({
  documents: z.array(z.object({ path: z.string(), language: z.string() })),
  rows: z.array(alignedRowSchema),
  corrections: correctionSummarySchema.optional(),
});
export type CorrectedAlignment = z.infer<typeof correctedAlignmentSchema>;
const alignLevelArg = z.enum(['paragraph', 'sentence']).default('paragraph');

const setRef = { root: z.string().min(1) };
const docRef = { root: z.string().min(1), documentId: z.string().min(1) };

/**
 * The contract, method by method: argument schema (one object argument, or none) and result
 * schema. `window.verso` exposes exactly these names; the HTTP host serves `POST /api/<name>`.
 */
export const reviewApiSchemas = {
  getStartup: { args: z.object({}), result: startupSchema },
  openSet: { args: z.object({ path: z.string().min(1) }), result: openedSetSchema },
  setSource: { args: z.object({ ...setRef, documentId: z.string().min(1).nullable() }), result: documentSetSchema },
  alignSet: { args: z.object({ ...setRef, level: z.enum(['paragraph', 'sentence']).default('paragraph') }), result: correctedAlignmentSchema },
  /** Stores a manual alignment correction (merge, split, move, link, unlink, confirm); answers the corrected rows. */
  addAlignmentCorrection: { args: z.object({ ...setRef, level: alignLevelArg, correction: correctionDraftSchema }), result: correctedAlignmentSchema },
  removeAlignmentCorrection: { args: z.object({ ...setRef, level: alignLevelArg, id: z.string().min(1) }), result: correctedAlignmentSchema },
  loadReview: { args: z.object(docRef), result: reviewStateSchema },
  addAnnotation: { args: z.object({ ...docRef, draft: annotationDraftSchema }), result: anchoredAnnotationSchema },
  updateAnnotation: {
    args: z.object({ ...docRef, id: z.string().min(1), changes: annotationChangesSchema }),
    result: anchoredAnnotationSchema,
  },
  deleteAnnotation: { args: z.object({ ...docRef, id: z.string().min(1) }), result: z.object({ deleted: z.string() }) },
  exportNotes: {
    // No output path over IPC/HTTP: the window gets the content; only the native menu and the CLI
    // write files (ReviewService.exportNotesTo), so no page can write anywhere on disk.
    args: z.object({ ...setRef, format: exportFormatSchema }),
    result: exportResultSchema,
  },
  /** Places an orphaned (or any) annotation on a new span, UTF-16 offsets, chosen by the reviewer. */
  reattachAnnotation: { args: z.object({ ...docRef, id: z.string().min(1), start: offset, end: offset, quote: z.string().optional() }), result: anchoredAnnotationSchema },
  /** Documents whose sidecar differs from `known` (documentId → the revision the UI last saw). */
  reviewChanges: {
    args: z.object({ ...setRef, known: z.record(z.string(), z.string()) }),
    result: z.object({ changes: z.array(reviewChangeSchema) }),
  },
  /** Moves an unusable sidecar aside (`.broken-<time>`) and puts its valid `.bak` in its place. */
  restoreBackup: { args: z.object(docRef), result: reviewStateSchema },
  recentSets: { args: z.object({}), result: z.array(recentSetSchema) },
  getSettings: { args: z.object({}), result: settingsSchema },
  updateSettings: { args: settingsSchema.partial(), result: settingsSchema },
  runQa: { args: z.object(setRef), result: qaResultSchema },
  muteFinding: {
    args: z.object({ ...setRef, findingId: z.string().min(1), muted: z.boolean() }),
    result: z.object({ findingId: z.string(), muted: z.boolean() }),
  },
  /** The document's text when its comments were last saved (null when no snapshot was stored). */
  reviewSnapshot: { args: z.object(docRef), result: z.object({ snapshot: z.string().nullable() }) },
  addReply: { args: z.object({ ...docRef, id: z.string().min(1), text: z.string().trim().min(1) }), result: anchoredAnnotationSchema },
  getScorecard: { args: z.object(setRef), result: setScorecardSchema },
  updateScoring: {
    args: z.object({ ...setRef, weights: severityWeightsSchema.partial().optional(), threshold: z.number().min(0).max(100).optional() }),
    result: scoringSchema,
  },
} as const;

type Schemas = typeof reviewApiSchemas;
export type ReviewApiMethod = keyof Schemas;
export const reviewApiMethods = Object.keys(reviewApiSchemas) as ReviewApiMethod[];

export type ApiArgs<M extends ReviewApiMethod> = z.input<Schemas[M]['args']>;
export type ApiParsedArgs<M extends ReviewApiMethod> = z.output<Schemas[M]['args']>;
export type ApiResult<M extends ReviewApiMethod> = z.output<Schemas[M]['result']>;

/** What the UI calls. Implemented by the IPC bridge, the HTTP client and ReviewService itself. */
export type ReviewApi = { [M in ReviewApiMethod]: (args: ApiArgs<M>) => Promise<ApiResult<M>> };

/** What a transport calls after parsing: ReviewService implements this. */
export type ReviewHandlers = { [M in ReviewApiMethod]: (args: ApiParsedArgs<M>) => Promise<ApiResult<M>> };

export function isReviewApiMethod(name: unknown): name is ReviewApiMethod {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(reviewApiSchemas, name);
}

/** Error a transport returns for a call that failed; `message` is meant for the reviewer. */
export const apiErrorSchema = z.object({ error: z.string(), code: z.string().optional() });

/** Parse a method's arguments; throws a readable error naming the method and the field. */
export function parseApiArgs<M extends ReviewApiMethod>(method: M, args: unknown): ApiParsedArgs<M> {
  const result = reviewApiSchemas[method].args.safeParse(args ?? {});
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue && issue.path.length ? issue.path.join('.') : 'arguments';
    throw new ApiArgumentError(`Bad arguments for ${method}: ${where}: ${issue?.message ?? 'invalid'}`);
  }
  return result.data as ApiParsedArgs<M>;
}

export class ApiArgumentError extends Error {
  readonly code = 'bad-arguments';
}
