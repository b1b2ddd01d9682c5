#!/usr/bin/env node
// `npm start [-- SET]`: builds, then opens the Electron app on SET (default: samples/article).
// Without an Electron binary, `verso open` explains what is missing and suggests `npm run serve`.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ensureBuilt, root } from './ensure-built.mjs';

ensureBuilt();
// npm runs scripts in the package folder; a relative SET means the folder the user typed it in.
const invokedFrom = process.env.INIT_CWD ?? process.cwd();
// Without a SET, `verso open` uses the default sample set.
const result = spawnSync(process.execPath, [path.join(root, 'dist', 'cli.cjs'), 'open', '--wait', ...process.argv.slice(2)], { stdio: 'inherit', cwd: invokedFrom });
process.exit(result.status ?? 1);
