#!/usr/bin/env node
// Builds everything Verso runs: the renderer (Vite), the Electron main and preload bundles, and
// the `verso` CLI (esbuild). `--node-only` skips the renderer (fast rebuild of the Node side).
// The CLI finds the renderer and samples relative to itself: DIST/renderer and DIST/../samples.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const nodeOnly = process.argv.includes('--node-only');
// --dist DIR builds into another folder (parallel work or test runs that must not share dist/).
const distArg = process.argv.indexOf('--dist');
const dist = path.resolve(root, distArg >= 0 ? process.argv[distArg + 1] : 'dist');

const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: false, logLevel: 'warning', absWorkingDir: root };

await Promise.all([
  build({ ...common, entryPoints: ['electron/main.ts'], outfile: path.join(dist, 'electron/main.cjs'), external: ['electron'] }),
  // Sandboxed preloads may only require('electron') and a few polyfilled modules: one file.
  build({ ...common, entryPoints: ['electron/preload.ts'], outfile: path.join(dist, 'electron/preload.cjs'), external: ['electron'] }),
  // The CLI: dist/cli.cjs picks dist/cli-align.cjs for `verso align` (quick to start), else the full
  // CLI, dist/cli-main.cjs (electron/cli-launcher.ts).
  build({ ...common, entryPoints: ['electron/cli-launcher.ts'], outfile: path.join(dist, 'cli.cjs') }),
  build({ ...common, entryPoints: ['electron/cli-align.ts'], outfile: path.join(dist, 'cli-align.cjs') }),
  build({ ...common, entryPoints: ['electron/cli.ts'], outfile: path.join(dist, 'cli-main.cjs'), external: ['electron'] }),
  build({ ...common, entryPoints: ['electron/service/align-worker.ts'], outfile: path.join(dist, 'align-worker.cjs') }),
]);

if (!nodeOnly) {
  const vite = spawnSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn', '--outDir', path.join(dist, 'renderer')], { cwd: root, stdio: 'inherit' });
  if (vite.status !== 0) process.exit(vite.status ?? 1);
}
