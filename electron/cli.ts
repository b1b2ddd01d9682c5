// The `verso` command (bundled to dist/cli.cjs; bin/verso.cjs loads it).
import path from 'node:path';
import { nodeCliContext } from './cli/context.js';
import { runCli } from './cli/run.js';

// dist/cli.cjs sits one folder below the checkout's root.
const root = path.resolve(__dirname, '..');

void runCli(process.argv.slice(2), nodeCliContext(root)).then((code) => {
  process.exitCode = code;
});
