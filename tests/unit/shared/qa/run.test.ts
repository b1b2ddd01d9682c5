import { describe, expect, it } from 'vitest';
import { describeCheck, qaChecks, runQa } from '../../../../shared/qa/index.js';
import { buildSet, spanText } from './build-set.js';

describe('runQa', () => {
  it('runs every check over a multi-row set and returns findings in document order', () => {
    const set = buildSet([
      { language: 'en', sentences: ['Open the file.', 'It costs 25 euros.', 'Is it ready?', 'Visit https://example.com now.', 'Thank you.'] },
      { language: 'de', sentences: ['Öffnen Sie die Datei.', 'Es kostet 26 Euro.', 'Es ist fertig.', null, 'Danke  schön.'] },
      { language: 'ja', sentences: ['ファイルを開きます。', '料金は25ユーロです。', '準備はできましたか？', 'https://example.com をご覧ください。', 'ありがとう。'] },
    ]);
    const findings = runQa({ documents: set.documents, rows: set.rows, sourceIndex: 0 });
    const summary = findings.map((f) => [f.documentIndex, f.check, spanText(set, f)]);
    expect(summary).toEqual([
      [1, 'numbers', '26'],
      [1, 'end-punctuation', '.'],
      [1, 'omission', ''],
      [1, 'whitespace', '  '],
    ]);
    for (let i = 1; i < findings.length; i++) {
      const a = findings[i - 1]!;
      const b = findings[i]!;
      expect(a.documentIndex < b.documentIndex || (a.documentIndex === b.documentIndex && a.start <= b.start)).toBe(true);
    }
  });

  it('reports an omission seen by both the pair and the consensus check once', () => {
    const set = buildSet([
      { language: 'en', sentences: ['One.', 'Two.', 'Three.'] },
      { language: 'de', sentences: ['Eins.', null, 'Drei.'] },
      { language: 'fr', sentences: ['Un.', 'Deux.', 'Trois.'] },
    ]);
    const findings = runQa({ documents: set.documents, rows: set.rows, sourceIndex: 0, enabled: ['omission', 'consensus'] });
    expect(findings.map((f) => f.check)).toEqual(['omission']);
  });

  it('compares every document with the first when the set has no source', () => {
    const set = buildSet([
      { language: 'de', sentences: ['Es kostet 25 Euro.'] },
      { language: 'fr', sentences: ['Cela coûte 25 euros.'] },
      { language: 'it', sentences: ['Costa 27 euro.'] },
    ]);
    const findings = runQa({ documents: set.documents, rows: set.rows, sourceIndex: null, enabled: ['numbers'] });
    expect(findings.map((f) => [f.documentIndex, spanText(set, f)])).toEqual([[2, '27']]);
  });

  it('finds no cross-language mismatch in identical documents, whether declared in different languages or the same', () => {
    const sentences = ['Version 2.5 costs 1,000.50 euros (see {0}).', 'Write to help@example.com or visit https://example.com/help.', 'Is it <b>ready</b>?', 'Done: 100%.'];
    const crossLanguage = ['numbers', 'placeholders', 'links', 'end-punctuation', 'brackets', 'length-ratio', 'omission', 'addition', 'inconsistency'];
    for (const languages of [['en', 'de'], ['en', 'fr'], ['en', 'ar'], ['en', 'en'], ['hi', 'te']]) {
      const set = buildSet(languages.map((language) => ({ language, sentences })));
      const findings = runQa({ documents: set.documents, rows: set.rows, sourceIndex: 0 });
      expect(findings.filter((f) => crossLanguage.includes(f.check))).toEqual([]);
    }
    const same = buildSet([{ language: 'en', sentences }, { language: 'en', sentences }]);
    expect(runQa({ documents: same.documents, rows: same.rows, sourceIndex: 0 })).toEqual([]);
  });

  it('runs only the enabled checks', () => {
    const set = buildSet([
      { language: 'en', sentences: ['It costs 25 euros.'] },
      { language: 'de', sentences: ['Es kostet 26 Euro'] },
    ]);
    expect(runQa({ documents: set.documents, rows: set.rows, sourceIndex: 0, enabled: ['end-punctuation'] }).map((f) => f.check)).toEqual(['end-punctuation']);
  });

  it('rejects a source index outside the set', () => {
    expect(() => runQa({ documents: [], rows: [], sourceIndex: 2 })).toThrow(/source index 2/);
  });
});

describe('check registry', () => {
  it('lists each check once, each with a title, severity and MQM category', () => {
    const ids = qaChecks.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(['numbers', 'placeholders', 'links', 'end-punctuation', 'brackets', 'quotation-marks', 'whitespace', 'repeated-words', 'untranslated', 'wrong-language', 'length-ratio', 'omission', 'addition', 'consensus', 'inconsistency', 'glossary', 'custom']));
  });

  it('describes a check by id, and custom checks by their prefix', () => {
    expect(describeCheck('numbers')).toMatchObject({ id: 'numbers', defaultSeverity: 'major', category: 'locale-conventions/number-format' });
    expect(describeCheck('custom/no-click-here')?.id).toBe('custom');
    expect(describeCheck('nonexistent')).toBeUndefined();
  });
});
