// `verso open [SET]`: the desktop app on SET, or a clear message where Electron is not installed.
import { existsSync } from 'node:fs';
import { noElectronMessage } from '../electron-binary.js';
import { parseArgs, UsageError } from './args.js';
import type { CliContext } from './context.js';
import { resolveSetPath } from './set-path.js';

export async function runOpenCommand(argv: string[], context: CliContext): Promise<number> {
  const args = parseArgs(argv, { switches: ['wait'] }, 'open');
  if (args.positionals.length > 1) throw new UsageError('verso open: give one SET (a folder or a verso.json).');
  const given = args.positionals[0];
  const set = given === undefined ? context.layout.defaultSet : resolveSetPath(given, context.cwd);
  const binary = context.findElectron();
  if (!binary.found) {
    context.io.stderr(noElectronMessage(binary.reason, given));
    return 1;
  }
  if (!existsSync(context.layout.electronMain)) {
    context.io.stderr(`verso: ${context.layout.electronMain} is missing. Run "npm run build" in ${context.layout.root} first.\n`);
    return 1;
  }
  context.io.stdout(`Opening ${set} in Verso.\n`);
  return context.launchElectron(binary.path, [context.layout.electronMain, set], args.switches.has('wait'));
}
