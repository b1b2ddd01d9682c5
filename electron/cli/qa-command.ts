// `verso qa SET|FILE... [--json] [--fail-on minor|major|critical] [--include-muted]`: the QA checks
// over a set aligned sentence by sentence, printed as text or JSON; the exit code lets a build fail
// on serious findings. A set is checked by the service, exactly as the app does, so the findings a
// reviewer muted there (verso.review.json `qa.muted`) stay out of the report and never fail a build.
import path from 'node:path';
import type { QaFinding, ReviewHandlers } from '../../shared/api.js';
import { alignDocuments } from '../../shared/align/index.js';
import { parseDocument } from '../../shared/formats/index.js';
import type { DocumentFormat } from '../../shared/model.js';
import { qaInputFromAlignment } from '../../shared/qa/from-alignment.js';
import { runQa, type Finding, type QaSeverity } from '../../shared/qa/index.js';
import { languageFromFileName } from './align-command.js';

export interface QaCommandIo {
  readFile(path: string): Promise<string>;
  stdout(text: string): void;
  stderr(text: string): void;
}

export interface OpenedQaSet {
  /** In set order; `path` is what findings name (absolute or as given). */
  documents: { id: string; language: string; path: string }[];
  texts: string[];
  /** The set's findings as the app lists them: stable ids, muted ones marked. */
  findings: QaFinding[];
}

export type QaSetOpener = (path: string) => Promise<OpenedQaSet>;

/** A finding as this command reports it; `id` only for a set (files given one by one have no review file). */
interface ReportedFinding extends Finding {
  id?: string;
  muted: boolean;
}

interface CheckedDocuments {
  documents: OpenedQaSet['documents'];
  texts: string[];
  findings: ReportedFinding[];
}

const USAGE = `Usage:
  verso qa SET [--json] [--fail-on minor|major|critical] [--include-muted]
  verso qa FILE... [--json] [--fail-on minor|major|critical]
SET is a folder or its verso.json. FILE names like guide.en.md give the language (en); the first FILE is the source.
Findings muted in the app (verso.review.json qa.muted) are left out; --include-muted lists them too, marked muted.
Exit code 1 when a finding that is not muted is at least as severe as --fail-on, else 0.`;

const severityRank: Record<QaSeverity, number> = { minor: 1, major: 2, critical: 3 };

interface Parsed {
  inputs: string[];
  json: boolean;
  failOn: QaSeverity | null;
  includeMuted: boolean;
}

function parseArgs(argv: string[]): Parsed | string {
  const out: Parsed = { inputs: [], json: false, failOn: null, includeMuted: false };
  for (let k = 0; k < argv.length; k += 1) {
    const arg = argv[k] as string;
    if (arg === '--json') out.json = true;
    else if (arg === '--include-muted') out.includeMuted = true;
    else if (arg === '--fail-on' || arg.startsWith('--fail-on=')) {
      const value = arg.includes('=') ? arg.slice('--fail-on='.length) : argv[++k];
      if (value !== 'minor' && value !== 'major' && value !== 'critical') return `--fail-on must be minor, major or critical, not "${value ?? ''}".`;
      out.failOn = value;
    } else if (arg === '--help' || arg === '-h') return '';
    else if (arg.startsWith('--')) return `Unknown option ${arg}.`;
    else out.inputs.push(arg);
  }
  return out;
}

function formatOf(file: string): DocumentFormat {
  return /\.(md|markdown)$/i.test(file) ? 'md' : 'txt';
}

/** One argument that is not a .txt/.md document is a set: its folder or its manifest. */
function isSetArgument(inputs: string[]): boolean {
  return inputs.length === 1 && !/\.(txt|md|markdown)$/i.test(inputs[0] as string);
}

async function checkFiles(files: string[], io: QaCommandIo): Promise<CheckedDocuments> {
  const texts = await Promise.all(files.map((file) => io.readFile(file)));
  const documents = files.map((file) => ({ id: file, language: languageFromFileName(file), path: file }));
  const alignment = alignDocuments(
    documents.map((doc, k) => {
      const text = texts[k] ?? '';
      return { path: doc.path, language: doc.language, text, blocks: parseDocument(text, formatOf(doc.path)) };
    }),
    { level: 'sentence', sourceIndex: 0 },
  );
  const findings = runQa(qaInputFromAlignment(alignment, texts, { sourceIndex: 0, ids: files }));
  return { documents, texts, findings: findings.map((f) => ({ ...f, muted: false })) };
}

