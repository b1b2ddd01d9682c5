import { describe, expect, it } from 'vitest';
import { check, pair, spanText } from '../build-set.js';

describe('end punctuation check', () => {
  it('treats language equivalents as the same mark', () => {
    expect(check('end-punctuation', pair('en', ['It works.'], 'ja', ['動作します。'])).findings).toEqual([]);
    expect(check('end-punctuation', pair('en', ['It works.'], 'hi', ['यह काम करता है।'])).findings).toEqual([]);
    expect(check('end-punctuation', pair('en', ['Is it ready?'], 'ar', ['هل هو جاهز؟'])).findings).toEqual([]);
    expect(check('end-punctuation', pair('en', ['Is it ready?'], 'zh', ['准备好了吗？'])).findings).toEqual([]);
    expect(check('end-punctuation', pair('en', ['Is it ready?'], 'el', ['Είναι έτοιμο;'])).findings).toEqual([]);
  });

  it('looks past closing quotes and brackets', () => {
    expect(check('end-punctuation', pair('en', ['He said “yes.”'], 'de', ['Er sagte „ja.“'])).findings).toEqual([]);
    expect(check('end-punctuation', pair('en', ['He said “yes.”'], 'ja', ['彼は「はい。」と言った。'])).findings).toEqual([]);
  });

  it('flags a question that became a statement, at the final mark', () => {
    const { texts, findings, set } = check('end-punctuation', pair('en', ['Is it ready?'], 'de', ['Es ist fertig.']));
    expect(texts).toEqual(['.']);
    expect(findings[0]?.related.map((r) => spanText(set, r))).toEqual(['?']);
    expect(check('end-punctuation', pair('en', ['Is it ready?'], 'ar', ['هو جاهز.'])).texts).toEqual(['.']);
    expect(check('end-punctuation', pair('en', ['Stop!'], 'zh', ['停下。'])).texts).toEqual(['。']);
  });

  it('flags a missing final mark with an empty range at the end of the target', () => {
    const { findings, set } = check('end-punctuation', pair('en', ['It works.'], 'te', ['ఇది పనిచేస్తుంది']));
    expect(findings).toHaveLength(1);
    expect(findings[0]?.start).toBe(findings[0]?.end);
    expect(findings[0]?.start).toBe(set.documents[1]?.text.length);
  });

  it('accepts Thai, which ends statements without a mark', () => {
    expect(check('end-punctuation', pair('en', ['It works.'], 'th', ['มันใช้งานได้'])).findings).toEqual([]);
  });

  it('accepts a full stop for a colon that introduces a list in Japanese, Chinese and Korean only', () => {
    expect(check('end-punctuation', pair('en', ['The main roles are:'], 'ja', ['主な役割は次のとおりです。'])).findings).toEqual([]);
    expect(check('end-punctuation', pair('en', ['The main roles are:'], 'zh', ['主要角色如下。'])).findings).toEqual([]);
    expect(check('end-punctuation', pair('en', ['The main roles are:'], 'de', ['Die wichtigsten Aufgaben sind.'])).texts).toEqual(['.']);
  });
});

