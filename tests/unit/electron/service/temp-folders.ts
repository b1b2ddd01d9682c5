// Real folders under the system temp folder, removed after each test.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach } from 'vitest';

const made: string[] = [];

afterEach(async () => {
  await Promise.all(made.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
});

export async function tempFolder(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'verso-service-'));
  made.push(folder);
  return folder;
}

/** Writes files (string contents as UTF-8) under `root`, creating sub-folders. */
export async function writeFiles(root: string, files: Record<string, string | Uint8Array>): Promise<void> {
  for (const [path, content] of Object.entries(files)) {
    const file = join(root, ...path.split('/'));
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, content);
  }
}

/** A folder with the given files. */
export async function setFolder(files: Record<string, string | Uint8Array>): Promise<string> {
  const root = await tempFolder();
  await writeFiles(root, files);
  return root;
}
