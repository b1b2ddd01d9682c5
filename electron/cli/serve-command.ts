// `verso serve [SET] [--port N] [--no-open]`: browser mode. Prints the address with its token and
// serves until Ctrl+C.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { startHttpHost } from '../http-host.js';
import { defaultUserDataDir } from '../paths.js';
import { parseArgs, parsePort, UsageError } from './args.js';
import type { CliContext } from './context.js';
import { resolveSetPath } from './set-path.js';

export async function runServeCommand(argv: string[], context: CliContext): Promise<number> {
  const args = parseArgs(argv, { valued: ['port'], switches: ['no-open'] }, 'serve');
  if (args.positionals.length > 1) throw new UsageError('verso serve: give at most one SET (a folder or a verso.json).');
  const port = parsePort(args.values.get('port'), 'serve');
  const given = args.positionals[0];
  const { layout } = context;
  const set = given === undefined ? (existsSync(layout.defaultSet) ? layout.defaultSet : null) : resolveSetPath(given, context.cwd);
  if (!existsSync(path.join(layout.rendererDir, 'index.html'))) {
    context.io.stderr(`verso: the app is not built (${path.join(layout.rendererDir, 'index.html')} is missing). Run "npm run build" in ${layout.root} first.\n`);
    return 1;
  }
  const service = await context.createService({
    userDataDir: defaultUserDataDir(context.env),
    host: 'browser',
    initialSet: set,
    samplesDir: layout.samplesDir,
  });
  let host;
  try {
    host = await startHttpHost({ service, rendererDir: layout.rendererDir, port });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      context.io.stderr(`verso serve: port ${port} is already in use. Pick another with --port N, or leave --port out to use any free port.\n`);
      return 1;
    }
    throw error;
  }
  context.io.stdout(`Verso is serving ${set ?? 'the start screen'} for review in your browser at:\n\n  ${host.url}\n\nThe address includes this run's access token; only this machine can connect. Press Ctrl+C to stop.\n`);
  if (!args.switches.has('no-open')) context.openInBrowser(host.url);
  await context.stopRequested();
  await host.close();
  // A comment saved just before Ctrl+C must reach its sidecar before the process ends.
  await service.flush();
  await service.dispose();
  context.io.stdout('Verso stopped.\n');
  return 0;
}
