#!/usr/bin/env node
// `npm run serve [-- SET] [--port N] [--no-open]`: builds if needed, then `verso serve`, which
// prints the address (with its access token) to open in a browser.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ensureBuilt, root } from './ensure-built.mjs';

ensureBuilt();
// npm runs scripts in the package folder; a relative SET means the folder the user typed it in.
const invokedFrom = process.env.INIT_CWD ?? process.cwd();
const child = spawn(process.execPath, [path.join(root, 'dist', 'cli.cjs'), 'serve', ...process.argv.slice(2)], { stdio: 'inherit', cwd: invokedFrom });
// Ctrl+C reaches the child through the terminal; the parent only waits for it to finish.
process.on('SIGINT', () => {});
process.on('SIGTERM', () => child.kill('SIGTERM'));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
