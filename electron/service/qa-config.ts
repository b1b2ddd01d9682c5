// A set's QA configuration, kept under `qa` in verso.review.json beside the muted findings:
//   "glossary": "glossary.tsv" (a TSV/CSV table or a JSON file {terms}, relative to the set)
//               or { "terms": [{ "source", "target", "language"?, "forbidden"?, "caseSensitive"? }] }
//   "customChecks": [{ "id", "pattern", "flags"?, "message", "severity", "languages"?, "category"? }]
// A broken entry never stops QA: it is left out and reported with the file, the place and what to do.
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { GlossaryTableError, parseGlossaryTable } from '../../shared/qa/glossary-table.js';
import type { CustomCheck, Glossary } from '../../shared/qa/index.js';
import { parseJsonText } from '../../shared/review/index.js';
import { readSetReview, SET_REVIEW_FILE_NAME } from './set-review-file.js';

const termSchema = z.object({
  source: z.string().min(1),
  target: z.string().min(1),
  language: z.string().min(1).optional(),
  forbidden: z.array(z.string().min(1)).optional(),
  caseSensitive: z.boolean().optional(),
});
const glossarySchema = z.object({ terms: z.array(termSchema) });
const customCheckSchema = z.object({
  id: z.string().min(1),
  pattern: z.string().min(1),
  flags: z.string().regex(/^[dgimsuvy]*$/, 'only the flags d g i m s u v y').optional(),
  message: z.string().min(1),
  severity: z.enum(['minor', 'major', 'critical']),
  languages: z.array(z.string().min(1)).optional(),
  category: z.string().min(1).optional(),
});

export interface QaConfig {
  glossary?: Glossary;
  customChecks?: CustomCheck[];
  /** What could not be used, for the reviewer. */
  problems: string[];
}

const where = (issue: z.core.$ZodIssue | undefined) => (issue && issue.path.length ? `.${issue.path.join('.')}` : '');

export async function readQaConfig(root: string): Promise<QaConfig> {
  const { review, problem } = await readSetReview(root);
  if (problem) return { problems: [problem] };
  const qa = review.qa;
  if (qa === undefined || qa === null) return { problems: [] };
  if (typeof qa !== 'object' || Array.isArray(qa)) return { problems: [`${SET_REVIEW_FILE_NAME}: "qa" must be an object; QA ran without a glossary or custom checks.`] };
  const config: QaConfig = { problems: [] };
  const { glossary, customChecks } = qa as { glossary?: unknown; customChecks?: unknown };
  if (glossary !== undefined) {
    try {
      config.glossary = await readGlossary(root, glossary);
    } catch (error) {
      config.problems.push(`${error instanceof Error ? error.message : String(error)} QA ran without the glossary.`);
    }
  }
  if (customChecks !== undefined) config.customChecks = readCustomChecks(customChecks, config.problems);
  return config;
}

async function readGlossary(root: string, value: unknown): Promise<Glossary> {
  if (typeof value !== 'string') {
    const parsed = glossarySchema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`${SET_REVIEW_FILE_NAME}: qa.glossary${where(issue)}: ${issue?.message ?? 'invalid'}; give a file name or {"terms": [{"source", "target"}]}.`);
    }
    return parsed.data;
  }
  const file = await glossaryFile(root, value);
  const text = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
  if (/\.json$/i.test(file)) {
    const json = parseJsonText(text);
    if (!json.ok) throw new Error(`${value}: not valid JSON: ${json.reason} at line ${json.line}, column ${json.column}; fix the file or use a TSV/CSV table.`);
    const parsed = glossarySchema.safeParse(json.value);
    if (!parsed.success) throw new Error(`${value}${where(parsed.error.issues[0])}: ${parsed.error.issues[0]?.message ?? 'invalid'}; expected {"terms": [{"source", "target"}]}.`);
    return parsed.data;
  }
  try {
    return parseGlossaryTable(text, value);
  } catch (error) {
    if (error instanceof GlossaryTableError) throw new Error(error.message);
    throw error;
  }
}

/** A glossary is never larger than this; anything bigger is not a glossary (or not a file). */
const MAX_GLOSSARY_BYTES = 10 * 1024 * 1024;

// A set shared by someone else must not make Verso read files outside it (its own folder is what
// the reviewer chose to open), nor block on a device or a pipe.
async function glossaryFile(root: string, name: string): Promise<string> {
  const unreadable = (why: string) => new Error(`${SET_REVIEW_FILE_NAME}: qa.glossary names ${name}, which ${why}; put the glossary file in the set folder and name it relative to the set.`);
  let file: string;
  let setFolder: string;
  try {
    [file, setFolder] = await Promise.all([realpath(path.resolve(root, name)), realpath(root)]);
  } catch (error) {
    throw unreadable(`cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const inside = path.relative(setFolder, file);
  if (inside.startsWith('..') || path.isAbsolute(inside)) throw unreadable('is outside the set folder');
  const info = await stat(file);
  if (!info.isFile()) throw unreadable('is not a regular file');
  if (info.size > MAX_GLOSSARY_BYTES) throw unreadable(`is ${Math.round(info.size / 1e6)} MB, larger than a glossary can be (10 MB)`);
  return file;
}

function readCustomChecks(value: unknown, problems: string[]): CustomCheck[] {
  if (!Array.isArray(value)) {
    problems.push(`${SET_REVIEW_FILE_NAME}: qa.customChecks must be a list of checks; none was run.`);
    return [];
  }
  const checks: CustomCheck[] = [];
  value.forEach((entry, k) => {
    const parsed = customCheckSchema.safeParse(entry);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      problems.push(`${SET_REVIEW_FILE_NAME}: qa.customChecks[${k}]${where(issue)}: ${issue?.message ?? 'invalid'}; fix or remove this check (it was not run).`);
      return;
    }
    try {
      new RegExp(parsed.data.pattern, parsed.data.flags);
    } catch (error) {
      problems.push(`${SET_REVIEW_FILE_NAME}: qa.customChecks[${k}] "${parsed.data.id}": ${(error as Error).message}; fix the pattern (it was not run).`);
      return;
    }
    checks.push(parsed.data);
  });
  return checks;
}
