// The import rules of DESIGN.md §1 are enforced by the linter: a file that breaks them fails
// `npm test`. Each case lints a snippet as if it were a file in that layer.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('layer rules (DESIGN.md §1)', () => {
  it('shared/ may not use Node, Electron, the DOM or the UI layers', async () => {
    expect(await problems('shared/example.ts', "import fs from 'node:fs';\nexport const x = fs;\n")).toContainEqual(expect.stringMatching(/no-restricted-imports.*electron\//));
    expect(await problems('shared/example.ts', "import { app } from 'electron';\nexport const x = app;\n")).toContainEqual(expect.stringMatching(/no-restricted-imports/));
    expect(await problems('shared/example.ts', "import { api } from '../renderer/api.js';\nexport const x = api;\n")).toContainEqual(expect.stringMatching(/no-restricted-imports/));
    expect(await problems('shared/example.ts', 'export const x = document.title;\n')).toContainEqual(expect.stringMatching(/no-restricted-globals.*pure/));
    expect(await problems('shared/example.ts', 'export const x = process.env.HOME;\n')).toContainEqual(expect.stringMatching(/no-restricted-globals/));
  });

  it('renderer/ may not use Node or Electron', async () => {
    expect(await problems('renderer/example.ts', "import path from 'node:path';\nexport const x = path;\n")).toContainEqual(expect.stringMatching(/no-restricted-imports/));
    expect(await problems('renderer/example.ts', "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n")).toContainEqual(expect.stringMatching(/no-restricted-imports/));
    expect(await problems('renderer/example.ts', "import { x as y } from '../electron/paths.js';\nexport const x = y;\n")).toContainEqual(expect.stringMatching(/no-restricted-imports/));
  });

  // Every Node built-in counts, named with or without `node:`, imported statically or with import().
  const bareBuiltins = ['buffer', 'zlib', 'assert', 'fs', 'fs/promises', 'path', 'crypto', 'child_process', 'os', 'url', 'util', 'stream', 'events', 'worker_threads'];

  it('shared/ and renderer/ may not import a bare Node built-in (no node: prefix)', async () => {
    for (const layer of ['shared', 'renderer']) {
      for (const name of bareBuiltins) {
        expect(await problems(`${layer}/example.ts`, `import * as m from '${name}';\nexport const x = m;\n`), `${layer} ${name}`).toContainEqual(expect.stringMatching(/^no-restricted-imports: .*Node APIs belong in electron\//));
      }
      expect(await problems(`${layer}/example.ts`, "export { inflate } from 'zlib';\n")).toContainEqual(expect.stringMatching(/^no-restricted-imports: .*Node APIs/));
      expect(await problems(`${layer}/example.ts`, "import type { Readable } from 'stream';\nexport type X = Readable;\n")).toContainEqual(expect.stringMatching(/^no-restricted-imports: .*Node APIs/));
    }
  });

  it('shared/ and renderer/ may not load Node or Electron with import()', async () => {
    for (const layer of ['shared', 'renderer']) {
      for (const name of ['node:fs', 'fs', 'node:path', ...bareBuiltins]) {
        expect(await problems(`${layer}/example.ts`, `export const load = () => import('${name}');\n`), `${layer} import('${name}')`).toContainEqual(expect.stringMatching(/^no-restricted-syntax: Node APIs belong in electron\//));
      }
      expect(await problems(`${layer}/example.ts`, 'export const load = () => import(`node:fs`);\n')).toContainEqual(expect.stringMatching(/^no-restricted-syntax: Node APIs/));
      expect(await problems(`${layer}/example.ts`, "export const load = async () => (await import('fs/promises')).readFile;\n")).toContainEqual(expect.stringMatching(/^no-restricted-syntax: Node APIs/));
      expect(await problems(`${layer}/example.ts`, "export const load = () => import('electron');\n")).toContainEqual(expect.stringMatching(/^no-restricted-syntax: Only electron\/ may import electron/));
      // The rule that existed before these still holds where no-restricted-syntax is set again.
      expect(await problems(`${layer}/example.ts`, "export const x = require('zod');\n")).toContainEqual(expect.stringMatching(/^no-restricted-syntax: Use ES imports/));
    }
  });

  it('electron/ may not import the renderer, and only preload.ts and ipc.ts touch IPC', async () => {
    expect(await problems('electron/example.ts', "import { api } from '../renderer/api.js';\nexport const x = api;\n")).toContainEqual(expect.stringMatching(/no-restricted-imports/));
    expect(await problems('electron/example.ts', "import { ipcMain } from 'electron';\nexport const x = ipcMain;\n")).toContainEqual(expect.stringMatching(/no-restricted-imports.*ipcMain/));
    expect(await problems('electron/ipc.ts', "import { ipcMain } from 'electron';\nexport const x = ipcMain;\n")).toEqual([]);
    expect(await problems('electron/preload.ts', "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n")).toEqual([]);
  });

  it('allows what each layer may use', async () => {
    expect(await problems('shared/example.ts', "import { z } from 'zod';\nexport const x = z.string();\n")).toEqual([]);
    expect(await problems('renderer/example.ts', "import type { Segment } from '../shared/model.js';\nexport const x: Segment | null = document ? null : null;\n")).toEqual([]);
    expect(await problems('electron/example.ts', "import fs from 'node:fs';\nimport { parseApiArgs } from '../shared/api.js';\nexport const x = [fs, parseApiArgs];\n")).toEqual([]);
    expect(await problems('electron/example.ts', "import zlib from 'zlib';\nexport const load = () => import('node:fs');\nexport const x = zlib;\n")).toEqual([]);
    // Local modules and packages that only share a name or a prefix with a built-in are not Node APIs.
    for (const layer of ['shared', 'renderer']) {
      expect(await problems(`${layer}/example.ts`, "import bus from '../events/bus.js';\nimport * as paths from './path.js';\nexport const x = [bus, paths];\n")).toEqual([]);
      expect(await problems(`${layer}/example.ts`, "export const load = () => [import('./fs.js'), import('../stream/reader.js'), import('zod')];\n")).toEqual([]);
      expect(await problems(`${layer}/example.ts`, "import { diffWords } from 'diff';\nimport anyAscii from 'any-ascii';\nexport const x = [diffWords, anyAscii];\n")).toEqual([]);
    }
    expect(await problems('renderer/example.ts', "export const load = () => import('monaco-editor');\n")).toEqual([]);
  });
});
