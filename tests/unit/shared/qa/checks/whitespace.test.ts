import { describe, expect, it } from 'vitest';
import type { Segment } from '../../../../../shared/model.js';
import { runQa } from '../../../../../shared/qa/index.js';
import { check, pair } from '../build-set.js';

describe('whitespace check', () => {
  it('flags a double space at its exact characters in any script', () => {
    const latin = check('whitespace', pair('en', ['Save the file.'], 'de', ['Speichern Sie  die Datei.']));
    expect(latin.texts).toEqual(['  ']);
    expect(latin.findings[0]?.start).toBe('Speichern Sie'.length);
    expect(check('whitespace', pair('en', ['Save the file.'], 'hi', ['फ़ाइल  सहेजें।'])).texts).toEqual(['  ']);
    expect(check('whitespace', pair('en', ['Save the file.'], 'ar', ['احفظ   الملف.'])).texts).toEqual(['   ']);
  });

  it('accepts single spaces and ideographic text without spaces', () => {
    expect(check('whitespace', pair('en', ['Save the file.'], 'ja', ['ファイルを保存します。'])).findings).toEqual([]);
    expect(check('whitespace', pair('en', ['Save the file.'], 'ru', ['Сохраните файл.'])).findings).toEqual([]);
  });

  it('flags leading and trailing whitespace the source does not have', () => {
    const documents = [
      { id: 'a.en', language: 'en', text: 'Save the file.' },
      { id: 'a.zh', language: 'zh', text: ' 保存文件。 ' },
    ];
    const target: Segment = { start: 0, end: documents[1]!.text.length, text: documents[1]!.text };
    const findings = runQa({ documents, rows: [{ cells: [[{ start: 0, end: 14, text: 'Save the file.' }], [target]], kind: 'match' }], sourceIndex: 0, enabled: ['whitespace'] });
    expect(findings.map((f) => [f.start, f.end, f.message.split(' ')[0]])).toEqual([
      [0, 1, 'Leading'],
      [6, 7, 'Trailing'],
    ]);
  });
});
