import { describe, expect, it } from 'vitest';
import { forEachToken, TokenTable } from '../../../../shared/align/tokens.js';

const tokensOf = (text: string): string[] => {
  const out: string[] = [];
  forEachToken(text, (start, end) => out.push(text.slice(start, end)));
  return out;
};

describe('forEachToken', () => {
  it('hands out the spans of words, numbers and the punctuation marks that carry evidence, in any script', () => {
    // Full stops and commas are not evidence (every sentence has them); "?" is.
    expect(tokensOf('Dr. Okafor paid 1,250 €?')).toEqual(['Dr', 'Okafor', 'paid', '1', '250', '?']);
    expect(tokensOf('గ్రంథాలయం 2019లో')).toEqual(['గ్రంథాలయం', '2019', 'లో']);
    // A character outside the Basic Multilingual Plane is one token character, not two halves.
    expect(tokensOf('𠀋x 😀')).toEqual(['𠀋x']);
  });
});

describe('TokenTable', () => {
  it('finds a value from a span of a longer text, and nothing for a span it does not hold', () => {
    const table = new TokenTable<number>();
    table.add('seed', 1);
    table.add('seeds', 2);
    const text = 'the seeds we seed';
    expect(table.find(text, 4, 9)).toBe(2);
    expect(table.find(text, 13, 17)).toBe(1);
    expect(table.find(text, 4, 8)).toBe(1);
    expect(table.find(text, 0, 3)).toBeUndefined();
    // Same length and nearly the same text is still another token.
    expect(table.find('seek', 0, 4)).toBeUndefined();
    expect(table.find('', 0, 0)).toBeUndefined();
  });

  it('keeps every value as it grows far beyond its first size', () => {
    const table = new TokenTable<number>();
    const words = Array.from({ length: 20_000 }, (_, k) => `w${k.toString(36)}`);
    words.forEach((w, k) => table.add(w, k));
    const text = words.join(' ');
    let at = 0;
    words.forEach((w, k) => {
      expect(table.find(text, at, at + w.length)).toBe(k);
      at += w.length + 1;
    });
    expect(table.find('w-none', 0, 6)).toBeUndefined();
  });
});
