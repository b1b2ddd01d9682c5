// `verso validate SET`: checks every review sidecar of a set, and the set's verso.review.json,
// against the documented format (docs/sidecar-format.md) without opening the app. Problems make
// the exit code 1; warnings (comments made against an older text of the document) do not.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { SIDECAR_SCHEMA_VERSION } from '../../shared/model.js';
import { parseJsonText, sidecarFileName, sidecarSchema } from '../../shared/review/index.js';
import { decodeDocument } from '../service/decode.js';
import { errnoCode } from '../service/errors.js';
import { discoverSet, type FoundDocument } from '../service/set-discovery.js';
import { readSetReview, setReviewPath } from '../service/set-review-file.js';
import { textHash } from '../service/text-cache.js';
import { parseArgs, UsageError } from './args.js';
import type { CliContext } from './context.js';
import { resolveSetPath } from './set-path.js';

export interface Finding {
  severity: 'problem' | 'warning';
  file: string;
  message: string;
}

/** `annotations[2].target.selector[0].exact`: the place of a schema issue, as a reader finds it. */
export function placeOf(issuePath: readonly PropertyKey[]): string {
  if (issuePath.length === 0) return 'the top level';
  return issuePath.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('');
}

/** Everything wrong with one sidecar, given its text and (when readable) its document's text. */
export function checkSidecarText(text: string, file: string, document: { fileName: string; text: string | null }): Finding[] {
  const problem = (message: string): Finding => ({ severity: 'problem', file, message });
  const restore = existsSync(`${file}.bak`) ? ` or restore ${path.basename(file)}.bak` : '';
  const parsed = parseJsonText(text.replace(/^\uFEFF/, ''));
  if (!parsed.ok) {
    return [problem(`line ${parsed.line}, column ${parsed.column}: not valid JSON: ${parsed.reason}. Fix it in a text editor${restore}.`)];
  }
  const value = parsed.value as { schema?: unknown } | null;
  const version = value !== null && typeof value === 'object' && !Array.isArray(value) ? value.schema : undefined;
  if (typeof version === 'number' && version > SIDECAR_SCHEMA_VERSION) {
    return [problem(`schema: format ${version} is newer than this Verso knows (${SIDECAR_SCHEMA_VERSION}). Update Verso to check it.`)];
  }
  const result = sidecarSchema.safeParse(parsed.value);
  if (!result.success) {
    return result.error.issues.map((issue) =>
      problem(`at ${placeOf(issue.path)}: ${issue.message}. Fix it as docs/sidecar-format.md describes${restore}.`),
    );
  }
  const sidecar = result.data;
  const findings: Finding[] = [];
  const seen = new Map<string, number>();
  sidecar.annotations.forEach((annotation, i) => {
    const first = seen.get(annotation.id);
    if (first !== undefined) {
      findings.push(problem(`at annotations[${i}].id: "${annotation.id}" is also the id of annotations[${first}]. Give one of them a new id; ids must be unique.`));
    } else seen.set(annotation.id, i);
    const position = annotation.target.selector[1];
    if (position.start > position.end) {
      findings.push(problem(`at annotations[${i}].target.selector[1]: start ${position.start} is after end ${position.end}. Swap them.`));
    }
  });
  if (sidecar.document.fileName !== document.fileName) {
    findings.push(problem(`at document.fileName: "${sidecar.document.fileName}" is not the document next to it (${document.fileName}). Rename the sidecar or fix the name.`));
  }
  if (document.text !== null && textHash(document.text) !== sidecar.document.hash) {
    findings.push({
      severity: 'warning',
      file,
      message: `at document.hash: ${document.fileName} changed since these comments were made. Open the set in Verso to re-anchor them; orphaned comments are listed there.`,
    });
  }
  return findings;
}

async function checkDocumentSidecar(document: FoundDocument): Promise<Finding[] | null> {
  const file = path.join(path.dirname(document.file), sidecarFileName(document.fileName));
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return null;
    return [{ severity: 'problem', file, message: `cannot be read (${errnoCode(error) ?? String(error)}). Check its permissions.` }];
  }
  let documentText: string | null = null;
  try {
    const decoded = decodeDocument(await readFile(document.file), document.fileName);
    if (decoded.ok) documentText = decoded.text;
  } catch {
    // The document itself is unreadable: the sidecar is still checked, only not against it.
  }
  return checkSidecarText(text, file, { fileName: document.fileName, text: documentText });
}

export async function runValidateCommand(argv: string[], context: CliContext): Promise<number> {
  const args = parseArgs(argv, {}, 'validate');
  if (args.positionals.length !== 1) throw new UsageError('verso validate: give exactly one SET (a folder or a verso.json).');
  const set = await discoverSet(resolveSetPath(args.positionals[0] as string, context.cwd));
  const findings: Finding[] = [];
  let checked = 0;
  for (const document of set.documents) {
    const found = await checkDocumentSidecar(document);
    if (found === null) continue;
    checked++;
    findings.push(...found);
  }
  if (existsSync(setReviewPath(set.root))) {
    checked++;
    const { problem } = await readSetReview(set.root);
    if (problem) findings.push({ severity: 'problem', file: setReviewPath(set.root), message: problem });
  }
  for (const finding of findings) {
    const shown = path.relative(context.cwd, finding.file) || finding.file;
    context.io.stdout(`${shown}: ${finding.severity === 'warning' ? 'warning: ' : ''}${finding.message}\n`);
  }
  const problems = findings.filter((f) => f.severity === 'problem').length;
  const warnings = findings.length - problems;
  const counts = `${checked} sidecar${checked === 1 ? '' : 's'} checked, ${problems} problem${problems === 1 ? '' : 's'}`;
  context.io.stdout(`${counts}${warnings ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : ''}.\n`);
  return problems > 0 ? 1 : 0;
}
