import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverSet, findSamples, languageInFileName } from '../../../../electron/service/set-discovery.js';
import { setFolder, tempFolder, writeFiles } from './temp-folders.js';

describe('discoverSet', () => {
  it('finds <name>.<lang>.<ext> files and ignores Verso files, hidden files and untagged files', async () => {
    const root = await setFolder({
      'guide.en.md': '# Guide',
      'guide.pt-BR.md': '# Guia',
      'guide.te.txt': 'గైడ్',
      'README.md': 'about this folder',
      'guide.en.md.review.json': '{}',
      'verso.review.json': '{}',
      '.guide.de.md': 'hidden',
      'notes.old.md': 'old notes',
    });
    const found = await discoverSet(root);
    expect(found.layout).toBe('files');
    expect(found.root).toBe(root);
    expect(found.documents.map((d) => [d.id, d.language, d.format])).toEqual([
      ['guide.en.md', 'en', 'md'],
      ['guide.pt-BR.md', 'pt-BR', 'md'],
      ['guide.te.txt', 'te', 'txt'],
    ]);
  });

  it('finds one subfolder per language', async () => {
    const root = await setFolder({ 'en/guide.md': 'Hello', 'ja/guide.md': 'こんにちは', 'assets/logo.txt': 'not a language' });
    const found = await discoverSet(root);
    expect(found.layout).toBe('language-folders');
    expect(found.documents.map((d) => [d.id, d.language, d.fileName])).toEqual([
      ['en/guide.md', 'en', 'guide.md'],
      ['ja/guide.md', 'ja', 'guide.md'],
    ]);
    expect(found.documents[1]?.file).toBe(join(root, 'ja', 'guide.md'));
  });

  it('reads a verso.json manifest, given as the file or its folder', async () => {
    const root = await setFolder({
      'verso.json': JSON.stringify({
        name: 'User guide',
        documents: [
          { path: 'text/ja.md', lang: 'ja', label: 'Japanese' },
          { path: 'text/en.md', lang: 'en', role: 'source' },
          { path: 'text/x.txt' },
        ],
        options: { level: 'sentence' },
      }),
      'text/ja.md': 'ja',
      'text/en.md': 'en',
      'text/x.txt': 'x',
    });
    for (const path of [root, join(root, 'verso.json')]) {
      const found = await discoverSet(path);
      expect(found.layout).toBe('manifest');
      expect(found.name).toBe('User guide');
      expect(found.documents.map((d) => [d.id, d.language, d.role, d.label])).toEqual([
        ['text/ja.md', 'ja', null, 'Japanese'],
        ['text/en.md', 'en', 'source', undefined],
        ['text/x.txt', null, null, undefined],
      ]);
    }
  });

  it('takes untagged .txt/.md files when nothing is tagged, for language detection', async () => {
    const root = await setFolder({ 'a.md': 'one', 'b.txt': 'two', 'c.docx': 'three' });
    const found = await discoverSet(root);
    expect(found.documents.map((d) => [d.id, d.language])).toEqual([
      ['a.md', null],
      ['b.txt', null],
    ]);
  });

  it('says when nothing exists at the path', async () => {
    const missing = join(await tempFolder(), 'nope');
    await expect(discoverSet(missing)).rejects.toThrow(`Cannot open ${missing}: nothing exists at that path`);
  });

  it('says when the folder is empty', async () => {
    const root = await setFolder({ '.DS_Store': 'x' });
    await expect(discoverSet(root)).rejects.toThrow(/is empty .*<name>\.<language>\.<ext>/);
  });

  it('lists what it found when nothing is a document, and the naming it expects', async () => {
    const root = await setFolder({ 'guide.docx': 'x', 'scan.pdf': 'y' });
    await mkdir(join(root, 'images'));
    await expect(discoverSet(root)).rejects.toThrow(/Found no documents in .* It holds: guide\.docx, images\/, scan\.pdf\. Verso expects files named <name>\.<language>\.<ext>/);
  });

  it('names the line and column of a manifest that does not parse', async () => {
    const root = await setFolder({ 'verso.json': '{\n  "documents": [\n    { "path": "a.en.md" },,\n  ]\n}' });
    await expect(discoverSet(root)).rejects.toThrow(/verso\.json does not parse: .* at line 3, column 27/);
  });

  it('names the manifest entry and field that are wrong', async () => {
    const root = await setFolder({ 'verso.json': JSON.stringify({ documents: [{ path: 'a.md', role: 'pivot' }] }), 'a.md': 'a' });
    await expect(discoverSet(root)).rejects.toThrow(/verso\.json is not a valid set manifest .*at documents\[0\]\.role/);
    await writeFiles(root, { 'verso.json': JSON.stringify({ documents: [{ path: 'a.md', lang: 'english!' }] }) });
    await expect(discoverSet(root)).rejects.toThrow(/documents\[0\]\.lang "english!" is not a BCP 47 language tag/);
  });

  it('names a manifest entry whose file is missing', async () => {
    const root = await setFolder({ 'verso.json': JSON.stringify({ documents: [{ path: 'a.en.md' }, { path: 'gone.ja.md' }] }), 'a.en.md': 'a' });
    await expect(discoverSet(root)).rejects.toThrow(/verso\.json: documents\[1\] "gone\.ja\.md" does not exist \(looked for .*gone\.ja\.md\)/);
  });

  it('opens a set of one document', async () => {
    const root = await setFolder({ 'only.en.md': 'Just one.' });
    expect((await discoverSet(root)).documents).toHaveLength(1);
  });

  it('refuses more than 6 documents, saying at most 6', async () => {
    const files = Object.fromEntries(['en', 'de', 'fr', 'es', 'it', 'ja', 'ko'].map((lang) => [`g.${lang}.md`, lang]));
    const root = await setFolder(files);
    await expect(discoverSet(root)).rejects.toThrow(/holds 7 documents .*at most 6/);
  });

  it('refuses a single document file, saying what to open instead', async () => {
    const root = await setFolder({ 'guide.en.md': 'x' });
    await expect(discoverSet(join(root, 'guide.en.md'))).rejects.toThrow(/guide\.en\.md is a single file .*Open the folder/);
  });
});

describe('languageInFileName', () => {
  it('reads the tag between name and extension', () => {
    expect(languageInFileName('guide.pt-br.md')).toBe('pt-BR');
    expect(languageInFileName('my.guide.zh-Hant.txt')).toBe('zh-Hant');
    expect(languageInFileName('guide.md')).toBeNull();
    expect(languageInFileName('guide.final.md')).toBeNull();
  });
});

describe('findSamples', () => {
  it('offers the sub-folders that open as sets, by folder name', async () => {
    const samples = await setFolder({ 'b-guide/guide.en.md': 'x', 'b-guide/guide.de.md': 'y', 'a-poem/en/poem.txt': 'x', 'empty/.keep': '' });
    expect(await findSamples(samples)).toEqual([
      { name: 'a-poem', path: join(samples, 'a-poem') },
      { name: 'b-guide', path: join(samples, 'b-guide') },
    ]);
    expect(await findSamples(undefined)).toEqual([]);
    expect(await findSamples(join(samples, 'missing'))).toEqual([]);
  });
});
