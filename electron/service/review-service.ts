// ReviewService: the ReviewApi over the file system (DESIGN.md §2). Both transports (Electron IPC
// and the HTTP host) parse arguments with the shared schemas and then call these handlers.
import { randomUUID } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { AnchoredAnnotation, ApiParsedArgs, ApiResult, ExportFormat, ExportResult, QaFinding, ReviewHandlers } from '../../shared/api.js';
import { buildReviewNotes } from '../../shared/export/index.js';
import { parseDocument } from '../../shared/formats/index.js';
import type { AlignedRow, AlignLevel, Alignment, Annotation, DocumentInfo } from '../../shared/model.js';
import { anchorAnnotations, anchorTarget, selectorsForSpan, sidecarFileName } from '../../shared/review/index.js';
import { AlignmentRunner } from './alignment-runner.js';
import { ReviewError } from './errors.js';
import { AlignmentCorrections, type EngineAlignment } from './corrections.js';
import { renderNotes } from './export-notes.js';
import { readQaConfig } from './qa-config.js';
import { findingsOfSet, readMutedFindings, setFindingMuted, unknownFinding, withMuted } from './qa.js';
import { setScorecard, writeScoring, type ScoredSetDocument } from './scorecard.js';
import { buildSet, type BuiltSet } from './set-builder.js';
import { discoverSet, findSamples, type FoundSet } from './set-discovery.js';
import { settleSetReviewWrites, writeSourcePick } from './set-review-file.js';
import { SettingsStore } from './settings-store.js';
import { restoreBackup } from './backup.js';
import { PendingWrites, trackWrites } from './pending-writes.js';
import { changedReviews } from './review-changes.js';
import { SidecarStore } from './sidecar-store.js';
import { SidecarWatch } from './sidecar-watch.js';
import { TextCache, type DocumentText } from './text-cache.js';

export interface ReviewServiceOptions {
  /** Folder for settings.json and recent.json (Electron's userData, or a folder the CLI picks). */
  userDataDir: string;
  host: 'electron' | 'browser';
  /** A set to open at start (from the command line). */
  initialSet?: string | null;
  /** Folder whose sub-folders are the bundled sample sets. */
  samplesDir?: string;
  now?: () => Date;
  /** The bundled alignment worker (dist/align-worker.cjs); without it, alignment runs in-process. */
  alignWorkerFile?: string;
}

interface OpenSet {
  found: FoundSet;
  built: BuiltSet;
}

type Args<M extends keyof ReviewHandlers> = ApiParsedArgs<M>;
type Result<M extends keyof ReviewHandlers> = Promise<ApiResult<M>>;

export class ReviewService implements ReviewHandlers {
  private readonly host: 'electron' | 'browser';
  private initialSet: string | null;
  private readonly samplesDir: string | undefined;
  private readonly now: () => Date;
  private readonly settings: SettingsStore;
  private readonly aligner: AlignmentRunner;
  private readonly texts = new TextCache();
  private readonly sidecars = new SidecarStore();
  private readonly sidecarWatch = new SidecarWatch();
  private readonly writes = new PendingWrites();
  private readonly sets = new Map<string, OpenSet>();
  private readonly corrections = new AlignmentCorrections(() => this.now());
  /** The last QA run of each set, so a mute can record the finding's check and text. */
  private readonly qaRuns = new Map<string, { findings: QaFinding[]; texts: Map<string, string> }>();

  constructor(options: ReviewServiceOptions) {
    this.host = options.host;
    this.initialSet = options.initialSet ? resolve(options.initialSet) : null;
    this.samplesDir = options.samplesDir;
    this.now = options.now ?? (() => new Date());
    this.settings = new SettingsStore(options.userDataDir, this.now);
    this.aligner = new AlignmentRunner(options.alignWorkerFile);
    trackWrites(this, this.writes, ['addAnnotation', 'updateAnnotation', 'deleteAnnotation', 'reattachAnnotation', 'restoreBackup', 'addReply', 'setSource', 'muteFinding', 'updateScoring', 'addAlignmentCorrection', 'removeAlignmentCorrection']);
  }

  /** Stops the alignment worker (the CLI and the Electron app call this when they quit). */
  dispose(): Promise<void> {
    this.sidecarWatch.dispose();
    return this.aligner.dispose();
  }

