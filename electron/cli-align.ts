// `verso align` on its own, bundled to dist/cli-align.cjs (dist/cli.cjs runs it for that command;
// see electron/cli-launcher.ts): what runCli does for `align`, without the other commands' code.
import { runAlignCommand } from './cli/align-command.js';
import { failureMessage } from './cli/failure.js';
import { readTextFile } from './cli/read-text.js';

const io = { stdout: (text: string) => process.stdout.write(text), stderr: (text: string) => process.stderr.write(text) };

runAlignCommand(process.argv.slice(3), { readFile: readTextFile, ...io }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    io.stderr(failureMessage(error));
    process.exitCode = 1;
  },
);
