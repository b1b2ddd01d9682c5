import { describe, expect, it } from 'vitest';
import { check, spanText } from '../build-set.js';

describe('consensus check', () => {
  const specs = [
    { language: 'de', sentences: ['Eins.', 'Zwei.', 'Drei.'] },
    { language: 'hi', sentences: ['एक।', null, 'तीन।'] },
    { language: 'ja', sentences: ['一。', '二。', '三。'] },
    { language: 'ar', sentences: ['واحد.', 'اثنان.', 'ثلاثة.'] },
  ];

  it('flags the one document lacking a sentence all the others have', () => {
    const { findings, set } = check('consensus', specs, { source: null });
    expect(findings).toHaveLength(1);
    expect(findings[0]?.documentIndex).toBe(1);
    expect(findings[0]?.start).toBe('एक।'.length);
    expect(findings[0]?.related.map((r) => spanText(set, r))).toEqual(['Zwei.', '二。', 'اثنان.']);
  });

  it('says nothing with two documents, or when two documents lack the sentence', () => {
    expect(check('consensus', specs.slice(0, 2), { source: null }).findings).toEqual([]);
    const two = specs.map((s, i) => (i === 2 ? { ...s, sentences: ['一。', null, '三。'] } : s));
    expect(check('consensus', two, { source: null }).findings).toEqual([]);
  });
});
