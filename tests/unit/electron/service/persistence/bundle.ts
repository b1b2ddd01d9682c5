// Bundles a child script with esbuild, so child processes run the real store code under plain node.
import { build } from 'esbuild';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `name`: a script in this folder without its extension (saving-loop-child, adding-child). */
export async function bundleChild(name: string): Promise<string> {
  const outfile = join(await mkdtemp(join(tmpdir(), 'verso-child-bundle-')), `${name}.cjs`);
  await build({
    entryPoints: [join(dirname(fileURLToPath(import.meta.url)), `${name}.ts`)],
    bundle: true,
    minify: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    outfile,
    logLevel: 'warning',
  });
  return outfile;
}
