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
});