/** The service names documents by id; this command reports them by their place in the set. */
function reportedFindings(opened: OpenedQaSet): CheckedDocuments {
  const indexOf = new Map(opened.documents.map((d, k) => [d.id, k]));
  const index = (documentId: string): number => indexOf.get(documentId) ?? -1;
  const findings = opened.findings.map((f): ReportedFinding => ({
    id: f.id,
    check: f.check,
    severity: f.severity,
    category: f.category,
    documentIndex: index(f.documentId),
    start: f.start,
    end: f.end,
    message: f.message,
    related: f.related.map((r) => ({ documentIndex: index(r.documentId), start: r.start, end: r.end })),
    muted: f.muted,
  }));
  return { documents: opened.documents, texts: opened.texts, findings };
}

export async function runQaCommand(argv: string[], io: QaCommandIo, openSet: QaSetOpener): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    io.stderr(args ? `verso qa: ${args}\n${USAGE}\n` : `${USAGE}\n`);
    return args ? 2 : 0;
  }
  if (args.inputs.length === 0) {
    io.stderr(`verso qa: give a set (a folder or its verso.json) or two to six files.\n${USAGE}\n`);
    return 2;
  }
  let checked: CheckedDocuments;
  try {
    checked = isSetArgument(args.inputs) ? reportedFindings(await openSet(args.inputs[0] as string)) : await checkFiles(args.inputs, io);
  } catch (error) {
    io.stderr(`verso qa: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  const shown = args.includeMuted ? checked.findings : checked.findings.filter((f) => !f.muted);
  const hiddenMuted = checked.findings.length - shown.length;
  io.stdout(args.json ? asJson(shown, checked, hiddenMuted) : asText(shown, checked, hiddenMuted));
  const threshold = args.failOn;
  if (threshold === null) return 0;
  // A muted finding is a false positive the reviewer dismissed: listing it again must not fail a build.
  return shown.some((f) => !f.muted && severityRank[f.severity] >= severityRank[threshold]) ? 1 : 0;
}

function asJson(findings: ReportedFinding[], checked: CheckedDocuments, hiddenMuted: number): string {
  const pathOf = (index: number): string => checked.documents[index]?.path ?? String(index);
  const out = findings.map((f) => ({
    ...(f.id === undefined ? {} : { id: f.id }),
    check: f.check,
    severity: f.severity,
    category: f.category,
    document: pathOf(f.documentIndex),
    start: f.start,
    end: f.end,
    message: f.message,
    related: f.related.map((r) => ({ document: pathOf(r.documentIndex), start: r.start, end: r.end })),
    muted: f.muted,
  }));
  return `${JSON.stringify({ findings: out, mutedNotShown: hiddenMuted }, null, 2)}\n`;
}

/** 1-based line and column (UTF-16 units) of an offset, as editors show them. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function asText(findings: ReportedFinding[], checked: CheckedDocuments, hiddenMuted: number): string {
  const documents = plural(checked.documents.length, 'document');
  const lines = findings.map((f) => {
    const text = checked.texts[f.documentIndex] ?? '';
    const where = lineAndColumn(text, f.start);
    const excerpt = text.slice(f.start, f.end).replace(/\s+/g, ' ');
    const shown = excerpt.length > 60 ? `${excerpt.slice(0, 59)}…` : excerpt;
    const file = checked.documents[f.documentIndex]?.path ?? '';
    return `${file}:${where.line}:${where.column}: ${f.severity}${f.muted ? ' (muted)' : ''} [${f.check}] ${f.message}${shown ? `  “${shown}”` : ''}\n`;
  });
  const open = findings.filter((f) => !f.muted);
  const tally = (['critical', 'major', 'minor'] as const)
    .map((s) => [s, open.filter((f) => f.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s}`)
    .join(', ');
  const summary = open.length === 0 ? `No findings in ${documents}` : `${plural(open.length, 'finding')} (${tally}) in ${documents}`;
  const mutedShown = findings.length - open.length;
  const mutedNote =
    hiddenMuted > 0 ? `; ${plural(hiddenMuted, 'muted finding')} not shown (--include-muted lists them)` : mutedShown > 0 ? `; ${plural(mutedShown, 'muted finding')} listed too` : '';
  return `${lines.join('')}${summary}${mutedNote}.\n`;
}

/**
 * The openSet callback over a ReviewService: the service's own QA run (the app's findings, ids and
 * mutes), documents named by their absolute paths.
 */
export function setOpenerFor(service: Pick<ReviewHandlers, 'openSet' | 'runQa'>, warn: (text: string) => void): QaSetOpener {
  return async (setPath) => {
    const { set, texts, problems } = await service.openSet({ path: setPath });
    for (const problem of problems) warn(`verso qa: warning: ${problem.file}: ${problem.message}\n`);
    const { findings, problems: configProblems = [] } = await service.runQa({ root: set.root });
    for (const problem of configProblems) warn(`verso qa: warning: ${problem}\n`);
    return {
      documents: set.documents.map((d) => ({ id: d.id, language: d.language, path: path.join(set.root, d.id) })),
      texts,
      findings,
    };
  };
}
