// The `verso` command, every command of it (bundled to dist/cli-main.cjs, which dist/cli.cjs loads:
// see cli-launcher.ts).
import path from 'node:path';
import { nodeCliContext } from './cli/context.js';
import { runCli } from './cli/run.js';

// dist/cli-main.cjs sits one folder below the checkout's root.
const root = path.resolve(__dirname, '..');

void runCli(process.argv.slice(2), nodeCliContext(root)).then((code) => {
  process.exitCode = code;
});
