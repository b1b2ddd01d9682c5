// A CliContext for running `verso` commands in-process: output is captured, the service is the
// real ReviewService on a temporary user-data folder, and the operating-system actions (launching
// Electron, opening a browser, Ctrl+C) are recorded or triggered by the test.
import type { CliContext } from '../../../../electron/cli/context.js';
import type { ElectronBinary } from '../../../../electron/electron-binary.js';
import { appLayout } from '../../../../electron/paths.js';
import { ReviewService } from '../../../../electron/service/review-service.js';

export interface TestCli {
  context: CliContext;
  out: string[];
  err: string[];
  launched: { binary: string; args: string[]; wait: boolean }[];
  opened: string[];
  stop(): void;
}

export function testCli(options: { root: string; cwd: string; userData: string; electron?: ElectronBinary }): TestCli {
  const out: string[] = [];
  const err: string[] = [];
  const launched: TestCli['launched'] = [];
  const opened: string[] = [];
  let stop: () => void = () => {};
  const stopped = new Promise<void>((resolve) => (stop = resolve));
  const context: CliContext = {
    io: { stdout: (text) => out.push(text), stderr: (text) => err.push(text) },
    layout: appLayout(options.root),
    cwd: options.cwd,
    env: { VERSO_USER_DATA: options.userData },
    createService: async (serviceOptions) => new ReviewService(serviceOptions),
    findElectron: () => options.electron ?? { found: false, reason: 'node_modules/electron/dist/electron does not exist' },
    launchElectron: async (binary, args, wait) => {
      launched.push({ binary, args, wait });
      return 0;
    },
    openInBrowser: (url) => opened.push(url),
    stopRequested: () => stopped,
  };
  return { context, out, err, launched, opened, stop: () => stop() };
}
