// Reading and writing review sidecars (DESIGN.md §5). A sidecar that cannot be read safely is
// never written; writes are atomic, keep a .bak, are serialized per file within this process, and
// are applied to what is on disk at that moment so a comment saved by someone else meanwhile is kept.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { FileProblem } from '../../shared/api.js';
import { SIDECAR_SCHEMA_VERSION, type Annotation, type Sidecar } from '../../shared/model.js';
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
import type { DocumentText } from './text-cache.js';

export interface SidecarContents {
  file: string;
  /** Null when there is no sidecar yet, or it could not be read. */
  sidecar: Sidecar | null;
  readOnly: boolean;
  problem: FileProblem | null;
}

interface DiskSidecar extends SidecarContents {
  /** Hash of the file's bytes; null when there is no file. */
  bytesHash: string | null;
}

interface Remembered {
  bytesHash: string | null;
  annotations: Annotation[];
}

export class SidecarStore {
  private readonly remembered = new Map<string, Remembered>();
  private readonly queues = new Map<string, Promise<unknown>>();

  async load(file: string): Promise<SidecarContents> {
    const disk = await readSidecarFile(file);
    if (!disk.readOnly) this.remembered.set(file, { bytesHash: disk.bytesHash, annotations: disk.sidecar?.annotations ?? [] });
    return { file: disk.file, sidecar: disk.sidecar, readOnly: disk.readOnly, problem: disk.problem };
  }

  /**
   * Applies one edit to the sidecar of the document whose current text is `document`, and returns
   * the annotation as saved (null for a delete).
   */
  edit(file: string, documentFileName: string, document: DocumentText, edit: AnnotationEdit): Promise<Annotation | null> {
    return this.serialized(file, async () => {
      const disk = await readSidecarFile(file);
      if (disk.readOnly) {
        throw new ReviewError(`Comments on ${documentFileName} are read-only: ${disk.problem?.message ?? 'the review file cannot be written safely.'}`, 'read-only');
      }
      const current = disk.sidecar?.annotations ?? [];
      if (edit.kind === 'delete' && !current.some((a) => a.id === edit.id)) return null;
      const annotations = applyEditToDisk(current, edit, this.remembered.get(file), disk.bytesHash);
      const changedText = disk.sidecar?.document.hash !== document.hash;
      const saved = changedText ? retargetAnnotations(document.text, annotations) : annotations;
      const sidecar: Sidecar = {
        schema: SIDECAR_SCHEMA_VERSION,
        document: { fileName: documentFileName, hash: document.hash, length: codePointLength(document.text) },
        annotations: saved,
      };
      const text = sidecarToText(sidecar);
      await writeFileAtomic(file, text, { backup: true });
      this.remembered.set(file, { bytesHash: bytesHash(Buffer.from(text, 'utf8')), annotations: saved });
      const id = edit.kind === 'add' ? edit.annotation.id : edit.id;
      return edit.kind === 'delete' ? null : (saved.find((a) => a.id === id) ?? null);
    });
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

function applyEditToDisk(current: Annotation[], edit: AnnotationEdit, remembered: Remembered | undefined, diskHash: string | null): Annotation[] {
  // Our copy is re-added only when the file changed since we read it: someone else deleted the
  // annotation we are changing, and ours wins for the ids we change. Unchanged file: it is gone.
  const changedOnDisk = remembered !== undefined && remembered.bytesHash !== diskHash;
  const effective = edit.kind === 'update' && !changedOnDisk && !current.some((a) => a.id === edit.id) ? { ...edit, ours: null } : edit;
  try {
    return applyEdit(current, effective).annotations;
  } catch (error) {
    if (error instanceof UnknownAnnotationError) throw new ReviewError(error.message, 'no-such-annotation');
    throw error;
  }
}

function bytesHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

async function readSidecarFile(file: string): Promise<DiskSidecar> {
  const name = basename(file);
  const backupAvailable = await isFile(`${file}.bak`);
  const refuse = (reason: string, sidecar: Sidecar | null = null): DiskSidecar => ({
    file,
    sidecar,
    readOnly: true,
    bytesHash: null,
    // A newer format's reason already says what to do (update Verso); other reasons need a fix.
    problem: { file, message: sidecar ? reason : `${reason} ${whatToDo(name, backupAvailable)}`, backupAvailable },
  });
  let bytes: Buffer;
  try {
    const info = await stat(file);
    if (info.isDirectory()) return refuse(`${name} is a folder, not a file (${file}).`);
    bytes = await readFile(file);
  } catch (error) {
    const code = errnoCode(error);
    if (code === 'ENOENT') return { file, sidecar: null, readOnly: false, bytesHash: null, problem: null };
    return refuse(`${name} cannot be read (${code ?? String(error)}) (${file}). Check the file's permissions.`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return refuse(`${name} is not UTF-8 text (${file}).`);
  }
  const reading = readSidecarText(text, name);
  if (reading.kind === 'read-only') return refuse(`${reading.reason} (${file})`, reading.sidecar);
  return { file, sidecar: reading.sidecar, readOnly: false, bytesHash: bytesHash(bytes), problem: null };
}

function whatToDo(name: string, backupAvailable: boolean): string {
  const kept = 'Verso will not change the file, so no comment in it is lost.';
  const fix = backupAvailable
    ? `The previous version is in ${name}.bak: to go back to it, replace ${name} with ${name}.bak.`
    : `Fix it in a text editor, or move it away to start a new review of this document.`;
  return `${kept} ${fix}`;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
