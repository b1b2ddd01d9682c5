// Finding the documents of a set on disk (DESIGN.md §3): a folder of `<name>.<lang>.<ext>` files, a
// folder with one subfolder per language, or a verso.json manifest. Only names and paths here;
// reading and decoding the texts happens later.
import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import type { DocumentFormat, DocumentRole, SetLayout } from '../../shared/model.js';
import { tagFromName } from '../../shared/language/index.js';
import { errnoCode, ReviewError } from './errors.js';
import { MANIFEST_FILE_NAME, readManifest } from './manifest.js';

export const MAX_DOCUMENTS = 6;

export interface FoundDocument {
  /** Path relative to the set root, `/` separators: the document's id. */
  id: string;
  /** Absolute path. */
  file: string;
  fileName: string;
  format: DocumentFormat;
  /** Language given by the file name, folder or manifest; null when it must be detected. */
  language: string | null;
  /** Role given by the manifest; null otherwise. */
  role: DocumentRole | null;
  label?: string;
}

export interface FoundSet {
  root: string;
  openedPath: string;
  name: string;
  layout: SetLayout;
  /** In manifest order, else in file-name order. */
  documents: FoundDocument[];
}

const expectedNaming =
  'Verso expects files named <name>.<language>.<ext> (guide.en.md, guide.pt-BR.md), one subfolder per language (en/guide.md, ja/guide.md), or a verso.json manifest; documents are .txt or .md files';

export function formatOf(fileName: string): DocumentFormat | null {
  const ext = extname(fileName).toLowerCase();
  if (ext === '.txt') return 'txt';
  if (ext === '.md' || ext === '.markdown') return 'md';
  return null;
}

/** Files that belong to Verso or the system, never documents. */
function isIgnored(name: string): boolean {
  return (
    name.startsWith('.') ||
    name === MANIFEST_FILE_NAME ||
    name.endsWith('.review.json') ||
    name.endsWith('.bak') ||
    name.includes('.corrupt-')
  );
}

export async function discoverSet(path: string): Promise<FoundSet> {
  const openedPath = resolve(path);
  const info = await statOrNull(openedPath);
  if (!info) {
    throw new ReviewError(
      `Cannot open ${openedPath}: nothing exists at that path. Check the path, or choose the set's folder or its ${MANIFEST_FILE_NAME}.`,
      'not-found',
    );
  }
  if (info.isFile()) {
    if (extname(openedPath).toLowerCase() === '.json') return discoverManifestSet(openedPath, openedPath);
    throw new ReviewError(
      `${basename(openedPath)} is a single file (${openedPath}). Open the folder that holds it and its translations, or a ${MANIFEST_FILE_NAME} listing them.`,
      'bad-set',
    );
  }
  const manifest = join(openedPath, MANIFEST_FILE_NAME);
  if ((await statOrNull(manifest))?.isFile()) return discoverManifestSet(manifest, openedPath);
  return discoverFolderSet(openedPath);
}

async function discoverManifestSet(manifestFile: string, openedPath: string): Promise<FoundSet> {
  const manifest = await readManifest(manifestFile);
  const root = dirname(manifestFile);
  const name = basename(manifestFile);
  const documents: FoundDocument[] = [];
  for (const [i, entry] of manifest.documents.entries()) {
    const file = resolve(root, entry.path);
    const format = formatOf(file);
    if (!format) {
      throw new ReviewError(
        `${name}: documents[${i}] "${entry.path}" is not a .txt or .md file (${manifestFile}). Verso opens .txt and .md documents for now.`,
        'bad-manifest',
      );
    }
    const found = await statOrNull(file);
    if (!found?.isFile()) {
      throw new ReviewError(
        `${name}: documents[${i}] "${entry.path}" ${found ? 'is not a file' : 'does not exist'} (looked for ${file}). Fix the path in ${manifestFile} or put the document there.`,
        'bad-manifest',
      );
    }
    documents.push({
      id: relative(root, file).split(sep).join('/'),
      file,
      fileName: basename(file),
      format,
      language: entry.lang ? (Intl.getCanonicalLocales(entry.lang)[0] ?? entry.lang) : null,
      role: entry.role ?? null,
      ...(entry.label !== undefined ? { label: entry.label } : {}),
    });
  }
  checkCount(documents, manifestFile);
  return { root, openedPath, name: manifest.name ?? basename(root), layout: 'manifest', documents };
}

