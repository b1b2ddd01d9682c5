import { describe, expect, it } from 'vitest';
import { sentenceAt } from '../../../../renderer/review/sentence-at.js';

function spanText(text: string, offset: number, language = 'en'): string | null {
  const span = sentenceAt(text, offset, language);
  return span ? text.slice(span.start, span.end) : null;
}

describe('sentenceAt', () => {
  const text = 'First sentence here. Second one follows! Third?\n\nNext paragraph.';

  it('returns the sentence holding the cursor, trimmed', () => {
    expect(spanText(text, text.indexOf('one'))).toBe('Second one follows!');
    expect(spanText(text, 0)).toBe('First sentence here.');
  });

  it('keeps an offset right after a sentence in it', () => {
    expect(spanText(text, text.indexOf('Third?') + 'Third?'.length)).toBe('Third?');
  });

  it('does not cross a paragraph break', () => {
    expect(spanText(text, text.indexOf('Next'))).toBe('Next paragraph.');
  });

  it('segments Japanese sentences', () => {
    const ja = '今日は晴れです。明日は雨でしょう。';
    expect(spanText(ja, ja.indexOf('明日'), 'ja')).toBe('明日は雨でしょう。');
  });

  it('returns null in white space only', () => {
    expect(sentenceAt('   \n\n  ', 3, 'en')).toBeNull();
  });

  it('falls back for a language tag Intl rejects', () => {
    expect(spanText('One. Two.', 6, 'not a tag!')).toBe('Two.');
  });
});