  /** The set the next getStartup offers (the Electron menu sets it before reloading the window). */
  setInitialSet(path: string | null): void {
    this.initialSet = path ? resolve(path) : null;
  }

  async getStartup(_args: Args<'getStartup'>): Result<'getStartup'> {
    const settings = await this.settings.getSettings();
    const lastSet = settings.lastSet && (await exists(settings.lastSet)) ? settings.lastSet : null;
    return {
      host: this.host,
      initialSet: this.initialSet ?? lastSet,
      settings,
      recent: await this.settings.recentSets(),
      samples: await findSamples(this.samplesDir),
    };
  }

  async openSet({ path }: Args<'openSet'>): Result<'openSet'> {
    const opened = await this.open(path);
    await this.settings.recordOpened(opened.found.openedPath, opened.found.name);
    return { set: opened.built.set, texts: opened.built.texts, problems: opened.built.problems };
  }

  async setSource({ root, documentId }: Args<'setSource'>): Result<'setSource'> {
    const current = await this.setAt(root);
    const { set } = current.built;
    if (set.sourceFrom === 'manifest' && documentId !== set.sourceId) {
      throw new ReviewError(
        `The source of ${set.name} is set in its manifest (${current.found.openedPath}: role "source" on ${set.sourceId}). Change the roles there to pick another source.`,
        'source-in-manifest',
      );
    }
    if (documentId !== null) this.documentOf(current, documentId);
    await writeSourcePick(set.root, documentId);
    const rebuilt = await buildSet(current.found, this.texts);
    this.sets.set(set.root, { found: current.found, built: rebuilt });
    return rebuilt.set;
  }

  async alignSet({ root, level }: Args<'alignSet'>): Result<'alignSet'> {
    const current = await this.setAt(root);
    try {
      return await this.corrections.corrected(await this.engineAlignment(current, level));
    } catch (error) {
      if (error instanceof ReviewError) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      throw new ReviewError(`Could not align the documents of ${current.built.set.name} (${root}): ${reason}`, 'align-failed');
    }
  }

  async addAlignmentCorrection({ root, level, correction }: Args<'addAlignmentCorrection'>): Result<'addAlignmentCorrection'> {
    const current = await this.setAt(root);
    return this.corrections.add(await this.engineAlignment(current, level), correction);
  }

  async removeAlignmentCorrection({ root, level, id }: Args<'removeAlignmentCorrection'>): Result<'removeAlignmentCorrection'> {
    const current = await this.setAt(root);
    return this.corrections.remove(await this.engineAlignment(current, level), id);
  }

  async loadReview({ root, documentId }: Args<'loadReview'>): Result<'loadReview'> {
    const current = await this.setAt(root);
    const { info, file } = this.documentOf(current, documentId);
    const document = await this.textOf(file);
    const contents = await this.sidecars.load(sidecarPath(file, info), true);
    return {
      documentId,
      sidecarFile: contents.file,
      annotations: anchorAnnotations(document.text, contents.sidecar?.annotations ?? []),
      readOnly: contents.readOnly,
      problem: contents.problem,
      changedSinceReview: contents.sidecar !== null && contents.sidecar.document.hash !== document.hash,
      revision: contents.revision,
    };
  }

  /** Resolves when every queued sidecar write is on disk (the app and the CLI await it before quitting). */
  async flush(): Promise<void> {
    await this.writes.settled();
    await settleSetReviewWrites();
    await this.sidecars.flush();
  }

  async reattachAnnotation({ root, documentId, id, start, end, quote }: Args<'reattachAnnotation'>): Result<'reattachAnnotation'> {
    const current = await this.setAt(root);
    const { info, file } = this.documentOf(current, documentId);
    const document = await this.textOf(file);
    checkQuote(info.fileName, document.text, start, end, quote);
    if (start > end || end > document.text.length) {
      throw new ReviewError(
        `The selected text (${start}–${end}) is outside ${info.fileName}, which is ${document.text.length} characters long: the file may have changed. Reopen the set and select the text again.`,
        'bad-span',
      );
    }
    const sidecar = sidecarPath(file, info);
    const edit = { kind: 'retarget' as const, id, target: selectorsForSpan(document.text, { start, end }), modified: this.now().toISOString(), ours: this.sidecars.known(sidecar, id) };
    const saved = await this.sidecars.edit(sidecar, info.fileName, document, edit);
    if (!saved) throw new ReviewError(`There is no comment with id ${id} on ${info.fileName}. Reload the review.`, 'no-such-annotation');
    return anchored(document.text, saved);
  }

