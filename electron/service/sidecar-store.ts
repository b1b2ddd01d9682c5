// Reading and writing review sidecars (DESIGN.md §5). A sidecar that cannot be read safely is
// never written; writes are atomic, keep a .bak, are serialized per file within this process, and
// are applied to what is on disk at that moment so a comment saved by someone else meanwhile is kept.
// Writers in other processes are kept out by a lock file (sidecar-lock.ts); when the file changed
// since we last read it, our edit is merged by annotation id against that last read (both versions
// kept when both sides changed one annotation, and the ids recorded so the reviewer is told).
import { createHash } from 'node:crypto';
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { FileProblem } from '../../shared/api.js';
import { SIDECAR_SCHEMA_VERSION, type Annotation, type AnnotationTarget, type Sidecar } from '../../shared/model.js';
import { mergeSidecars } from '../../shared/review/merge.js';
import {
  applyEdit,
  codePointLength,
  readSidecarText,
  retargetAnnotations,
  sidecarToText,
  UnknownAnnotationError,
  type AnnotationEdit,
} from '../../shared/review/index.js';
import { writeFileAtomic } from './atomic-file.js';
import { errnoCode, ReviewError } from './errors.js';
import { mergeFieldsOfBothChanged } from './field-merge.js';
import { withFileLock } from './sidecar-lock.js';
import type { DocumentText } from './text-cache.js';

export interface SidecarContents {
  file: string;
  /** Null when there is no sidecar yet, or it could not be read. */
  sidecar: Sidecar | null;
  readOnly: boolean;
  problem: FileProblem | null;
  /** What is on disk, as a hash of the file's bytes ('none' when there is no file). */
  revision: string;
}

export interface DiskSidecar extends SidecarContents {
  /** Hash of the file's bytes; null when there is no file or it cannot be written safely. */
  bytesHash: string | null;
}

/** An edit of the store: the shared edits, and moving an annotation to another span by hand. */
export type StoreEdit = AnnotationEdit | { kind: 'retarget'; id: string; target: AnnotationTarget; modified: string; ours: Annotation | null };

interface Remembered {
  bytesHash: string | null;
  annotations: Annotation[];
}

export class SidecarStore {
  private readonly remembered = new Map<string, Remembered>();
  private readonly queues = new Map<string, Promise<unknown>>();
  /** Ids of annotations kept in two versions by a merge, not yet reported to the reviewer. */
  private readonly conflicts = new Map<string, string[]>();
  /** The revision each sidecar had after this store last wrote it. */
  private readonly written = new Map<string, string>();

  /**
   * Reads a sidecar. `shown`: the reviewer is about to see this state, so it becomes the base our
   * next edit is merged against; reads for exports or scores leave the base alone.
   */
  async load(file: string, shown = false): Promise<SidecarContents> {
    // A read that becomes the merge base waits its turn behind this process's saves: read before a
    // save and recorded after it, it would turn the base back and make our own edit look like a
    // concurrent one (kept twice as a conflict).
    const read = async () => {
      const disk = await readSidecarFile(file);
      if (shown && !disk.readOnly) this.remembered.set(file, { bytesHash: disk.bytesHash, annotations: disk.sidecar?.annotations ?? [] });
      return { file: disk.file, sidecar: disk.sidecar, readOnly: disk.readOnly, problem: disk.problem, revision: disk.revision };
    };
    return shown ? this.serialized(file, read) : read();
  }

  /** Resolves when every write queued so far has finished (quitting waits for this). */
  async flush(): Promise<void> {
    // Writes queued while waiting join the queues too: wait until no queue changes.
    for (;;) {
      const pending = [...this.queues.values()];
      await Promise.all(pending);
      if ([...this.queues.values()].every((queue, i) => queue === pending[i]) && this.queues.size === pending.length) return;
    }
  }

  /** Ids kept in two versions by merges since the last call, for the notice shown to the reviewer. */
  takeConflicts(file: string): string[] {
    const ids = this.conflicts.get(file) ?? [];
    this.conflicts.delete(file);
    return ids;
  }

  /** True when `revision` is what this store itself last wrote to `file`. */
  wroteRevision(file: string, revision: string): boolean {
    return this.written.get(file) === revision;
  }

  /** Runs `job` as the only writer of `file`: in order within this process, under the file lock across processes. */
  exclusive<T>(file: string, job: () => Promise<T>): Promise<T> {
    return this.serialized(file, () =>
      withFileLock(file, async () => {
        await removeLeftoverTemporaries(file);
        return job();
      }),
    );
  }

