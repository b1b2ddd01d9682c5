// The shipped sample sets are test data for every other part (alignment, QA, diff, review), so
// these tests hold the samples to what samples/README.md promises about them.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { annotationSchema } from '../../../shared/api.js';
import { readDefectTable, type PlantedDefect } from './defect-table.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SAMPLES = join(ROOT, 'samples');
const ARTICLE = join(SAMPLES, 'article');

const DEFECT_KINDS = [
  'omitted-sentence',
  'reordered-paragraph',
  'split-heading',
  'changed-number',
  'wrong-language',
  'repeated-phrase',
  'wrong-quotes',
  'added-sentence',
  'revision-change',
] as const;
const OPTIONAL_KINDS = new Set<string>(['added-sentence']);

function readSampleText(path: string): string {
  const text = readFileSync(path, 'utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function readDefects(): PlantedDefect[] {
  const { header, separator, defects } = readDefectTable();
  expect(header).toEqual(['id', 'set', 'file', 'line', 'defect', 'evidence']);
  expect(separator).toMatch(/^\|(---\|){6}$/);
  return defects;
}

const isHeading = (line: string): boolean => /^#{1,6}\s/.test(line);
const isBullet = (line: string): boolean => /^[-*+]\s/.test(line);
const isNumbered = (line: string): boolean => /^\d+[.)]\s/.test(line);

/** Prose paragraphs of a one-paragraph-per-line Markdown file. */
function paragraphLines(text: string): string[] {
  return text.split('\n').filter((line) => line.trim() !== '' && !isHeading(line) && !isBullet(line) && !isNumbered(line));
}

function articleManifest(): { name: string; documents: { path: string; lang: string; role: string; label?: string }[] } {
  return JSON.parse(readSampleText(join(ARTICLE, 'verso.json')));
}

describe('samples/README.md defect table', () => {
  const rows = readDefects();

  it('lists rows with unique ids, known defect kinds and 1-based lines', () => {
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    for (const row of rows) {
      expect(DEFECT_KINDS, `${row.id}: unknown defect "${row.defect}"`).toContain(row.defect);
      expect(Number.isInteger(row.line) && row.line >= 1, `${row.id}: line "${row.line}"`).toBe(true);
      expect(row.evidence.length, `${row.id}: empty evidence`).toBeGreaterThan(0);
    }
  });

  it('points every row at an existing file whose line holds the evidence', () => {
    for (const row of rows) {
      const path = join(SAMPLES, row.set, row.file);
      expect(existsSync(path), `${row.id}: ${path} does not exist`).toBe(true);
      const line = readSampleText(path).split(/\r?\n/)[row.line - 1];
      expect(line, `${row.id}: ${row.file} has no line ${row.line}`).toBeDefined();
      expect(line, `${row.id}: ${row.file}:${row.line} lacks "${row.evidence}"`).toContain(row.evidence);
    }
  });

  it('plants every required kind of defect at least once', () => {
    const present = new Set(rows.map((r) => r.defect));
    for (const kind of DEFECT_KINDS) {
      if (!OPTIONAL_KINDS.has(kind)) expect(present, `no ${kind} row`).toContain(kind);
    }
  });

  it('plants at least one defect in a non-Latin translation', () => {
    const nonLatin = rows.filter((r) => r.set === 'article' && /\.(te|ar|ja)\.md$/.test(r.file));
    expect(nonLatin.length).toBeGreaterThan(0);
  });

  it('marks a split heading with two consecutive headings starting at the listed line', () => {
    for (const row of rows.filter((r) => r.defect === 'split-heading')) {
      const lines = readSampleText(join(SAMPLES, row.set, row.file)).split('\n');
      const following = lines.slice(row.line).find((line) => line.trim() !== '');
      expect(isHeading(lines[row.line - 1] ?? ''), `${row.id}: line ${row.line} is not a heading`).toBe(true);
      expect(isHeading(following ?? ''), `${row.id}: the next block is not a heading`).toBe(true);
    }
  });

  it('keeps each English sentence left in a translation word for word from the source', () => {
    const source = readSampleText(join(ARTICLE, 'field-guide.en.md'));
    for (const row of rows.filter((r) => r.defect === 'wrong-language' && r.set === 'article')) {
      expect(source, `${row.id}: evidence is not a source sentence`).toContain(row.evidence);
    }
  });
});

