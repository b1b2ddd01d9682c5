// Going back to a sidecar's backup when the sidecar itself cannot be used (it does not parse, has
// the wrong shape, is a folder…). Nothing is deleted: the unusable file is moved aside as
// `<sidecar>.broken-<time>` and the backup's content becomes the sidecar.
import { rename, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { writeFileAtomic } from './atomic-file.js';
import { errnoCode, ReviewError } from './errors.js';
import { readBackup, readSidecarFile, type SidecarStore } from './sidecar-store.js';

export interface RestoredBackup {
  /** Where the unusable sidecar was moved, or null when there was none. */
  keptAs: string | null;
}

/** Restores `<file>.bak` over `file`, as the only writer of `file`. */
export function restoreBackup(store: SidecarStore, file: string, now: Date): Promise<RestoredBackup> {
  return store.exclusive(file, async () => {
    const name = basename(file);
    const current = await readSidecarFile(file);
    if (!current.readOnly) {
      throw new ReviewError(`${name} can be read and edited (${file}), so its backup is not restored over it. To go back anyway, replace ${name} with ${name}.bak yourself.`, 'no-backup');
    }
    const backup = await readBackup(file);
    if (!('sidecar' in backup)) {
      throw new ReviewError(`The backup of ${name} cannot be used: ${backup.problem} Fix ${name} in a text editor instead.`, 'no-backup');
    }
    const keptAs = `${file}.broken-${now.toISOString().replace(/[:.]/g, '-')}`;
    let moved: string | null = keptAs;
    try {
      await stat(file);
      await rename(file, keptAs);
    } catch (error) {
      if (errnoCode(error) !== 'ENOENT') {
        throw new ReviewError(`${name} could not be moved aside to ${basename(keptAs)} (${errnoCode(error) ?? String(error)}), so the backup was not restored. Check the folder's permissions.`, 'no-backup');
      }
      moved = null;
    }
    await writeFileAtomic(file, backup.text);
    return { keptAs: moved };
  });
}