  /**
   * Applies one edit to the sidecar of the document whose current text is `document`, and returns
   * the annotation as saved (null for a delete).
   */
  edit(file: string, documentFileName: string, document: DocumentText, edit: StoreEdit): Promise<Annotation | null> {
    return this.exclusive(file, async () => {
      const disk = await readSidecarFile(file);
      if (disk.readOnly) {
        throw new ReviewError(`Comments on ${documentFileName} are read-only: ${disk.problem?.message ?? 'the review file cannot be written safely.'}`, 'read-only');
      }
      const current = disk.sidecar?.annotations ?? [];
      if (edit.kind === 'delete' && !current.some((a) => a.id === edit.id)) return null;
      const annotations = this.merged(file, disk, edit);
      const changedText = disk.sidecar?.document.hash !== document.hash;
      const saved = changedText ? retargetAnnotations(document.text, annotations) : annotations;
      // What the file holds beyond what this version writes is carried over as it was.
      const sidecar: Sidecar = {
        ...disk.sidecar,
        schema: SIDECAR_SCHEMA_VERSION,
        document: { ...disk.sidecar?.document, fileName: documentFileName, hash: document.hash, length: codePointLength(document.text), snapshot: document.text },
        annotations: saved,
      };
      const text = sidecarToText(sidecar);
      await writeFileAtomic(file, text, { backup: true });
      const revision = bytesHash(Buffer.from(text, 'utf8'));
      this.remembered.set(file, { bytesHash: revision, annotations: saved });
      this.written.set(file, revision);
      const id = edit.kind === 'add' ? edit.annotation.id : edit.id;
      return edit.kind === 'delete' ? null : (saved.find((a) => a.id === id) ?? null);
    });
  }

  // Unchanged since our last read: the edit applies to the disk state. Changed: three-way merge
  // by id against that last read, so an annotation both sides changed is kept in both versions.
  private merged(file: string, disk: DiskSidecar, edit: StoreEdit): Annotation[] {
    const current = disk.sidecar?.annotations ?? [];
    const remembered = this.remembered.get(file);
    if (!remembered || remembered.bytesHash === disk.bytesHash) return applyEditToDisk(current, edit, remembered, disk.bytesHash);
    let ours: Annotation[];
    try {
      ours = applyStoreEdit(remembered.annotations, edit);
    } catch (error) {
      if (!(error instanceof UnknownAnnotationError)) throw error;
      return applyEditToDisk(current, edit, remembered, disk.bytesHash);
    }
    const header = disk.sidecar?.document ?? { fileName: basename(file), hash: '', length: 0 };
    const asSidecar = (annotations: Annotation[]): Sidecar => ({ schema: SIDECAR_SCHEMA_VERSION, document: header, annotations });
    const fields = mergeFieldsOfBothChanged(remembered.annotations, ours, current);
    const merge = mergeSidecars(asSidecar(remembered.annotations), asSidecar(fields.ours), asSidecar(fields.theirs));
    const kept = merge.conflicts.filter((c) => c.keptAs !== undefined && c.replyId === undefined).map((c) => c.annotationId);
    if (kept.length > 0) this.conflicts.set(file, [...new Set([...(this.conflicts.get(file) ?? []), ...kept])]);
    return merge.sidecar.annotations;
  }

  /** Our last known copy of an annotation (from the last load or save of its sidecar). */
  known(file: string, id: string): Annotation | null {
    return this.remembered.get(file)?.annotations.find((a) => a.id === id) ?? null;
  }

  private serialized<T>(file: string, job: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(file) ?? Promise.resolve();
    const next = previous.then(job, job);
    this.queues.set(file, next.catch(() => undefined));
    return next;
  }
}

function applyEditToDisk(current: Annotation[], edit: StoreEdit, remembered: Remembered | undefined, diskHash: string | null): Annotation[] {
  // Our copy is re-added only when the file changed since we read it: someone else deleted the
  // annotation we are changing, and ours wins for the ids we change. Unchanged file: it is gone.
  const changedOnDisk = remembered !== undefined && remembered.bytesHash !== diskHash;
  const effective = (edit.kind === 'update' || edit.kind === 'retarget') && !changedOnDisk && !current.some((a) => a.id === edit.id) ? { ...edit, ours: null } : edit;
  try {
    return applyStoreEdit(current, effective);
  } catch (error) {
    if (error instanceof UnknownAnnotationError) throw new ReviewError(error.message, 'no-such-annotation');
    throw error;
  }
}

