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

export const annotationSchema: z.ZodType<Annotation> = z.object({
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
  replies: z.array(z.object({ id: z.string().min(1), author: z.string(), created: isoTime, text: z.string() })),
});

// ---- API-only shapes ----

export const settingsSchema = z.object({
  reviewerName: z.string(),
  lastSet: z.string().nullable(),
  windowBounds: z
    .object({ x: z.number().optional(), y: z.number().optional(), width: z.number().int().min(200), height: z.number().int().min(200) })
    .nullable(),
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
});
export type ReviewState = z.infer<typeof reviewStateSchema>;

/** What the UI sends to create a comment: a span in UTF-16 offsets; the service builds selectors. */
export const annotationDraftSchema = z.object({
  start: offset,
  end: offset,
  category: z.string().min(1),
  severity: severitySchema,
  comment: z.string(),
  suggestion: z.string().default(''),
  links: z.array(segmentLinkSchema).default([]),
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
  alignSet: { args: z.object({ ...setRef, level: z.enum(['paragraph', 'sentence']).default('paragraph') }), result: alignmentSchema },
  loadReview: { args: z.object(docRef), result: reviewStateSchema },
  addAnnotation: { args: z.object({ ...docRef, draft: annotationDraftSchema }), result: anchoredAnnotationSchema },
  updateAnnotation: {
    args: z.object({ ...docRef, id: z.string().min(1), changes: annotationChangesSchema }),
    result: anchoredAnnotationSchema,
  },
  deleteAnnotation: { args: z.object({ ...docRef, id: z.string().min(1) }), result: z.object({ deleted: z.string() }) },
  exportNotes: {
    args: z.object({ ...setRef, format: exportFormatSchema, outPath: z.string().min(1).optional() }),
    result: exportResultSchema,
  },
  recentSets: { args: z.object({}), result: z.array(recentSetSchema) },
  getSettings: { args: z.object({}), result: settingsSchema },
  updateSettings: { args: settingsSchema.partial(), result: settingsSchema },
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
