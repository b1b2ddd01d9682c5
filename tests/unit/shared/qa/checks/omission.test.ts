import { describe, expect, it } from 'vitest';
import { check, pair, spanText } from '../build-set.js';

describe('omission and addition checks', () => {
  it('marks an omission as an empty range after the previous sentence, with the missing source related', () => {
    const specs = pair('en', ['First sentence.', 'Second sentence.', 'Third sentence.'], 'de', ['Erster Satz.', null, 'Dritter Satz.']);
    const { findings, set } = check('omission', specs);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.documentIndex).toBe(1);
    expect(findings[0]?.start).toBe('Erster Satz.'.length);
    expect(findings[0]?.end).toBe(findings[0]?.start);
    expect(findings[0]?.related.map((r) => spanText(set, r))).toEqual(['Second sentence.']);
  });

  it('places an omission at the start of a document that lacks its first sentence (Arabic, CJK)', () => {
    expect(check('omission', pair('en', ['First.', 'Second.'], 'ar', [null, 'الثاني.'])).findings[0]?.start).toBe(0);
    expect(check('omission', pair('en', ['First.', 'Second.'], 'zh', ['第一。', null])).findings[0]?.start).toBe('第一。'.length);
  });

  it('flags an addition over the added text (Devanagari)', () => {
    const { texts, findings } = check('addition', pair('en', ['First.', null], 'hi', ['पहला।', 'अतिरिक्त वाक्य।']));
    expect(texts).toEqual(['अतिरिक्त वाक्य।']);
    expect(findings[0]?.category).toBe('accuracy/addition');
  });

  it('finds nothing in fully matched rows', () => {
    expect(check('omission', pair('en', ['One.', 'Two.'], 'de', ['Eins.', 'Zwei.'])).findings).toEqual([]);
    expect(check('addition', pair('en', ['One.', 'Two.'], 'de', ['Eins.', 'Zwei.'])).findings).toEqual([]);
  });

  // Ten ordinary rows give the pair its length ratio; the merged row comes last.
  const ordinary = (words: string[]): string[] => Array.from({ length: 10 }, (_, i) => `${words.slice(i % 3).join(' ')} ${words.slice(0, 3 + (i % 4)).join(' ')}.`);
  const en = ordinary('the seeds are checked every week by a volunteer at the desk'.split(' '));

  it('finds a sentence lost inside a row that pairs two source sentences with one (Telugu)', () => {
    const te = ordinary('విత్తనాలను ప్రతి వారం డెస్క్ వద్ద ఒక స్వచ్ఛంద సేవకుడు తనిఖీ చేస్తారు'.split(' '));
    const lost = 'A poor result is usually caused by a wet summer, not by a careless grower.';
    const specs = [
      { language: 'en', sentences: [...en, ['If fewer than 4 sprout, the batch is composted and the member is thanked all the same.', lost]] },
      { language: 'te', sentences: [...te, ['4 కంటే తక్కువ మొలకెత్తితే, బ్యాచ్‌ను కంపోస్ట్ చేసి సభ్యుడికి కృతజ్ఞతలు చెబుతాము.']] },
    ];
    const { findings, set } = check('omission', specs);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.related.map((r) => spanText(set, r))).toEqual([lost]);
    expect(spanText(set, findings[0]!)).toContain('మొలకెత్తితే');
  });

  it('finds a sentence added inside a row that pairs one source sentence with two (Arabic)', () => {
    const ar = ordinary('يفحص متطوع البذور كل أسبوع عند مكتب الإعارة في المكتبة'.split(' '));
    const added = 'ولا يُسمح بتناول الطعام أو الشراب داخل غرفة التخزين أبدًا.';
    const specs = [
      { language: 'en', sentences: [...en, 'The first-aid kit is in the cupboard under the desk.'] },
      { language: 'ar', sentences: [...ar, ['توجد حقيبة الإسعافات في الخزانة أسفل المكتب.', added]] },
    ];
    const { texts, findings } = check('addition', specs);
    expect(texts).toEqual([added]);
    expect(findings[0]?.category).toBe('accuracy/addition');
  });

  it('finds nothing where a translation merges or splits sentences faithfully (German, Japanese)', () => {
    const de = ordinary('die Samen werden jede Woche von einem Freiwilligen am Schalter geprüft'.split(' '));
    const merged = [
      { language: 'en', sentences: [...en, ['Label the envelope first.', 'Never label it afterwards.']] },
      { language: 'de', sentences: [...de, 'Beschriften Sie den Umschlag zuerst und niemals erst danach.'] },
    ];
    expect(check('omission', merged).findings).toEqual([]);
    expect(check('addition', merged).findings).toEqual([]);
    const ja = ordinary('種は毎週 貸出カウンターで ボランティアが 確認します 必ず 丁寧に'.split(' '));
    const split = [
      { language: 'en', sentences: [...en, 'We hope you enjoy the work as much as we do, and we look forward to seeing what you grow.', null] },
      { language: 'ja', sentences: [...ja, '皆さんにも楽しんでいただけることを願っています。', '皆さんが何を育てるのか、とても楽しみにしています。'] },
    ];
    expect(check('addition', split).findings).toEqual([]);
  });
});

