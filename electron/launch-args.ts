// The set named on the Electron command line: `electron dist/electron/main.cjs SET` in
// development, `Verso SET` when packaged. Chromium switches (`--inspect=0`, added by tools such as
// Playwright) are not sets.
import path from 'node:path';

export function setFromArgv(argv: readonly string[], isPackaged: boolean, cwd: string): string | null {
  const positionals = argv.slice(1).filter((arg) => !arg.startsWith('-'));
  // In development the first positional is the app itself (main.cjs or `.`).
  const set = (isPackaged ? positionals : positionals.slice(1))[0];
  return set === undefined ? null : path.resolve(cwd, set);
}
