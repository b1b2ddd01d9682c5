// Writes that never leave a half-written file: write a temporary file in the same folder, flush it
// to disk, then rename it over the target (rename is atomic within one file system). DESIGN.md §5.
import { randomBytes } from 'node:crypto';
import { copyFile, link, mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { errnoCode } from './errors.js';

export interface AtomicWriteOptions {
  /** Keep the file being replaced as `<file>.bak`. */
  backup?: boolean;
}

export async function writeFileAtomic(file: string, content: string, options: AtomicWriteOptions = {}): Promise<void> {
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
