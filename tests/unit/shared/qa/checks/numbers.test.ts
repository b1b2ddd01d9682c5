import { describe, expect, it } from 'vitest';
import { check, pair, spanText } from '../build-set.js';

describe('numbers check', () => {
  it('accepts the same value written with each language’s separators', () => {
    const { findings } = check('numbers', pair('en', ['It costs 1,000.5 euros and 2.5 kg.'], 'de', ['Es kostet 1.000,5 Euro und 2,5 kg.']));
    expect(findings).toEqual([]);
  });

  it('accepts French narrow-space grouping and Arabic separators', () => {
    expect(check('numbers', pair('en', ['Population: 12,345,678.'], 'fr', ['Population : 12\u202F345\u202F678.'])).findings).toEqual([]);
    expect(check('numbers', pair('en', ['Pay 1,234.5 now.'], 'ar', ['ادفع ١٬٢٣٤٫٥ الآن.'])).findings).toEqual([]);
  });

  it('reads digits of any script by value (Devanagari, Telugu, full-width, Arabic-Indic)', () => {
    expect(check('numbers', pair('en', ['Chapter 42 has 365 pages.'], 'hi', ['अध्याय ४२ में ३६५ पृष्ठ हैं।'])).findings).toEqual([]);
    expect(check('numbers', pair('en', ['Chapter 42.'], 'te', ['అధ్యాయం ౪౨.'])).findings).toEqual([]);
    expect(check('numbers', pair('en', ['Room 305.'], 'ja', ['３０５号室。'])).findings).toEqual([]);
  });

  it('flags a changed number at its exact characters, with the source number related', () => {
    const { findings, set, texts } = check('numbers', pair('en', ['Chapter 42 has 365 pages.'], 'hi', ['अध्याय ४२ में ३६६ पृष्ठ हैं।']));
    expect(texts).toEqual(['३६६']);
    expect(findings[0]?.related.map((r) => spanText(set, r))).toEqual(['365']);
    expect(findings[0]?.documentIndex).toBe(1);
  });

  it('flags a number missing from the target (CJK) and one added (Latin)', () => {
    const missing = check('numbers', pair('en', ['Wait 10 minutes.'], 'zh', ['请稍等几分钟。']));
    expect(missing.texts).toEqual(['请稍等几分钟。']);
    expect(missing.findings[0]?.message).toContain('missing');
    expect(missing.findings[0]?.related.map((r) => spanText(missing.set, r))).toEqual(['10']);
    const added = check('numbers', pair('en', ['Wait a minute.'], 'es', ['Espere 5 minutos.']));
    expect(added.texts).toEqual(['5']);
    expect(added.findings[0]?.message).toContain('not in the source');
  });

  it('knows "1,000" is a thousand in English and one in German', () => {
    expect(check('numbers', pair('en', ['Send 1,000 letters.'], 'de', ['Senden Sie 1.000 Briefe.'])).findings).toEqual([]);
    expect(check('numbers', pair('en', ['Send 1,000 letters.'], 'de', ['Senden Sie 1 Brief.'])).texts).toEqual(['1']);
  });

  it('ignores numbers inside URLs and placeholders', () => {
    const { findings } = check('numbers', pair('en', ['See https://example.com/page2 and {0}.'], 'de', ['Siehe https://example.com/page2 und {0}.']));
    expect(findings).toEqual([]);
    expect(check('numbers', pair('en', ['Item %1$d of {count}.'], 'fr', ['Élément %1$d sur {count}.'])).findings).toEqual([]);
  });

  it('does not split a year from a following count', () => {
    expect(check('numbers', pair('en', ['In 2019 300 people came.'], 'de', ['Im Jahr 2019 kamen 300 Menschen.'])).findings).toEqual([]);
  });
});