async function discoverFolderSet(folder: string): Promise<FoundSet> {
  const entries = (await readdir(folder, { withFileTypes: true })).filter((e) => !isIgnored(e.name));
  if (entries.length === 0) {
    throw new ReviewError(`The folder ${folder} is empty (Verso's own files aside). ${expectedNaming}.`, 'bad-set');
  }
  const files = entries.filter((e) => e.isFile() && formatOf(e.name)).map((e) => e.name);
  const tagged = files.flatMap((fileName) => {
    const language = languageInFileName(fileName);
    return language ? [document(folder, fileName, fileName, language)] : [];
  });
  let layout: SetLayout = 'files';
  let documents = tagged;
  if (documents.length === 0) {
    documents = await documentsInLanguageFolders(folder, entries.filter((e) => e.isDirectory()).map((e) => e.name));
    if (documents.length > 0) layout = 'language-folders';
  }
  if (documents.length === 0) documents = files.map((fileName) => document(folder, fileName, fileName, null));
  if (documents.length === 0) {
    const seen = entries.map((e) => (e.isDirectory() ? `${e.name}/` : e.name)).sort();
    const shown = seen.length > 12 ? `${seen.slice(0, 12).join(', ')} and ${seen.length - 12} more` : seen.join(', ');
    throw new ReviewError(`Found no documents in ${folder}. It holds: ${shown}. ${expectedNaming}.`, 'bad-set');
  }
  documents.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  checkCount(documents, folder);
  return { root: folder, openedPath: folder, name: basename(folder), layout, documents };
}

async function documentsInLanguageFolders(root: string, folders: string[]): Promise<FoundDocument[]> {
  const documents: FoundDocument[] = [];
  for (const folder of folders) {
    const language = tagFromName(folder);
    if (!language) continue;
    const inside = await readdir(join(root, folder), { withFileTypes: true });
    for (const entry of inside) {
      if (entry.isFile() && !isIgnored(entry.name) && formatOf(entry.name)) {
        documents.push(document(root, `${folder}/${entry.name}`, entry.name, language));
      }
    }
  }
  return documents;
}

/** `guide.pt-BR.md` → `pt-BR`; null when the part before the extension is not a language tag. */
export function languageInFileName(fileName: string): string | null {
  const match = /^.+\.([A-Za-z0-9-]+)\.[A-Za-z]+$/.exec(fileName);
  return match?.[1] ? tagFromName(match[1]) : null;
}

function document(root: string, id: string, fileName: string, language: string | null): FoundDocument {
  return { id, file: join(root, ...id.split('/')), fileName, format: formatOf(fileName) ?? 'txt', language, role: null };
}

function checkCount(documents: FoundDocument[], where: string): void {
  if (documents.length <= MAX_DOCUMENTS) return;
  throw new ReviewError(
    `${where} holds ${documents.length} documents (${documents.map((d) => d.id).join(', ')}); Verso compares at most ${MAX_DOCUMENTS} at a time. Move some into another folder, or list at most ${MAX_DOCUMENTS} in a ${MANIFEST_FILE_NAME}.`,
    'too-many-documents',
  );
}

async function statOrNull(path: string) {
  try {
    return await stat(path);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT' || errnoCode(error) === 'ENOTDIR') return null;
    throw error;
  }
}

/** Sub-folders of `samplesDir` that open as sets, named after the folder. */
export async function findSamples(samplesDir: string | undefined): Promise<{ name: string; path: string }[]> {
  if (!samplesDir) return [];
  let entries;
  try {
    entries = await readdir(samplesDir, { withFileTypes: true });
  } catch {
    return [];
  }
  const samples: { name: string; path: string }[] = [];
  for (const entry of entries.filter((e) => e.isDirectory() && !e.name.startsWith('.')).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(resolve(samplesDir), entry.name);
    try {
      await discoverSet(path);
      samples.push({ name: entry.name, path });
    } catch {
      // Not a set (notes, assets…): not offered.
    }
  }
  return samples;
}
