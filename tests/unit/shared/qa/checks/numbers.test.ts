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

  it('calls a changed value a mistranslation and a separator slip a number-format issue', () => {
    const changed = check('numbers', pair('en', ['We hold 1,250 packets.'], 'te', ['మా దగ్గర 1,520 ప్యాకెట్లు ఉన్నాయి.'])).findings[0];
    expect(changed?.category).toBe('accuracy/mistranslation');
    expect(changed?.severity).toBe('major');
    const format = check('numbers', pair('en', ['It weighs 1,000.5 kg.'], 'de', ['Es wiegt 1,000,5 kg.']));
    expect(format.texts).toEqual(['1,000,5']);
    expect(format.findings[0]?.category).toBe('locale-conventions/number-format');
    expect(format.findings[0]?.severity).toBe('minor');
    expect(check('numbers', pair('en', ['Add 1.5 kg.'], 'fr', ['Ajoutez 15 kg.'])).findings[0]?.category).toBe('accuracy/mistranslation');
  });

  it('compares times of day by the minute: 17:00 = 17 h = 5 pm = 11.00 uur (Latin, CJK, Devanagari)', () => {
    expect(check('numbers', pair('en', ['Work runs from 7:30 to 17:00, and 9:00 to 12:00.'], 'fr', ['Les travaux ont lieu de 7 h 30 à 17 h, et de 9 h à 12 h.'])).findings).toEqual([]);
    expect(check('numbers', pair('it', ['Alle 11:00 si carica.'], 'nl', ['Om 11.00 uur wordt opgewonden.'])).findings).toEqual([]);
    expect(check('numbers', pair('it', ['Alle 11:00 si carica.'], 'pt', ['Às 11h dá-se corda.'])).findings).toEqual([]);
    expect(check('numbers', pair('en', ['Open at 5 pm.'], 'de', ['Geöffnet ab 17:00 Uhr.'])).findings).toEqual([]);
    expect(check('numbers', pair('en', ['Open 16:00 to 19:00.'], 'ja', ['開館は16:00～18:00です。'])).texts).toEqual(['18:00']);
    expect(check('numbers', pair('en', ['Open 16:00 to 19:00.'], 'hi', ['१६:०० से १९:०० तक खुला।'])).findings).toEqual([]);
    expect(check('numbers', pair('en', ['Starts at 7:30.'], 'fr', ['Début à 7 h 45.'])).texts).toEqual(['7 h 45']);
    // "am" after a number is a German word, not a time.
    expect(check('numbers', pair('de', ['Platz 5 am Ende.'], 'en', ['Place 5 at the end.'])).findings).toEqual([]);
  });

  it('accepts a number spelled out on one side and written in digits on the other', () => {
    expect(check('numbers', pair('en', ['It opened on 14 March 2019 in two cabinets.'], 'ja', ['2019年3月14日、キャビネット2台で始まりました。'])).findings).toEqual([]);
    expect(check('numbers', pair('en', ['Our second coordinator replies within a week.'], 'ja', ['2人目のコーディネーターが1週間以内に返信します。'])).findings).toEqual([]);
    expect(check('numbers', pair('en', ['Give 3 hours.'], 'de', ['Geben Sie drei Stunden.'])).findings).toEqual([]);
    expect(check('numbers', pair('es', ['Son veinticinco, no dos.'], 'ja', ['2つです。'])).findings).toEqual([]);
    expect(check('numbers', pair('fr', ['Pendant vingt-quatre heures.'], 'zh', ['24小时内。'])).findings).toEqual([]);
    // A digit with no spelled-out match is still reported.
    expect(check('numbers', pair('en', ['Give two hours.'], 'ja', ['3時間ください。'])).texts).toEqual(['3']);
  });
});

