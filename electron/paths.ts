// Where things are: the user's settings folder and the parts of an installed Verso checkout.
import os from 'node:os';
import path from 'node:path';

/** `$VERSO_USER_DATA`, else `$XDG_CONFIG_HOME/verso`, else `~/.config/verso`. */
export function defaultUserDataDir(env: NodeJS.ProcessEnv = process.env, home: string = os.homedir()): string {
  if (env.VERSO_USER_DATA) return path.resolve(env.VERSO_USER_DATA);
  const xdg = env.XDG_CONFIG_HOME;
  const configDir = xdg && path.isAbsolute(xdg) ? xdg : path.join(home, '.config');
  return path.join(configDir, 'verso');
}

/** The files of a Verso checkout or install, from its root folder. */
export interface AppLayout {
  root: string;
  rendererDir: string;
  samplesDir: string;
  /** The sample set opened by `npm start` and `verso serve` without a SET. */
  defaultSet: string;
  electronMain: string;
  /** The alignment engine's worker thread bundle. */
  alignWorker: string;
}

export function appLayout(root: string): AppLayout {
  const samplesDir = path.join(root, 'samples');
  return {
    root,
    rendererDir: path.join(root, 'dist', 'renderer'),
    samplesDir,
    defaultSet: path.join(samplesDir, 'article'),
    electronMain: path.join(root, 'dist', 'electron', 'main.cjs'),
    // Unpacked from app.asar in a packaged app: worker threads load files from disk.
    alignWorker: path.join(root.replace(/app\.asar$/, 'app.asar.unpacked'), 'dist', 'align-worker.cjs'),
  };
}
