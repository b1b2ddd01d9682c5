// Finds the Electron executable the `electron` npm package points at. The package can be present
// without its binary (installed offline, or with scripts disabled), so "installed" means the
// executable exists on disk.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

export type ElectronBinary = { found: true; path: string } | { found: false; reason: string };

/** `requireFrom`: a file whose node_modules should be searched, e.g. the app's package.json. */
export function findElectronBinary(requireFrom: string): ElectronBinary {
  let binary: unknown;
  try {
    binary = createRequire(requireFrom)('electron');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'MODULE_NOT_FOUND') return { found: false, reason: 'the "electron" npm package is not installed' };
    // The package throws this when its postinstall download never ran (offline install, scripts off).
    return { found: false, reason: 'the "electron" npm package is installed without its binary (node_modules/electron/dist is missing: the download at install time did not happen)' };
  }
  if (typeof binary !== 'string') return { found: false, reason: 'the "electron" package did not return a binary path' };
  if (!existsSync(binary)) return { found: false, reason: `${binary} does not exist` };
  return { found: true, path: binary };
}

/** What to tell someone who asked for the desktop app where it cannot run; `set` as they typed it. */
export function noElectronMessage(reason: string, set?: string): string {
  const setArg = set === undefined ? '' : ` ${/\s/.test(set) ? JSON.stringify(set) : set}`;
  return [
    'Verso cannot open the desktop app: no Electron binary is installed.',
    `  Why: ${reason}.`,
    'To get one:',
    '  - on a machine with internet access run `npm install electron` in the Verso folder (it downloads the binary;',
    '    where npm install scripts are turned off, run `node node_modules/electron/install.js` afterwards), or',
    '  - set ELECTRON_OVERRIDE_DIST_PATH to a folder holding an unpacked Electron 41 build.',
    'Or review in your browser now, no Electron needed:',
    `  npm run serve${setArg ? ` --${setArg}` : ''}    (in the Verso folder)`,
    `  npx verso serve${setArg}`,
    '',
  ].join('\n');
}
