import { describe, expect, it } from 'vitest';
import { advancedWrappingLimit, wrappingStrategyFor } from '../../../../renderer/panes/wrapping.js';

describe('wrappingStrategyFor', () => {
  it('keeps grapheme clusters whole for scripts built on vowel signs', () => {
    expect(wrappingStrategyFor('తెలుగు భాషలో ప్రతి అక్షరానికి గుణింతాలు ఉంటాయి. '.repeat(5))).toBe('advanced');
    expect(wrappingStrategyFor('हिन्दी में मात्राएँ अक्षरों के साथ जुड़ती हैं। '.repeat(5))).toBe('advanced');
  });
  it('uses the fast wrapping for Latin, CJK and Arabic prose', () => {
    expect(wrappingStrategyFor('Café, naïve, résumé: a few accents. '.repeat(20))).toBe('simple');
    expect(wrappingStrategyFor('日本語の文章は結合文字をほとんど使いません。'.repeat(20))).toBe('simple');
    expect(wrappingStrategyFor('مرحبا بكم في مكتبة البذور. '.repeat(20))).toBe('simple');
  });
  it('falls back to the fast wrapping for very long documents', () => {
    const telugu = 'తెలుగు అక్షరాలు '.repeat(Math.ceil(advancedWrappingLimit / 10));
    expect(telugu.length).toBeGreaterThan(advancedWrappingLimit);
    expect(wrappingStrategyFor(telugu)).toBe('simple');
  });
});
