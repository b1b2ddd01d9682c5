// Builds what `npm start` and `npm run serve` need: the Node side always (esbuild, about a
// second), the renderer only when dist/renderer is missing or older than its sources (Vite and
// Monaco take much longer).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function newestChange(dir) {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestChange(full) : statSync(full).mtimeMs);
  }
  return newest;
}

export function rendererIsStale() {
  const built = path.join(root, 'dist', 'renderer', 'index.html');
  if (!existsSync(built)) return true;
  const sources = Math.max(newestChange(path.join(root, 'renderer')), newestChange(path.join(root, 'shared')), statSync(path.join(root, 'vite.config.ts')).mtimeMs);
  return sources > statSync(built).mtimeMs;
}

export function ensureBuilt() {
  const args = [path.join(root, 'scripts', 'build.mjs')];
  if (!rendererIsStale()) args.push('--node-only');
  else console.log('Building Verso (the first build takes a little while)…');
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('The build failed (see above). Fix the error and run the command again.');
    process.exit(result.status ?? 1);
  }
}
