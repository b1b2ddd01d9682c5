import { describe, expect, it } from 'vitest';
import { check, pair, spanText } from '../build-set.js';

describe('links check', () => {
  it('accepts the same URL and e-mail address, whatever punctuation follows them', () => {
    expect(check('links', pair('en', ['Visit https://example.com/help.'], 'de', ['Besuchen Sie https://example.com/help!'])).findings).toEqual([]);
    expect(check('links', pair('en', ['Write to help@example.com.'], 'ja', ['help@example.com までご連絡ください。'])).findings).toEqual([]);
    expect(check('links', pair('en', ['See www.example.org (docs).'], 'ar', ['انظر www.example.org (المستندات).'])).findings).toEqual([]);
  });

  it('flags a changed URL at its characters, with the source URL related', () => {
    const { texts, findings, set } = check('links', pair('en', ['Visit https://example.com/help.'], 'ru', ['Посетите https://example.com/hilfe.']));
    expect(texts).toEqual(['https://example.com/hilfe']);
    expect(findings[0]?.related.map((r) => spanText(set, r))).toEqual(['https://example.com/help']);
  });

  it('flags a missing e-mail address (Devanagari target) and an added one (CJK target)', () => {
    const missing = check('links', pair('en', ['Write to help@example.com today.'], 'hi', ['आज हमें लिखें।']));
    expect(missing.texts).toEqual(['आज हमें लिखें।']);
    const added = check('links', pair('en', ['Contact us.'], 'zh', ['请联系 info@example.cn。']));
    expect(added.texts).toEqual(['info@example.cn']);
  });
});
