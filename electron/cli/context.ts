// Everything a `verso` command reaches outside its arguments: output, the checkout's layout, the
// environment, and the few operating-system actions (open a browser, launch Electron, wait for
// Ctrl+C). Commands take it as a parameter so tests can run them in-process.
import { spawn } from 'node:child_process';
import path from 'node:path';
import type { ExportFormat, ExportResult, ReviewHandlers } from '../../shared/api.js';
import { findElectronBinary, type ElectronBinary } from '../electron-binary.js';
import { appLayout, type AppLayout } from '../paths.js';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

export interface ServiceOptions {
  userDataDir: string;
  host: 'electron' | 'browser';
  initialSet?: string | null;
  samplesDir?: string;
}

export interface CliContext {
  io: CliIo;
  layout: AppLayout;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Loaded on demand: `verso align` and `verso --help` start faster without the service's code. */
  createService(options: ServiceOptions): Promise<CliService>;
  findElectron(): ElectronBinary;
  /**
   * Starts the desktop app: detached (resolves 0 at once), or attached with `wait` (resolves with
   * the app's exit code when it quits).
   */
  launchElectron(binary: string, args: string[], wait: boolean): Promise<number>;
  openInBrowser(url: string): void;
  /** Resolves when a long-running command should stop (Ctrl+C). */
  stopRequested(): Promise<void>;
}

function browserOpener(url: string): [string, string[]] {
  if (process.platform === 'darwin') return ['open', [url]];
  // The empty argument is start's window title (Node quotes it as ""); without it the URL would be taken as the title.
  if (process.platform === 'win32') return ['cmd', ['/c', 'start', '', url]];
  return ['xdg-open', [url]];
}

export type CliService = ReviewHandlers & {
  flush(): Promise<void>;
  dispose(): Promise<void>;
  exportNotesTo(root: string, format: ExportFormat, outPath: string): Promise<ExportResult>;
};

/** The real context: process streams, real ReviewService, real child processes and signals. */
export function nodeCliContext(root: string): CliContext {
  const io: CliIo = { stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text) };
  return {
    io,
    layout: appLayout(root),
    cwd: process.cwd(),
    env: process.env,
    async createService(options) {
      const { ReviewService } = await import('../service/review-service.js');
      return new ReviewService({ ...options, alignWorkerFile: appLayout(root).alignWorker });
    },
    findElectron: () => findElectronBinary(path.join(root, 'package.json')),
    launchElectron(binary, args, wait) {
      const env = { ...process.env };
      // Set by some tools; it would make the binary behave as plain Node instead of opening a window.
      delete env.ELECTRON_RUN_AS_NODE;
      return new Promise((resolve) => {
        const child = spawn(binary, args, wait ? { stdio: 'inherit', env } : { detached: true, stdio: 'ignore', env });
        child.on('error', (error) => {
          io.stderr(`verso: could not start ${binary}: ${error.message}\n`);
          resolve(1);
        });
        if (wait) {
          child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
        } else {
          child.on('spawn', () => resolve(0));
          child.unref();
        }
      });
    },
    openInBrowser(url) {
      const [command, args] = browserOpener(url);
      const child = spawn(command, args, { detached: true, stdio: 'ignore' });
      child.on('error', () => io.stderr(`verso: could not open a browser (${command}); open the address above yourself.\n`));
      child.unref();
    },
    stopRequested: () =>
      new Promise((resolve) => {
        process.once('SIGINT', () => resolve());
        process.once('SIGTERM', () => resolve());
      }),
  };
}
