// Dispatches `verso <command> …` and turns failures into exit codes: 1 with the message on
// standard error, 2 for bad usage. Commands load on demand, so a quick command starts quickly.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from './args.js';
import type { CliContext } from './context.js';
import { HELP_TEXT } from './help.js';
import { defaultUserDataDir } from '../paths.js';
import { resolveSetPath } from './set-path.js';
import { readTextFile } from './read-text.js';
import { failureMessage } from './failure.js';

function version(root: string): string {
  try {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version?: string };
    return pkg.version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

export async function runCli(argv: string[], context: CliContext): Promise<number> {
  const [command, ...rest] = argv;
  const { io } = context;
  try {
    switch (command) {
      case undefined:
        io.stderr(HELP_TEXT);
        return 2;
      case '--help':
      case '-h':
      case 'help':
        io.stdout(HELP_TEXT);
        return 0;
      case '--version':
      case '-v':
        io.stdout(`verso ${version(context.layout.root)}\n`);
        return 0;
      case 'open':
        return await (await import('./open-command.js')).runOpenCommand(rest, context);
      case 'serve':
        return await (await import('./serve-command.js')).runServeCommand(rest, context);
      case 'export':
        return await (await import('./export-command.js')).runExportCommand(rest, context);
      case 'align':
        return await (await import('./align-command.js')).runAlignCommand(rest, { readFile: readTextFile, stdout: io.stdout, stderr: io.stderr });
      case 'qa': {
        const { runQaCommand, setOpenerFor } = await import('./qa-command.js');
        const service = await context.createService({ userDataDir: defaultUserDataDir(context.env), host: 'browser', samplesDir: context.layout.samplesDir });
        const openSet = setOpenerFor(service, io.stderr);
        try {
          return await runQaCommand(rest, { readFile: readTextFile, stdout: io.stdout, stderr: io.stderr }, (p) => openSet(resolveSetPath(p, context.cwd)));
        } finally {
          await service.dispose();
        }
      }
      case 'validate':
        return await (await import('./validate-command.js')).runValidateCommand(rest, context);
      case 'merge-driver':
        return await (await import('./merge-driver-command.js')).runMergeDriverCommand(rest, context);
      default:
        throw new UsageError(`verso: unknown command "${command}".`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${error.message}\nRun "verso --help" for the commands and examples.\n`);
      return 2;
    }
    io.stderr(failureMessage(error));
    return 1;
  }
}
