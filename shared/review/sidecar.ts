// The review sidecar `<document file name>.review.json` (DESIGN.md §5): schema, reading with
// reasons a reviewer can act on, and writing.
import { z } from 'zod';
import { annotationSchema } from '../api.js';
import { SIDECAR_SCHEMA_VERSION, type Sidecar } from '../model.js';
import { parseJsonText, stableJson } from './json-text.js';

// Loose: keys this version does not know (written by other tools) survive a rewrite.
export const sidecarSchema = z.looseObject({
  schema: z.number().int().min(1),
  document: z.looseObject({
    fileName: z.string(),
    hash: z.string(),
    length: z.number().int().min(0),
    snapshot: z.string().optional(),
  }),
  annotations: z.array(annotationSchema),
});

export type SidecarReading =
  | { kind: 'ok'; sidecar: Sidecar }
  /** Readable, but must not be written: the annotations are shown, edits are refused. */
  | { kind: 'read-only'; sidecar: Sidecar | null; reason: string };

/**
 * Interprets the text of a sidecar. `fileName` is the sidecar's name, used in the reasons, which
 * say what is wrong and where; the caller adds what the reviewer can do about it.
 */
export function readSidecarText(text: string, fileName: string): SidecarReading {
  const parsed = parseJsonText(text);
  if (!parsed.ok) {
    return {
      kind: 'read-only',
      sidecar: null,
      reason: `${fileName} is not valid JSON: ${parsed.reason} at line ${parsed.line}, column ${parsed.column}.`,
    };
  }
  const version = versionOf(parsed.value);
  if (version !== null && version > SIDECAR_SCHEMA_VERSION) {
    const attempt = sidecarSchema.safeParse(parsed.value);
    return {
      kind: 'read-only',
      sidecar: attempt.success ? attempt.data : null,
      reason: `${fileName} was written by a newer version of Verso (review format ${version}; this version knows format ${SIDECAR_SCHEMA_VERSION}). Its comments are shown read-only: update Verso to edit them.`,
    };
  }
  const result = sidecarSchema.safeParse(parsed.value);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue && issue.path.length ? issue.path.map(String).join('.') : 'the top level';
    return {
      kind: 'read-only',
      sidecar: null,
      reason: `${fileName} is not a Verso review file: at ${where}: ${issue?.message ?? 'unexpected content'}.`,
    };
  }
  return { kind: 'ok', sidecar: result.data };
}

function versionOf(value: unknown): number | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const schema = (value as Record<string, unknown>).schema;
  return typeof schema === 'number' ? schema : null;
}

/** The sidecar as written to disk: stable key order, 2-space indentation, trailing newline. */
export function sidecarToText(sidecar: Sidecar): string {
  return stableJson(sidecar);
}

/** The name of the sidecar of a document file. */
export function sidecarFileName(documentFileName: string): string {
  return `${documentFileName}.review.json`;
}
