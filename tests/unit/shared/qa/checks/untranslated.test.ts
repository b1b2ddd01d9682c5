import { describe, expect, it } from 'vitest';
import { check, pair, spanText } from '../build-set.js';

describe('untranslated check', () => {
  it('flags a target identical to the source in another language', () => {
    const { texts, findings, set } = check('untranslated', pair('en', ['Save your changes first.'], 'de', ['Save your changes first.']));
    expect(texts).toEqual(['Save your changes first.']);
    expect(findings[0]?.related.map((r) => spanText(set, r))).toEqual(['Save your changes first.']);
    expect(check('untranslated', pair('hi', ['अपने परिवर्तन सहेजें।'], 'te', ['अपने परिवर्तन सहेजें।'])).findings).toHaveLength(1);
    expect(check('untranslated', pair('zh', ['请先保存更改。'], 'ja', ['请先保存更改。'])).findings).toHaveLength(0);
    expect(check('untranslated', pair('zh', ['请先保存您所做的全部更改。'], 'ko', ['请先保存您所做的全部更改。'])).findings).toHaveLength(0);
  });

  it('accepts names, codes and numbers that stay the same', () => {
    expect(check('untranslated', pair('en', ['Berlin'], 'de', ['Berlin'])).findings).toEqual([]);
    expect(check('untranslated', pair('en', ['API v2.1'], 'ar', ['API v2.1'])).findings).toEqual([]);
    expect(check('untranslated', pair('en', ['42.'], 'hi', ['42.'])).findings).toEqual([]);
  });

  it('accepts identical revisions in the same language', () => {
    expect(check('untranslated', pair('en', ['Save your changes first.'], 'en-GB', ['Save your changes first.'])).findings).toEqual([]);
  });
});
