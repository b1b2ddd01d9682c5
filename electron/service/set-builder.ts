// From the documents found on disk to the DocumentSet the reviewer sees: texts decoded, languages
// given or guessed, the source chosen, roles and order settled (DESIGN.md §3).
import type { FileProblem } from '../../shared/api.js';
import type { DocumentInfo, DocumentRole, DocumentSet } from '../../shared/model.js';
import { detectLanguage, directionOf } from '../../shared/language/index.js';
import { ReviewError } from './errors.js';
import type { FoundDocument, FoundSet } from './set-discovery.js';
import { readSetReview, setReviewPath } from './set-review-file.js';
import type { TextCache } from './text-cache.js';

export interface BuiltSet {
  set: DocumentSet;
  /** Decoded texts, in set order. */
  texts: string[];
  problems: FileProblem[];
  /** Absolute path of each document, by id. */
  files: Map<string, string>;
}

export async function buildSet(found: FoundSet, cache: TextCache): Promise<BuiltSet> {
  const problems: FileProblem[] = [];
  const readable: { found: FoundDocument; text: string }[] = [];
  for (const document of found.documents) {
    const read = await cache.read(document.file);
    if (read.ok) readable.push({ found: document, text: read.value.text });
    else problems.push({ file: document.file, message: read.message });
  }
  if (readable.length === 0) {
    throw new ReviewError(`None of the documents of ${found.openedPath} can be read: ${problems.map((p) => p.message).join(' ')}`, 'bad-set');
  }

  const manifestSource = readable.find((d) => d.found.role === 'source');
  let sourceId: string | null = manifestSource?.found.id ?? null;
  let sourceFrom: DocumentSet['sourceFrom'] = manifestSource ? 'manifest' : 'none';
  if (!manifestSource) {
    const { review, problem } = await readSetReview(found.root);
    if (problem) problems.push({ file: setReviewPath(found.root), message: problem });
    const picked = review.sourceDocument;
    if (typeof picked === 'string' && readable.some((d) => d.found.id === picked)) {
      sourceId = picked;
      sourceFrom = 'user';
    }
  }

  const languages = readable.map((d) => ({ language: d.found.language ?? detectLanguage(d.text), detected: d.found.language === null }));
  const documents: DocumentInfo[] = readable.map((d, i) => {
    const { language, detected } = languages[i] ?? { language: 'und', detected: true };
    const sharesLanguage = language !== 'und' && languages.some((other, k) => k !== i && other.language === language);
    const role: DocumentRole =
      d.found.id === sourceId ? 'source' : d.found.role && d.found.role !== 'source' ? d.found.role : sharesLanguage ? 'revision' : 'target';
    return {
      id: d.found.id,
      fileName: d.found.fileName,
      language,
      languageDetected: detected,
      role,
      ...(d.found.label !== undefined ? { label: d.found.label } : {}),
      direction: directionOf(language),
      format: d.found.format,
    };
  });

  const order = documents.map((_, i) => i).sort((a, b) => Number(documents[b]?.id === sourceId) - Number(documents[a]?.id === sourceId) || a - b);
  return {
    set: {
      root: found.root,
      openedPath: found.openedPath,
      name: found.name,
      layout: found.layout,
      documents: order.map((i) => documents[i] as DocumentInfo),
      sourceId,
      sourceFrom,
    },
    texts: order.map((i) => readable[i]?.text ?? ''),
    problems,
    files: new Map(readable.map((d) => [d.found.id, d.found.file])),
  };
}