  async reviewChanges({ root, known }: Args<'reviewChanges'>): Result<'reviewChanges'> {
    const current = await this.setAt(root);
    const documents = current.built.set.documents.map((info) => ({
      documentId: info.id,
      sidecar: sidecarPath(this.documentOf(current, info.id).file, info),
      load: () => this.loadReview({ root, documentId: info.id }),
    }));
    return { changes: await changedReviews(documents, known, this.sidecarWatch, this.sidecars) };
  }

  async restoreBackup({ root, documentId }: Args<'restoreBackup'>): Result<'restoreBackup'> {
    const current = await this.setAt(root);
    const { info, file } = this.documentOf(current, documentId);
    await restoreBackup(this.sidecars, sidecarPath(file, info), this.now());
    return this.loadReview({ root, documentId });
  }

  async addAnnotation({ root, documentId, draft }: Args<'addAnnotation'>): Result<'addAnnotation'> {
    const current = await this.setAt(root);
    const { info, file } = this.documentOf(current, documentId);
    const document = await this.textOf(file);
    checkQuote(info.fileName, document.text, draft.start, draft.end, draft.quote);
    if (draft.start > draft.end || draft.end > document.text.length) {
      throw new ReviewError(
        `The marked text (${draft.start}–${draft.end}) is outside ${info.fileName}, which is ${document.text.length} characters long: the file may have changed. Reopen the set and mark the text again.`,
        'bad-span',
      );
    }
    const { reviewerName } = await this.settings.getSettings();
    const time = this.now().toISOString();
    const annotation: Annotation = {
      id: randomUUID(),
      target: selectorsForSpan(document.text, draft),
      links: draft.links,
      category: draft.category,
      severity: draft.severity,
      comment: draft.comment,
      suggestion: draft.suggestion,
      status: 'open',
      author: reviewerName.trim() || 'Reviewer',
      created: time,
      modified: time,
      replies: [],
    };
    const saved = await this.sidecars.edit(sidecarPath(file, info), info.fileName, document, { kind: 'add', annotation });
    return anchored(document.text, saved ?? annotation);
  }

  async updateAnnotation({ root, documentId, id, changes }: Args<'updateAnnotation'>): Result<'updateAnnotation'> {
    const current = await this.setAt(root);
    const { info, file } = this.documentOf(current, documentId);
    const document = await this.textOf(file);
    const sidecar = sidecarPath(file, info);
    const ours = this.sidecars.known(sidecar, id);
    const saved = await this.sidecars.edit(sidecar, info.fileName, document, { kind: 'update', id, changes, modified: this.now().toISOString(), ours });
    if (!saved) throw new ReviewError(`There is no comment with id ${id} on ${info.fileName}. Reload the review.`, 'no-such-annotation');
    return anchored(document.text, saved);
  }

  async deleteAnnotation({ root, documentId, id }: Args<'deleteAnnotation'>): Result<'deleteAnnotation'> {
    const current = await this.setAt(root);
    const { info, file } = this.documentOf(current, documentId);
    const document = await this.textOf(file);
    await this.sidecars.edit(sidecarPath(file, info), info.fileName, document, { kind: 'delete', id });
    return { deleted: id };
  }

  exportNotes({ root, format }: Args<'exportNotes'>): Result<'exportNotes'> {
    return this.renderExport(root, format, undefined);
  }

  /** Writes the review notes to a file the reviewer chose (native Save dialog, or the CLI's --out). */
  exportNotesTo(root: string, format: ExportFormat, outPath: string): Promise<ExportResult> {
    return this.renderExport(root, format, resolve(outPath));
  }

  private async renderExport(root: string, format: ExportFormat, outPath: string | undefined): Promise<ExportResult> {
    const current = await this.setAt(root);
    const { set } = current.built;
    const texts: string[] = [];
    const annotations: AnchoredAnnotation[][] = [];
    const problems = new Map<string, string>();
    for (const info of set.documents) {
      const file = this.documentOf(current, info.id).file;
      const { text } = await this.textOf(file);
      const contents = await this.sidecars.load(sidecarPath(file, info));
      texts.push(text);
      annotations.push(anchorAnnotations(text, contents.sidecar?.annotations ?? []));
      if (contents.problem) problems.set(info.id, contents.problem.message);
    }
    const notes = buildReviewNotes({
      setName: set.name,
      exported: this.now().toISOString(),
      documents: set.documents.map(({ id, fileName, language, role, label }) => {
        const problem = problems.get(id);
        return { id, fileName, language, role, ...(label !== undefined ? { label } : {}), ...(problem ? { problem } : {}) };
      }),
      sourceId: set.sourceId,
      texts,
      annotations,
      rows: await this.paragraphRows(current),
      scorecard: (await setScorecard(set.root, await this.scoredDocuments(current))).scorecard,
    });
    return renderNotes(notes, format, outPath);
  }

