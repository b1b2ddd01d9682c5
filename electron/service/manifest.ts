// verso.json: a set described by hand (DESIGN.md §3). Errors name the line and column, or the
// entry and field, because a person wrote the file.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { z } from 'zod';
import { canonicalTag } from '../../shared/language/index.js';
import { parseJsonText } from '../../shared/review/index.js';
import { decodeDocument } from './decode.js';
import { ReviewError } from './errors.js';

export const MANIFEST_FILE_NAME = 'verso.json';

const manifestSchema = z.object({
  name: z.string().optional(),
  documents: z
    .array(
      z.object({
        path: z.string().min(1),
        lang: z.string().min(1).optional(),
        role: z.enum(['source', 'target', 'revision']).optional(),
        label: z.string().optional(),
      }),
    )
    .min(1, 'list at least one document'),
  options: z.record(z.string(), z.unknown()).optional(),
});

export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestEntry = Manifest['documents'][number];

const example = `{ "documents": [ { "path": "guide.en.md", "lang": "en", "role": "source" }, { "path": "guide.ja.md", "lang": "ja" } ] }`;

export async function readManifest(file: string): Promise<Manifest> {
  const name = basename(file);
  const decoded = decodeDocument(await readFile(file), name);
  if (!decoded.ok) throw new ReviewError(decoded.message, 'bad-manifest');
  const parsed = parseJsonText(decoded.text);
  if (!parsed.ok) {
    throw new ReviewError(
      `${name} does not parse: ${parsed.reason} at line ${parsed.line}, column ${parsed.column} (${file}). Fix the JSON and open the set again.`,
      'bad-manifest',
    );
  }
  const result = manifestSchema.safeParse(parsed.value);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.length ? issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') : 'the top level';
    throw new ReviewError(
      `${name} is not a valid set manifest (${file}): at ${where}: ${issue?.message ?? 'unexpected content'}. A manifest looks like ${example}.`,
      'bad-manifest',
    );
  }
  const manifest = result.data;
  manifest.documents.forEach((entry, i) => {
    if (entry.lang !== undefined && !canonicalTag(entry.lang)) {
      throw new ReviewError(
        `${name}: documents[${i}].lang "${entry.lang}" is not a BCP 47 language tag (${file}). Use a tag such as "en", "pt-BR" or "zh-Hant".`,
        'bad-manifest',
      );
    }
  });
  const sources = manifest.documents.filter((d) => d.role === 'source');
  if (sources.length > 1) {
    throw new ReviewError(
      `${name} marks ${sources.length} documents as role "source" (${sources.map((d) => d.path).join(', ')}); a set has at most one source. Change the others to "target" (${file}).`,
      'bad-manifest',
    );
  }
  return manifest;
}
