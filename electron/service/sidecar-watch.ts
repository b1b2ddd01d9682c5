// Notices sidecars changed by someone else (another Verso, a text editor, `git pull`). The folders
// of the watched sidecars are watched rather than the files, so an editor that saves by writing a
// new file and renaming it over the old one is still seen; an event only marks the file for a
// fresh hash on the next question, so a burst of events costs one read. Where watching is not
// possible (some network or container file systems), or events were missed, the hash is
// recomputed anyway once it is older than RECHECK_AFTER.
import { watch, type FSWatcher } from 'node:fs';
import { basename, dirname } from 'node:path';
import { sidecarRevision } from './sidecar-store.js';

const RECHECK_AFTER = 10_000;

interface Known {
  revision: string;
  checkedAt: number;
  dirty: boolean;
}

export class SidecarWatch {
  private readonly folders = new Map<string, FSWatcher | null>();
  private readonly files = new Map<string, Known>();

  constructor(private readonly clock: () => number = Date.now) {}

  /** The sidecar's current revision (hash of its bytes, 'none' when absent); starts watching it. */
  async revision(file: string): Promise<string> {
    this.watchFolderOf(file);
    const known = this.files.get(file);
    if (known && !this.isDirty(file)) return known.revision;
    // Marked clean before reading: an event during the read marks it dirty again.
    const entry: Known = { revision: known?.revision ?? '', checkedAt: this.clock(), dirty: false };
    this.files.set(file, entry);
    entry.revision = await sidecarRevision(file);
    return entry.revision;
  }

  dispose(): void {
    for (const watcher of this.folders.values()) watcher?.close();
    this.folders.clear();
    this.files.clear();
  }

  private watchFolderOf(file: string): void {
    const folder = dirname(file);
    if (this.folders.has(folder)) return;
    let watcher: FSWatcher | null = null;
    try {
      watcher = watch(folder, { persistent: false }, (_event, name) => this.markFolder(folder, name === null ? null : String(name)));
      watcher.on('error', () => {
        // The folder went away or cannot be watched any more: fall back to hashing on every question.
        watcher?.close();
        this.folders.set(folder, null);
        this.markFolder(folder, null);
      });
    } catch {
      watcher = null;
    }
    this.folders.set(folder, watcher);
  }

  private markFolder(folder: string, name: string | null): void {
    for (const [file, known] of this.files) {
      if (dirname(file) !== folder) continue;
      // The sidecar itself, or its backup/lock/temporary files being replaced around it.
      if (name === null || name.includes(basename(file))) known.dirty = true;
    }
  }

  /** True when `file` will be re-hashed on the next question (for tests and the unwatched case). */
  isDirty(file: string): boolean {
    const known = this.files.get(file);
    return !known || known.dirty || this.clock() - known.checkedAt >= RECHECK_AFTER || this.folders.get(dirname(file)) === null;
  }
}
