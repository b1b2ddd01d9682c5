// `verso export SET [--format md|csv] [--out FILE]`: the review notes of a set, without a UI.
import path from 'node:path';
import { exportFormatSchema, type ExportFormat } from '../../shared/api.js';
import { defaultUserDataDir } from '../paths.js';
import { parseArgs, UsageError } from './args.js';
import type { CliContext } from './context.js';
import { resolveSetPath } from './set-path.js';

function pickFormat(given: string | undefined, out: string | undefined): ExportFormat {
  if (given !== undefined) {
    const parsed = exportFormatSchema.safeParse(given);
    if (!parsed.success) throw new UsageError(`verso export: --format must be md or csv, not "${given}".`);
    return parsed.data;
  }
  return out !== undefined && path.extname(out).toLowerCase() === '.csv' ? 'csv' : 'md';
}

export async function runExportCommand(argv: string[], context: CliContext): Promise<number> {
  const args = parseArgs(argv, { valued: ['format', 'out'] }, 'export');
  if (args.positionals.length !== 1) throw new UsageError('verso export: give exactly one SET (a folder or a verso.json).');
  const out = args.values.get('out');
  const format = pickFormat(args.values.get('format'), out);
  const setPath = resolveSetPath(args.positionals[0] as string, context.cwd);
  const service = await context.createService({ userDataDir: defaultUserDataDir(context.env), host: 'browser', samplesDir: context.layout.samplesDir });
  const opened = await service.openSet({ path: setPath });
  for (const problem of opened.problems) context.io.stderr(`verso export: warning: ${problem.file}: ${problem.message}\n`);
  const outPath = out === undefined ? undefined : path.resolve(context.cwd, out);
  const result = outPath === undefined ? await service.exportNotes({ root: opened.set.root, format }) : await service.exportNotesTo(opened.set.root, format, outPath);
  if (outPath === undefined) context.io.stdout(result.content.endsWith('\n') ? result.content : `${result.content}\n`);
  else context.io.stderr(`Wrote the review notes of ${opened.set.name} to ${result.savedTo ?? outPath}.\n`);
  return 0;
}