  async addReply({ root, documentId, id, text }: Args<'addReply'>): Result<'addReply'> {
    const current = await this.setAt(root);
    const { info, file } = this.documentOf(current, documentId);
    const document = await this.textOf(file);
    const { reviewerName } = await this.settings.getSettings();
    const time = this.now().toISOString();
    const reply = { id: randomUUID(), author: reviewerName.trim() || 'Reviewer', created: time, text };
    const saved = await this.sidecars.edit(sidecarPath(file, info), info.fileName, document, { kind: 'reply', id, reply, modified: time });
    if (!saved) throw new ReviewError(`There is no comment with id ${id} on ${info.fileName} to reply to. Reload the review.`, 'no-such-annotation');
    return anchored(document.text, saved);
  }

  async getScorecard({ root }: Args<'getScorecard'>): Result<'getScorecard'> {
    const current = await this.setAt(root);
    return setScorecard(current.built.set.root, await this.scoredDocuments(current));
  }

  async updateScoring({ root, weights, threshold }: Args<'updateScoring'>): Result<'updateScoring'> {
    const current = await this.setAt(root);
    return writeScoring(current.built.set.root, { weights, threshold });
  }

  async recentSets(_args: Args<'recentSets'>): Result<'recentSets'> {
    return this.settings.recentSets();
  }

  async getSettings(_args: Args<'getSettings'>): Result<'getSettings'> {
    return this.settings.getSettings();
  }

  async updateSettings(changes: Args<'updateSettings'>): Result<'updateSettings'> {
    return this.settings.updateSettings(changes);
  }

  async runQa({ root }: Args<'runQa'>): Result<'runQa'> {
    const current = await this.setAt(root);
    const { set } = current.built;
    const texts = await Promise.all(set.documents.map(async (d) => (await this.textOf(this.documentOf(current, d.id).file)).text));
    const sourceIndex = set.sourceId === null ? null : set.documents.findIndex((d) => d.id === set.sourceId);
    let alignment;
    try {
      alignment = await this.align(current, 'sentence');
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new ReviewError(`Could not align the documents of ${set.name} (${root}) for QA: ${reason}`, 'align-failed');
    }
    const { glossary, customChecks, problems } = await readQaConfig(set.root);
    const findings = findingsOfSet({ root: set.root, documents: set.documents, texts, sourceIndex: sourceIndex !== null && sourceIndex >= 0 ? sourceIndex : null, alignment, glossary, customChecks });
    this.qaRuns.set(set.root, { findings, texts: new Map(set.documents.map((d, k) => [d.id, texts[k] ?? ''])) });
    return { findings: withMuted(findings, (await readMutedFindings(set.root)).muted), problems };
  }

  async muteFinding({ root, findingId, muted }: Args<'muteFinding'>): Result<'muteFinding'> {
    const current = await this.setAt(root);
    const setRoot = current.built.set.root;
    if (!this.qaRuns.get(setRoot)?.findings.some((f) => f.id === findingId)) await this.runQa({ root: setRoot });
    const run = this.qaRuns.get(setRoot);
    const finding = run?.findings.find((f) => f.id === findingId);
    if (!run || !finding) throw unknownFinding(findingId, setRoot);
    await setFindingMuted(setRoot, finding, run.texts, muted);
    return { findingId, muted };
  }

  async reviewSnapshot({ root, documentId }: Args<'reviewSnapshot'>): Result<'reviewSnapshot'> {
    const current = await this.setAt(root);
    const { info, file } = this.documentOf(current, documentId);
    const contents = await this.sidecars.load(sidecarPath(file, info));
    return { snapshot: contents.sidecar?.document.snapshot ?? null };
  }

  // ---- internals ----

