// `verso align FILE... [--level sentence|paragraph] [--source N] [--json]` and
// `verso align --segmented SRC TGT` (one sentence per line in, one bead per line out).
import { alignDocuments, alignSegmented, formatBead } from '../../shared/align/index.js';
import { parseDocument } from '../../shared/formats/index.js';
import type { AlignLevel, Alignment, DocumentFormat } from '../../shared/model.js';

export interface AlignCommandIo {
  readFile(path: string): Promise<string>;
  stdout(text: string): void;
  stderr(text: string): void;
}

const USAGE = `Usage:
  verso align FILE... [--level sentence|paragraph] [--source INDEX] [--json]
  verso align --segmented SOURCE TARGET
FILE names like guide.en.md give the language (en); .md files are read as Markdown, others as text.`;

interface Parsed {
  files: string[];
  level: AlignLevel;
  json: boolean;
  segmented: boolean;
  source: number | null;
}

function parseArgs(argv: string[]): Parsed | string {
  const out: Parsed = { files: [], level: 'sentence', json: false, segmented: false, source: null };
  for (let k = 0; k < argv.length; k += 1) {
    const arg = argv[k] as string;
    if (arg === '--json') out.json = true;
    else if (arg === '--segmented') out.segmented = true;
    else if (arg === '--level' || arg.startsWith('--level=')) {
      const value = arg.includes('=') ? arg.slice(8) : argv[++k];
      if (value !== 'sentence' && value !== 'paragraph') return `--level must be "sentence" or "paragraph", not "${value ?? ''}".`;
      out.level = value;
    } else if (arg === '--source' || arg.startsWith('--source=')) {
      const value = arg.includes('=') ? arg.slice(9) : argv[++k];
      const n = Number(value);
      if (!Number.isInteger(n) || n < 0) return `--source takes the 0-based index of the source file among the FILE arguments, not "${value ?? ''}".`;
      out.source = n;
    } else if (arg === '--help' || arg === '-h') return '';
    else if (arg.startsWith('--')) return `Unknown option ${arg}.`;
    else out.files.push(arg);
  }
  return out;
}

/** `guide.pt-BR.md` -> `pt-BR`; `und` when the name carries no language. */
export function languageFromFileName(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? path;
  const parts = name.split('.');
  if (parts.length < 3) return 'und';
  const tag = parts[parts.length - 2] ?? '';
  return /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(tag) ? tag : 'und';
}

function formatOf(path: string): DocumentFormat {
  return /\.(md|markdown)$/i.test(path) ? 'md' : 'txt';
}

export async function runAlignCommand(argv: string[], io: AlignCommandIo): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    io.stderr(args ? `verso align: ${args}\n${USAGE}\n` : `${USAGE}\n`);
    return args ? 2 : 0;
  }
  if (args.segmented) {
    if (args.files.length !== 2) {
      io.stderr(`verso align --segmented takes exactly two files (source and target), got ${args.files.length}.\n${USAGE}\n`);
      return 2;
    }
    const [src, tgt] = await readAll(args.files, io);
    const beads = alignSegmented(sentenceLines(src ?? ''), sentenceLines(tgt ?? ''), {
      source: languageFromFileName(args.files[0] ?? ''),
      target: languageFromFileName(args.files[1] ?? ''),
    });
    io.stdout(beads.map(formatBead).join('\n') + (beads.length > 0 ? '\n' : ''));
    return 0;
  }
  if (args.files.length === 0) {
    io.stderr(`verso align: give one to six files to align.\n${USAGE}\n`);
    return 2;
  }
  if (args.source !== null && args.source >= args.files.length) {
    io.stderr(`verso align: --source ${args.source} is outside the ${args.files.length} files given (0 to ${args.files.length - 1}).\n`);
    return 2;
  }
  const texts = await readAll(args.files, io);
  let alignment: Alignment;
  try {
    alignment = alignDocuments(
      args.files.map((path, k) => ({ path, language: languageFromFileName(path), text: texts[k] ?? '', blocks: parseDocument(texts[k] ?? '', formatOf(path)) })),
      { level: args.level, sourceIndex: args.source },
    );
  } catch (error) {
    io.stderr(`verso align: ${(error as Error).message}\n`);
    return 1;
  }
  io.stdout(args.json ? `${JSON.stringify(alignment, null, 2)}\n` : sideBySide(alignment));
  return 0;
}

async function readAll(files: string[], io: AlignCommandIo): Promise<string[]> {
  return Promise.all(files.map((f) => io.readFile(f)));
}

/** One sentence per line; a final line ending does not make an extra empty sentence. */
function sentenceLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split(/\r\n|\n|\r/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

const TABLE_WIDTH = 120;

function sideBySide(alignment: Alignment): string {
  const n = alignment.documents.length;
  const head = 12;
  const col = Math.max(16, Math.floor((TABLE_WIDTH - head) / n) - 3);
  const cell = (s: string): string => {
    const flat = s.replace(/\s+/g, ' ');
    return flat.length > col ? `${flat.slice(0, col - 1)}…` : flat.padEnd(col);
  };
  const lines = [`${'row'.padEnd(head)}${alignment.documents.map((d) => cell(`${d.path} (${d.language})`)).join(' | ')}`];
  lines.push('-'.repeat(head + n * (col + 3) - 3));
  alignment.rows.forEach((row, k) => {
    const label = `${k} ${row.kind === 'moved' ? `mv>${row.movedFrom ?? '?'}` : row.kind === 'partial' ? 'gap' : ''}`.padEnd(head - 5) + row.score.toFixed(2).padStart(5);
    lines.push(`${label}${row.cells.map((segments) => cell(segments.map((s) => s.text).join(' ') || '—')).join(' | ')}`);
  });
  return `${lines.join('\n')}\n`;
}
