import { describe, expect, it } from 'vitest';
import { changesIn, rowWordDiff, wordDiff, wordTokens } from '../../../../shared/diff/word-diff.js';

const texts = (text: string, spans: { start: number; end: number }[]) => spans.map((s) => text.slice(s.start, s.end));

describe('wordDiff', () => {
  it('finds nothing between identical texts', () => {
    expect(wordDiff('Le quai sera fermé.', 'Le quai sera fermé.', 'fr')).toEqual({ removed: [], added: [] });
  });

  it('marks a changed number as one removed and one added word (Latin)', () => {
    const older = 'déplacé de 15 mètres vers l’est';
    const newer = 'déplacé de 150 mètres vers l’est';
    const diff = wordDiff(older, newer, 'fr');
    expect(texts(older, diff.removed)).toEqual(['15']);
    expect(texts(newer, diff.added)).toEqual(['150']);
  });

  it('marks an inserted sentence with exact offsets, spaces included', () => {
    const older = 'Faites couler le robinet. Merci.';
    const newer = 'Faites couler le robinet. L’eau reste potable. Merci.';
    const diff = wordDiff(older, newer, 'fr');
    expect(diff.removed).toEqual([]);
    expect(texts(newer, diff.added)).toEqual(['L’eau reste potable. ']);
    expect(diff.added[0]).toEqual({ start: 26, end: 47 });
  });

  it('diffs Japanese by word, not by the whole run of characters', () => {
    const older = '私は東京に住んでいます。';
    const newer = '私は大阪に住んでいます。';
    const diff = wordDiff(older, newer, 'ja');
    expect(texts(older, diff.removed)).toEqual(['東京']);
    expect(texts(newer, diff.added)).toEqual(['大阪']);
  });

  it('diffs Chinese by word', () => {
    const older = '我们明天去北京。';
    const newer = '我们明天去上海。';
    const diff = wordDiff(older, newer, 'zh');
    expect(texts(older, diff.removed)).toEqual(['北京']);
    expect(texts(newer, diff.added)).toEqual(['上海']);
  });

  it('diffs Thai by word although Thai has no spaces between words', () => {
    const older = 'ฉันชอบกินข้าว';
    const newer = 'ฉันชอบกินผลไม้';
    const diff = wordDiff(older, newer, 'th');
    const removed = texts(older, diff.removed).join('');
    const added = texts(newer, diff.added).join('');
    expect(removed).toBe('ข้าว');
    expect(added).toBe('ผลไม้');
  });

  it('diffs Arabic words with exact UTF-16 offsets', () => {
    const older = 'يبلغ طول الطريق ١٢٠ كيلومترا.';
    const newer = 'يبلغ طول الطريق ١٥٠ كيلومترا.';
    const diff = wordDiff(older, newer, 'ar');
    expect(texts(older, diff.removed)).toEqual(['١٢٠']);
    expect(texts(newer, diff.added)).toEqual(['١٥٠']);
    expect(diff.removed[0]?.start).toBe(older.indexOf('١٢٠'));
  });

  it('counts offsets in UTF-16 units past astral characters', () => {
    const older = '𝒜 big cat';
    const newer = '𝒜 small cat';
    const diff = wordDiff(older, newer, 'en');
    expect(diff.removed).toEqual([{ start: 3, end: 6 }]);
    expect(diff.added).toEqual([{ start: 3, end: 8 }]);
  });

  it('falls back to the root locale for a malformed language tag', () => {
    expect(texts('a b', wordDiff('a b', 'a c', 'not a tag!').removed)).toEqual(['b']);
  });
});

describe('wordTokens', () => {
  it('covers the whole text, whitespace and punctuation included', () => {
    const text = 'Hello, world!  Ça va?';
    expect(wordTokens(text, 'fr').map((t) => t.text).join('')).toBe(text);
  });
});

describe('rowWordDiff', () => {
  it('offsets each row into its document and marks rows only one side has', () => {
    const older = 'Title\n\nSame words here.\n\nGone paragraph.';
    const newer = 'Title!\n\nSame words there.';
    const diff = rowWordDiff(
      [
        { older: { text: 'Title', start: 0 }, newer: { text: 'Title!', start: 0 } },
        { older: { text: 'Same words here.', start: 7 }, newer: { text: 'Same words there.', start: 8 } },
        { older: { text: 'Gone paragraph.', start: 25 }, newer: null },
      ],
      'en',
    );
    expect(texts(older, diff.removed)).toEqual(['here', 'Gone paragraph.']);
    expect(texts(newer, diff.added)).toEqual(['!', 'there']);
  });
});

describe('changesIn', () => {
  it('places removed words where they were in the newer text and marks added ones', () => {
    const older = 'The pipe was laid in 1931 and has burst four times.';
    const newer = 'The pipe was laid in 1931 and burst five times.';
    const { added, removed } = changesIn(older, newer, 'en');
    expect(texts(newer, added)).toEqual(['five']);
    expect(removed.map((r) => r.text)).toEqual(['has ', 'four']);
    expect(removed[0]?.at).toBe(newer.indexOf('burst'));
  });

  it('finds nothing between identical texts', () => {
    expect(changesIn('same', 'same', 'en')).toEqual({ added: [], removed: [] });
  });
});