describe('the article set', () => {
  const manifest = articleManifest();
  const source = manifest.documents.find((d) => d.role === 'source');
  const targets = manifest.documents.filter((d) => d.role === 'target');
  const sourceText = readSampleText(join(ARTICLE, source?.path ?? 'missing'));
  const splitRows = readDefects().filter((r) => r.defect === 'split-heading' && r.set === 'article');

  it('has an English source and at least five languages, one right-to-left and one non-Latin', () => {
    expect(source?.lang).toBe('en');
    const languages = new Set(manifest.documents.map((d) => d.lang));
    expect(languages.size).toBeGreaterThanOrEqual(5);
    expect(languages).toContain('ar');
    for (const doc of manifest.documents) {
      expect(doc.path).toBe(`field-guide.${doc.lang}.md`);
      expect(existsSync(join(ARTICLE, doc.path)), `${doc.path} is missing`).toBe(true);
    }
    const arabicLetters = readSampleText(join(ARTICLE, 'field-guide.ar.md')).match(/\p{Script=Arabic}/gu) ?? [];
    expect(arabicLetters.length).toBeGreaterThan(1000);
    for (const [lang, script] of [['te', /\p{Script=Telugu}/gu], ['ja', /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/gu]] as const) {
      expect((readSampleText(join(ARTICLE, `field-guide.${lang}.md`)).match(script) ?? []).length, lang).toBeGreaterThan(500);
    }
  });

  it('has a title, several sections, at least 12 paragraphs and a bulleted list of 4–6 items', () => {
    const lines = sourceText.split('\n');
    expect(lines[0]).toMatch(/^# \S/);
    expect(lines.filter((l) => l.startsWith('## ')).length).toBeGreaterThanOrEqual(4);
    expect(paragraphLines(sourceText).length).toBeGreaterThanOrEqual(12);
    const bullets = lines.filter(isBullet).length;
    expect(bullets).toBeGreaterThanOrEqual(4);
    expect(bullets).toBeLessThanOrEqual(6);
  });

  it('writes each paragraph on one line so that line numbers stay meaningful', () => {
    for (const doc of manifest.documents) {
      const lines = readSampleText(join(ARTICLE, doc.path)).split('\n');
      lines.forEach((line, i) => {
        const next = lines[i + 1] ?? '';
        const prose = (l: string) => l.trim() !== '' && !isHeading(l) && !isBullet(l) && !isNumbered(l);
        expect(prose(line) && prose(next), `${doc.path}:${i + 1} is hard-wrapped`).toBe(false);
      });
    }
  });

  it('gives every translation the structure of the source, except for listed split headings', () => {
    const count = (text: string, test: (line: string) => boolean) => text.split('\n').filter(test).length;
    for (const doc of targets) {
      const text = readSampleText(join(ARTICLE, doc.path));
      const splits = splitRows.filter((r) => r.file === doc.path).length;
      expect(count(text, isHeading), `${doc.path} headings`).toBe(count(sourceText, isHeading) + splits);
      expect(count(text, isBullet), `${doc.path} bullets`).toBe(count(sourceText, isBullet));
      expect(count(text, isNumbered), `${doc.path} numbered items`).toBe(count(sourceText, isNumbered));
      expect(paragraphLines(text).length, `${doc.path} paragraphs`).toBe(paragraphLines(sourceText).length);
    }
  });
});

describe('the other sample sets', () => {
  it('gives the revisions set an English source and two French revisions', () => {
    const dir = join(SAMPLES, 'revisions');
    const manifest = JSON.parse(readSampleText(join(dir, 'verso.json'))) as { documents: { path: string; lang: string; role: string }[] };
    expect(manifest.documents.filter((d) => d.role === 'revision').map((d) => d.lang)).toEqual(['fr', 'fr']);
    for (const doc of manifest.documents) {
      const text = readSampleText(join(dir, doc.path));
      const paragraphs = paragraphLines(text).length;
      expect(paragraphs, doc.path).toBeGreaterThanOrEqual(8);
      expect(paragraphs, doc.path).toBeLessThanOrEqual(12);
    }
    const [v1, v2] = manifest.documents.filter((d) => d.role === 'revision').map((d) => readSampleText(join(dir, d.path)));
    expect(v1).not.toBe(v2);
  });

  it('ships translations with no source and no manifest, named <name>.<lang>.txt', () => {
    const dir = join(SAMPLES, 'translations-only');
    const files = readdirSync(dir).sort();
    expect(files).toEqual(['clockmaker.it.txt', 'clockmaker.nl.txt', 'clockmaker.pt-BR.txt']);
    for (const file of files) expect(readSampleText(join(dir, file)).split('\n\n').length).toBeGreaterThanOrEqual(5);
  });
});

describe('the example comments of the article set', () => {
  const sidecarSchema = z.object({
    schema: z.literal(1),
    document: z.object({ fileName: z.string(), hash: z.string().regex(/^sha256:[0-9a-f]{64}$/), length: z.number().int() }),
    annotations: z.array(annotationSchema),
  });
  const sidecarFiles = readdirSync(ARTICLE).filter((f) => f.endsWith('.review.json'));
  const sourceText = readSampleText(join(ARTICLE, 'field-guide.en.md'));

  it('ships two or three sidecars with three to five comments in all', () => {
    expect(sidecarFiles.length).toBeGreaterThanOrEqual(2);
    expect(sidecarFiles.length).toBeLessThanOrEqual(3);
    const total = sidecarFiles.reduce((n, f) => n + JSON.parse(readSampleText(join(ARTICLE, f))).annotations.length, 0);
    expect(total).toBeGreaterThanOrEqual(3);
    expect(total).toBeLessThanOrEqual(5);
  });

  for (const file of sidecarFiles) {
    it(`${file} matches its document and anchors every comment`, () => {
      const raw = readSampleText(join(ARTICLE, file));
      const sidecar = sidecarSchema.parse(JSON.parse(raw));
      expect(raw).toBe(`${JSON.stringify(JSON.parse(raw), null, 2)}\n`);
      expect(`${sidecar.document.fileName}.review.json`).toBe(file);

      const text = readSampleText(join(ARTICLE, sidecar.document.fileName));
      expect(sidecar.document.hash).toBe(`sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`);
      const codePoints = Array.from(text);
      expect(sidecar.document.length).toBe(codePoints.length);

      for (const annotation of sidecar.annotations) {
        const [quote, position] = annotation.target.selector;
        expect(codePoints.slice(position.start, position.end).join(''), annotation.id).toBe(quote.exact);
        expect(codePoints.slice(0, position.start).join('').endsWith(quote.prefix), `${annotation.id} prefix`).toBe(true);
        expect(codePoints.slice(position.end).join('').startsWith(quote.suffix), `${annotation.id} suffix`).toBe(true);
        expect(Array.from(quote.prefix).length).toBeLessThanOrEqual(32);
        expect(Array.from(quote.suffix).length).toBeLessThanOrEqual(32);
        expect(annotation.links.length).toBeGreaterThan(0);
        for (const link of annotation.links) {
          expect(link.documentId).toBe('field-guide.en.md');
          expect(sourceText.slice(link.start, link.end), `${annotation.id} link`).toBe(link.text);
        }
      }
    });
  }

  it('is what scripts/make-sample-comments.mjs writes for the current texts', () => {
    const run = () => execFileSync(process.execPath, [join(ROOT, 'scripts', 'make-sample-comments.mjs'), '--check'], { encoding: 'utf8', stdio: 'pipe' });
    expect(run).not.toThrow();
  });
});

describe('scripts/generate-large-set.mjs', () => {
  const temp = mkdtempSync(join(tmpdir(), 'verso-large-set-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  interface Summary {
    documents: { path: string; lang: string; role: string; paragraphs: number; headings: number; omitted: number; added: number }[];
  }
  const generate = (dir: string, ...args: string[]): Summary =>
    JSON.parse(execFileSync(process.execPath, [join(ROOT, 'scripts', 'generate-large-set.mjs'), dir, ...args], { encoding: 'utf8' }));

  it('writes the requested documents with the requested paragraphs, gaps and headings', () => {
    const dir = join(temp, 'a');
    const summary = generate(dir, '--docs', '5', '--paragraphs', '600');
    expect(readdirSync(dir).sort()).toEqual(['large.ar.md', 'large.de.md', 'large.en.md', 'large.hi.md', 'large.ja.md', 'verso.json']);

    const manifest = JSON.parse(readFileSync(join(dir, 'verso.json'), 'utf8')) as { documents: { path: string; role: string }[] };
    expect(manifest.documents.map((d) => d.role)).toEqual(['source', 'target', 'target', 'target', 'target']);

    const [source, ...targets] = summary.documents;
    expect(source?.paragraphs).toBe(600);
    for (const doc of summary.documents) {
      const text = readFileSync(join(dir, doc.path), 'utf8');
      const lines = text.split('\n').filter((l) => l.trim() !== '');
      expect(lines.filter((l) => !isHeading(l)).length, doc.path).toBe(doc.paragraphs);
      expect(lines.filter(isHeading).length, doc.path).toBe(source?.headings);
      expect(doc.paragraphs).toBe(600 - doc.omitted + doc.added);
    }
    // Headings every 15–25 paragraphs, plus the title.
    expect(source?.headings).toBeGreaterThanOrEqual(1 + Math.floor(600 / 26));
    expect(source?.headings).toBeLessThanOrEqual(2 + Math.ceil(600 / 15));
    expect(targets.some((d) => d.omitted > 0)).toBe(true);
    expect(targets.some((d) => d.added > 0)).toBe(true);
  });

  it('writes the same bytes for the same arguments', () => {
    generate(join(temp, 'b'), '--paragraphs', '200', '--docs', '3');
    generate(join(temp, 'c'), '--paragraphs', '200', '--docs', '3');
    for (const file of readdirSync(join(temp, 'b'))) {
      expect(readFileSync(join(temp, 'c', file), 'utf8'), file).toBe(readFileSync(join(temp, 'b', file), 'utf8'));
    }
  });

  it('refuses a document count it cannot produce, saying what is allowed', () => {
    expect(() => execFileSync(process.execPath, [join(ROOT, 'scripts', 'generate-large-set.mjs'), join(temp, 'd'), '--docs', '99'], { stdio: 'pipe' })).toThrow(
      /--docs must be a whole number from 2 to \d+/,
    );
  });
});
