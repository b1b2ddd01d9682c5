// Resolves the SET argument of a command to an absolute path that exists.
import { existsSync } from 'node:fs';
import path from 'node:path';

export function resolveSetPath(given: string, cwd: string): string {
  const resolved = path.resolve(cwd, given);
  if (!existsSync(resolved)) {
    throw new Error(`${resolved}: no such folder or file. SET is a folder of documents or a verso.json manifest.`);
  }
  return resolved;
}