  /** Every document with its text and the annotations of its sidecar (none if it does not parse). */
  private async scoredDocuments(current: OpenSet): Promise<ScoredSetDocument[]> {
    const documents: ScoredSetDocument[] = [];
    for (const info of current.built.set.documents) {
      const file = this.documentOf(current, info.id).file;
      const { text } = await this.textOf(file);
      const contents = await this.sidecars.load(sidecarPath(file, info));
      documents.push({ info, text, annotations: contents.sidecar?.annotations ?? [] });
    }
    return documents;
  }

  private async open(path: string): Promise<OpenSet> {
    const found = await discoverSet(path);
    const built = await buildSet(found, this.texts);
    const opened = { found, built };
    this.sets.set(found.root, opened);
    return opened;
  }

  /** The set whose root is `root`: the one opened in this run, else opened now from its folder. */
  private async setAt(root: string): Promise<OpenSet> {
    return this.sets.get(root) ?? this.sets.get(resolve(root)) ?? (await this.open(root));
  }

  private documentOf(current: OpenSet, documentId: string): { info: DocumentInfo; file: string } {
    const info = current.built.set.documents.find((d) => d.id === documentId);
    const file = current.built.files.get(documentId);
    if (!info || !file) {
      const known = current.built.set.documents.map((d) => d.id).join(', ');
      throw new ReviewError(`${current.built.set.name} has no document "${documentId}" (it has ${known}). Reopen the set.`, 'unknown-document');
    }
    return { info, file };
  }

  private async textOf(file: string): Promise<DocumentText> {
    let read;
    try {
      read = await this.texts.read(file);
    } catch {
      throw new ReviewError(`${file} cannot be read any more: it may have been moved or deleted. Reopen the set.`, 'not-found');
    }
    if (!read.ok) throw new ReviewError(read.message, 'bad-set');
    return read.value;
  }

  /** The engine's alignment (run again only when a text, the source or the level changed) and its texts. */
  private async engineAlignment(current: OpenSet, level: AlignLevel): Promise<EngineAlignment> {
    const { set } = current.built;
    const read = await Promise.all(set.documents.map((info) => this.textOf(this.documentOf(current, info.id).file)));
    const key = JSON.stringify([set.sourceId, set.documents.map((d) => [d.id, d.language, d.format]), read.map((r) => r.hash)]);
    const alignment = await this.corrections.engine(`${set.root}\n${level}`, key, () => this.align(current, level));
    return { root: set.root, level, alignment, texts: read.map((r) => r.text) };
  }

  private async align(current: OpenSet, level: AlignLevel): Promise<Alignment> {
    const { set } = current.built;
    const inputs = [];
    for (const info of set.documents) {
      const { text } = await this.textOf(this.documentOf(current, info.id).file);
      inputs.push({ path: info.id, language: info.language, text, blocks: parseDocument(text, info.format) });
    }
    const sourceIndex = set.sourceId === null ? null : set.documents.findIndex((d) => d.id === set.sourceId);
    return this.aligner.run(inputs, { level, sourceIndex });
  }

  // An export must not fail because alignment did: notes then fall back to the paragraph around
  // the marked text and the source text recorded in the annotation's links.
  private async paragraphRows(current: OpenSet): Promise<AlignedRow[] | null> {
    try {
      return (await this.corrections.corrected(await this.engineAlignment(current, 'paragraph'))).rows;
    } catch (error) {
      console.warn(`Verso: could not align ${current.built.set.name} for the export: ${error instanceof Error ? error.message : String(error)}`);
      return null;
    }
  }
}

// The UI sends the text the reviewer marked: if the file changed on disk since the set was opened,
// the same offsets now hold other text, and the comment must not land on it.
function checkQuote(fileName: string, text: string, start: number, end: number, quote: string | undefined): void {
  if (quote === undefined || text.slice(start, end) === quote) return;
  throw new ReviewError(
    `${fileName} changed on disk since the set was opened: the text you marked ("${quote.length > 60 ? `${quote.slice(0, 59)}…` : quote}") is no longer at that place. Click Reload to see the current text, then mark it again.`,
    'document-changed',
  );
}

function sidecarPath(documentFile: string, info: DocumentInfo): string {
  return join(dirname(documentFile), sidecarFileName(info.fileName));
}

function anchored(text: string, annotation: Annotation): AnchoredAnnotation {
  return { annotation, anchor: anchorTarget(text, annotation.target) };
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
