// `verso qa SET|FILE... [--json] [--fail-on minor|major|critical]`: the QA checks over a set aligned
// sentence by sentence, printed as text or JSON; the exit code lets a build fail on serious findings.
import path from 'node:path';
import type { ReviewHandlers } from '../../shared/api.js';
import { alignDocuments } from '../../shared/align/index.js';
import { parseDocument } from '../../shared/formats/index.js';
import type { DocumentFormat } from '../../shared/model.js';
import { qaInputFromAlignment } from '../../shared/qa/from-alignment.js';
import { runQa, type CustomCheck, type Finding, type Glossary, type QaSeverity } from '../../shared/qa/index.js';
import { readQaConfig } from '../service/qa-config.js';
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
  sourceIndex: number | null;
  /** A set's glossary and reviewer-defined checks (verso.review.json `qa`). */
  glossary?: Glossary;
  customChecks?: CustomCheck[];
}

export type QaSetOpener = (path: string) => Promise<OpenedQaSet>;

const USAGE = `Usage:
  verso qa SET [--json] [--fail-on minor|major|critical]
  verso qa FILE... [--json] [--fail-on minor|major|critical]
SET is a folder or its verso.json. FILE names like guide.en.md give the language (en); the first FILE is the source.
Exit code 1 when a finding is at least as severe as --fail-on, else 0.`;

const severityRank: Record<QaSeverity, number> = { minor: 1, major: 2, critical: 3 };

interface Parsed {
  inputs: string[];
  json: boolean;
  failOn: QaSeverity | null;
}

function parseArgs(argv: string[]): Parsed | string {
  const out: Parsed = { inputs: [], json: false, failOn: null };
  for (let k = 0; k < argv.length; k += 1) {
    const arg = argv[k] as string;
    if (arg === '--json') out.json = true;
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

async function openFiles(files: string[], io: QaCommandIo): Promise<OpenedQaSet> {
  const texts = await Promise.all(files.map((file) => io.readFile(file)));
  return {
    documents: files.map((file) => ({ id: file, language: languageFromFileName(file), path: file })),
    texts,
    sourceIndex: 0,
  };
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
  let opened: OpenedQaSet;
  let findings: Finding[];
  try {
    opened = isSetArgument(args.inputs) ? await openSet(args.inputs[0] as string) : await openFiles(args.inputs, io);
    findings = findingsOf(opened);
  } catch (error) {
    io.stderr(`verso qa: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  io.stdout(args.json ? asJson(findings, opened) : asText(findings, opened));
  const threshold = args.failOn;
  if (threshold === null) return 0;
  return findings.some((f) => severityRank[f.severity] >= severityRank[threshold]) ? 1 : 0;
}

function findingsOf(opened: OpenedQaSet): Finding[] {
  const { documents, texts, sourceIndex } = opened;
  const alignment = alignDocuments(
    documents.map((doc, k) => {
      const text = texts[k] ?? '';
      return { path: doc.path, language: doc.language, text, blocks: parseDocument(text, formatOf(doc.path)) };
    }),
    { level: 'sentence', sourceIndex },
  );
  return runQa({ ...qaInputFromAlignment(alignment, texts, { sourceIndex, ids: documents.map((d) => d.id) }), glossary: opened.glossary, customChecks: opened.customChecks });
}

function asJson(findings: Finding[], opened: OpenedQaSet): string {
  const pathOf = (index: number): string => opened.documents[index]?.path ?? String(index);
  const out = findings.map((f) => ({
    check: f.check,
    severity: f.severity,
    category: f.category,
    document: pathOf(f.documentIndex),
    start: f.start,
    end: f.end,
    message: f.message,
    related: f.related.map((r) => ({ document: pathOf(r.documentIndex), start: r.start, end: r.end })),
  }));
  return `${JSON.stringify({ findings: out }, null, 2)}\n`;
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

function asText(findings: Finding[], opened: OpenedQaSet): string {
  const count = opened.documents.length;
  if (findings.length === 0) return `No findings in ${count} document${count === 1 ? '' : 's'}.\n`;
  const lines = findings.map((f) => {
    const text = opened.texts[f.documentIndex] ?? '';
    const where = lineAndColumn(text, f.start);
    const excerpt = text.slice(f.start, f.end).replace(/\s+/g, ' ');
    const shown = excerpt.length > 60 ? `${excerpt.slice(0, 59)}…` : excerpt;
    const file = opened.documents[f.documentIndex]?.path ?? '';
    return `${file}:${where.line}:${where.column}: ${f.severity} [${f.check}] ${f.message}${shown ? `  “${shown}”` : ''}`;
  });
  const tally = (['critical', 'major', 'minor'] as const)
    .map((s) => [s, findings.filter((f) => f.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s}`)
    .join(', ');
  return `${lines.join('\n')}\n${findings.length} finding${findings.length === 1 ? '' : 's'} (${tally}) in ${count} documents.\n`;
}

/** The openSet callback over a ReviewService: documents named by their absolute paths. */
export function setOpenerFor(service: Pick<ReviewHandlers, 'openSet'>, warn: (text: string) => void): QaSetOpener {
  return async (setPath) => {
    const { set, texts, problems } = await service.openSet({ path: setPath });
    for (const problem of problems) warn(`verso qa: warning: ${problem.file}: ${problem.message}\n`);
    const sourceIndex = set.sourceId === null ? null : set.documents.findIndex((d) => d.id === set.sourceId);
    const { glossary, customChecks, problems: configProblems } = await readQaConfig(set.root);
    for (const problem of configProblems) warn(`verso qa: warning: ${problem}\n`);
    return {
      documents: set.documents.map((d) => ({ id: d.id, language: d.language, path: path.join(set.root, d.id) })),
      texts,
      sourceIndex: sourceIndex !== null && sourceIndex < 0 ? null : sourceIndex,
      glossary,
      customChecks,
    };
  };
}
