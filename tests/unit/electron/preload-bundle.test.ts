import { build } from 'esbuild';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// A sandboxed preload may require only 'electron' (and a few polyfills): its import graph must not
// reach node:* modules or anything heavy.
describe('the preload bundle', () => {
  it('is one small file whose only require is electron', async () => {
    const result = await build({
      entryPoints: [path.resolve('electron/preload.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      external: ['electron'],
      write: false,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]?.text ?? '';
    const requires = [...code.matchAll(/require\(["']([^"']+)["']\)/g)].map((match) => match[1]);
    expect(new Set(requires)).toEqual(new Set(['electron']));
    expect(code.length).toBeLessThan(20_000);
  });
});
