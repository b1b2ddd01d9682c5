import { describe, expect, it } from 'vitest';
import type { Glossary } from '../../../../../shared/qa/index.js';
import { check, pair, spanText } from '../build-set.js';

const glossary: Glossary = {
  terms: [
    { source: 'file', target: 'Datei', language: 'de', forbidden: ['File'] },
    { source: 'printer', target: 'impresora', language: 'es' },
    { source: 'file', target: 'फ़ाइल', language: 'hi' },
    { source: 'file', target: 'ファイル', language: 'ja', forbidden: ['文書'] },
    { source: 'Cloud', target: 'Cloud', caseSensitive: true, language: 'fr' },
  ],
};

describe('glossary check', () => {
  it('accepts the agreed term, in any case and with a short inflection', () => {
    expect(check('glossary', pair('en', ['Save the files.'], 'de', ['Speichern Sie die Dateien.']), { glossary }).findings).toEqual([]);
    expect(check('glossary', pair('en', ['Printers are ready.'], 'es', ['Las impresoras están listas.']), { glossary }).findings).toEqual([]);
    expect(check('glossary', pair('en', ['Open the file.'], 'hi', ['फ़ाइल खोलें।']), { glossary }).findings).toEqual([]);
    expect(check('glossary', pair('en', ['Open the file.'], 'ja', ['ファイルを開きます。']), { glossary }).findings).toEqual([]);
  });

  it('flags a target that does not use the term, relating the source term', () => {
    const latin = check('glossary', pair('en', ['Save the file.'], 'de', ['Speichern Sie das Dokument.']), { glossary });
    expect(latin.texts).toEqual(['Speichern Sie das Dokument.']);
    expect(latin.findings[0]?.related.map((r) => spanText(latin.set, r))).toEqual(['file']);
    expect(check('glossary', pair('en', ['Open the file.'], 'hi', ['दस्तावेज़ खोलें।']), { glossary }).findings).toHaveLength(1);
    expect(check('glossary', pair('en', ['Open the file.'], 'ja', ['文書を開きます。']), { glossary }).texts).toEqual(['文書', '文書を開きます。']);
  });

  it('flags a forbidden term at its exact characters', () => {
    const { texts, findings } = check('glossary', pair('en', ['Save the file.'], 'de', ['Speichern Sie die Datei, nicht das File.']), { glossary });
    expect(texts).toEqual(['File']);
    expect(findings[0]?.message).toContain('forbidden');
  });

  it('applies terms only to their language and only where the source uses them', () => {
    expect(check('glossary', pair('en', ['Save the file.'], 'it', ['Salva il documento.']), { glossary }).findings).toEqual([]);
    expect(check('glossary', pair('en', ['Save the document.'], 'de', ['Speichern Sie das Dokument.']), { glossary }).findings).toEqual([]);
    expect(check('glossary', pair('en', ['Profile picture.'], 'de', ['Profilbild.']), { glossary }).findings).toEqual([]);
  });

  it('respects case-sensitive terms', () => {
    expect(check('glossary', pair('en', ['Use the cloud.'], 'fr', ['Utilisez le nuage.']), { glossary }).findings).toEqual([]);
    expect(check('glossary', pair('en', ['Use the Cloud.'], 'fr', ['Utilisez le cloud.']), { glossary }).findings).toHaveLength(1);
  });
});
