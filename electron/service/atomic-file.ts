// Writes that never leave a half-written file: write a temporary file in the same folder, flush it
// to disk, then rename it over the target (rename is atomic within one file system). DESIGN.md §5.
import { randomBytes } from 'node:crypto';
import { copyFile, link, mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { errnoCode, ReviewError } from './errors.js';

export interface AtomicWriteOptions {
  /** Keep the file being replaced as `<file>.bak`. */
  backup?: boolean;
}

export async function writeFileAtomic(file: string, content: string, options: AtomicWriteOptions = {}): Promise<void> {
  try {
    await writeAtomically(file, content, options);
  } catch (error) {
    throw unwritable(file, error);
  }
}

/**
 * The reviewer's version of a failed write: which file, why, and what to do — never the name of a
 * hidden temporary file. Errors that already speak to the reviewer pass through.
 */
export function unwritable(file: string, error: unknown): Error {
  if (error instanceof ReviewError) return error;
  const code = errnoCode(error);
  const folder = dirname(file);
  const advice: Record<string, string> = {
    EACCES: `the folder ${folder} is not writable for you. Copy the set to a folder you can write to, or ask for write access`,
    EPERM: `the folder ${folder} does not allow changes. Copy the set to a folder you can write to, or ask for write access`,
    EROFS: `${folder} is on a read-only drive. Copy the set to a writable drive`,
    ENOSPC: `the drive holding ${folder} is full. Free some space and save again`,
    EDQUOT: `your disk quota on ${folder} is used up. Free some space and save again`,
  };
  const why = (code && advice[code]) ?? `${error instanceof Error ? error.message : String(error)}. Check that ${folder} is writable and save again`;
  return new ReviewError(`Cannot save ${basename(file)}: ${why}.`, 'not-writable');
}

async function writeAtomically(file: string, content: string, options: AtomicWriteOptions): Promise<void> {
  const folder = dirname(file);
  await mkdir(folder, { recursive: true });
  // A hidden name, so set discovery never mistakes a leftover temporary file for a document.
  const temporary = join(folder, `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await open(temporary, 'wx');
  try {
    await handle.writeFile(content, 'utf8');
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temporary, { force: true });
    throw error;
  }
  await handle.close();
  try {
    if (options.backup) await backUp(file);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  await syncFolder(folder);
}

// The backup is replaced atomically too (a hard link to the current file under a temporary name,
// renamed over the .bak), so a save killed at any moment leaves either the old or the new backup.
async function backUp(file: string): Promise<void> {
  const backup = `${file}.bak`;
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.bak.tmp`);
  try {
    await link(file, temporary);
  } catch (error) {
    const code = errnoCode(error);
    if (code === 'ENOENT') return;
    // File systems without hard links (FAT, some network shares): a copy, still renamed into place.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'EMLINK' && code !== 'EEXIST') throw error;
    await copyFile(file, temporary);
  }
  try {
    await rename(temporary, backup);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

// Makes the rename itself durable. Windows cannot open a folder for syncing; the rename is still
// atomic there, only its durability across a power cut is weaker.
async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // See above: best effort.
  }
}
