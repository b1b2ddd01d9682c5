import { describe, expect, it } from 'vitest';
import { check, pair, spanText } from '../build-set.js';

describe('inconsistency check', () => {
  it('flags a source translated differently from its usual translation', () => {
    const specs = pair('en', ['Save the file.', 'Close the window.', 'Save the file.', 'save the file'], 'de', [
      'Speichern Sie die Datei.', 'Schließen Sie das Fenster.', 'Sichern Sie die Datei.', 'Speichern Sie die Datei',
    ]);
    const { findings, texts, set } = check('inconsistency', specs);
    expect(texts).toEqual(['Sichern Sie die Datei.']);
    expect(findings[0]?.related.map((r) => spanText(set, r))).toEqual(['Save the file.', 'Speichern Sie die Datei.']);
  });

  it('flags one translation used for two different sources (Devanagari, CJK)', () => {
    const hindi = check('inconsistency', pair('en', ['Open the file.', 'Open the folder.'], 'hi', ['फ़ाइल खोलें।', 'फ़ाइल खोलें।']));
    expect(hindi.findings).toHaveLength(1);
    expect(hindi.findings[0]?.start).toBe('फ़ाइल खोलें। '.length);
    const japanese = check('inconsistency', pair('en', ['Open the file now.', 'Open the folder now.'], 'ja', ['ファイルを開きます。', 'ファイルを開きます。']));
    expect(japanese.findings).toHaveLength(1);
  });

  it('accepts consistent translations and ignores case, spacing and final punctuation', () => {
    const specs = pair('en', ['Save the file.', 'Save  the file!'], 'ar', ['احفظ الملف.', 'احفظ الملف']);
    expect(check('inconsistency', specs).findings).toEqual([]);
  });
});