function applyStoreEdit(current: readonly Annotation[], edit: StoreEdit): Annotation[] {
  if (edit.kind !== 'retarget') return applyEdit(current, edit).annotations;
  const theirs = current.find((a) => a.id === edit.id);
  const base = theirs ?? edit.ours;
  if (!base) throw new UnknownAnnotationError(`There is no comment with id ${edit.id}: it may have been deleted. Reload the review.`);
  const moved: Annotation = { ...base, target: edit.target, modified: edit.modified };
  return theirs ? current.map((a) => (a.id === edit.id ? moved : a)) : [...current, moved];
}

// A save killed between writing its temporary file and renaming it leaves the file behind. Called
// while holding the sidecar's lock, when no other writer of this sidecar can be mid-save.
async function removeLeftoverTemporaries(file: string): Promise<void> {
  const folder = dirname(file);
  const prefix = `.${basename(file)}.`;
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return;
  }
  const leftovers = names.filter((name) => name.startsWith(prefix) && name.endsWith('.tmp'));
  await Promise.all(leftovers.map((name) => rm(join(folder, name), { force: true })));
}

function bytesHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The sidecar as it is on disk now, with why it must not be written if so. */
export async function readSidecarFile(file: string): Promise<DiskSidecar> {
  const name = basename(file);
  const backupAvailable = await backupIsUsable(file);
  let revision = 'none';
  const refuse = (reason: string, sidecar: Sidecar | null = null): DiskSidecar => ({
    file,
    sidecar,
    readOnly: true,
    bytesHash: null,
    revision,
    // A newer format's reason already says what to do (update Verso); other reasons need a fix.
    problem: { file, message: sidecar ? reason : `${reason} ${whatToDo(name, backupAvailable)}`, backupAvailable },
  });
  let bytes: Buffer;
  try {
    const info = await stat(file);
    if (info.isDirectory()) {
      revision = `folder:${info.mtimeMs}`;
      return refuse(`${name} is a folder, not a file (${file}).`);
    }
    bytes = await readFile(file);
  } catch (error) {
    const code = errnoCode(error);
    if (code === 'ENOENT') return { file, sidecar: null, readOnly: false, bytesHash: null, problem: null, revision };
    revision = `error:${code ?? 'unknown'}`;
    return refuse(`${name} cannot be read (${code ?? String(error)}) (${file}). Check the file's permissions.`);
  }
  revision = bytesHash(bytes);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return refuse(`${name} is not UTF-8 text (${file}).`);
  }
  const reading = readSidecarText(text, name);
  if (reading.kind === 'read-only') return refuse(`${reading.reason} (${file})`, reading.sidecar);
  return { file, sidecar: reading.sidecar, readOnly: false, bytesHash: revision, problem: null, revision };
}

/** What is on disk at `file` now, as readSidecarFile names it, without interpreting it. */
export async function sidecarRevision(file: string): Promise<string> {
  try {
    const info = await stat(file);
    if (info.isDirectory()) return `folder:${info.mtimeMs}`;
    return bytesHash(await readFile(file));
  } catch (error) {
    const code = errnoCode(error);
    return code === 'ENOENT' ? 'none' : `error:${code ?? 'unknown'}`;
  }
}

/** The backup `<file>.bak` when it is a readable, valid sidecar of a format this Verso knows. */
export async function readBackup(file: string): Promise<{ text: string; sidecar: Sidecar } | { problem: string }> {
  const backup = `${file}.bak`;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await readFile(backup));
  } catch (error) {
    const code = errnoCode(error);
    return { problem: code === 'ENOENT' ? `There is no backup ${backup}.` : `The backup ${backup} cannot be read (${code ?? 'not UTF-8 text'}).` };
  }
  const reading = readSidecarText(text, basename(backup));
  if (reading.kind !== 'ok') return { problem: reading.reason };
  return { text, sidecar: reading.sidecar };
}

async function backupIsUsable(file: string): Promise<boolean> {
  return 'sidecar' in (await readBackup(file));
}

function whatToDo(name: string, backupAvailable: boolean): string {
  const kept = 'Verso will not change the file, so no comment in it is lost.';
  const fix = backupAvailable
    ? `The previous version is in ${name}.bak: press Restore backup (the broken file is kept aside), or replace ${name} with ${name}.bak yourself.`
    : `Fix it in a text editor, or move it away to start a new review of this document.`;
  return `${kept} ${fix}`;
}
