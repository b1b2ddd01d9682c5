import { describe, expect, it } from 'vitest';
import { anchorAnnotations, anchorTarget, CONTEXT_LENGTH, selectorsForSpan } from '../../../../shared/review/index.js';

function spanOf(text: string, quote: string, from = 0) {
  const start = text.indexOf(quote, from);
  if (start < 0) throw new Error(`no ${quote}`);
  return { start, end: start + quote.length };
}

describe('selectorsForSpan', () => {
  it('records the quote, 32 code points of context and code point positions', () => {
    const text = `${'x'.repeat(40)} the marked words ${'y'.repeat(40)}`;
    const target = selectorsForSpan(text, spanOf(text, 'marked words'));
    const [quote, position] = target.selector;
    expect(quote.exact).toBe('marked words');
    expect(quote.prefix).toBe(`${'x'.repeat(CONTEXT_LENGTH - 5)} the `);
    expect(quote.suffix).toBe(` ${'y'.repeat(CONTEXT_LENGTH - 1)}`);
    expect(position).toEqual({ type: 'TextPositionSelector', start: 45, end: 57 });
  });

  it('counts positions in code points after astral characters, never splitting them', () => {
    const text = '😀😀 𠀋 漢字のテスト 😀';
    const span = spanOf(text, '漢字');
    const [quote, position] = selectorsForSpan(text, span).selector;
    expect(position.start).toBe(Array.from(text.slice(0, span.start)).length);
    expect(position.start).toBe(span.start - 3);
    expect(quote.prefix).toBe('😀😀 𠀋 ');
    // A span ending inside the last emoji takes the whole emoji.
    const [emojiQuote] = selectorsForSpan(text, { start: text.length - 2, end: text.length - 1 }).selector;
    expect(emojiQuote.exact).toBe('😀');
  });

  it('refuses a span outside the text', () => {
    expect(() => selectorsForSpan('short', { start: 2, end: 9 })).toThrow(/outside the document/);
  });
});

describe('anchorTarget', () => {
  const original = 'The cat sat on the mat. The dog sat on the log. The cat ran.';

  it('uses the recorded position when it still holds the quote', () => {
    const span = spanOf(original, 'cat', 30);
    expect(anchorTarget(original, selectorsForSpan(original, span))).toEqual(span);
  });

  it('finds a quote that moved, preferring the occurrence whose context matches', () => {
    const target = selectorsForSpan(original, spanOf(original, 'cat', 30)); // "The cat ran."
    const edited = 'Intro added here. The cat ran. The cat sat on the mat. The dog sat on the log.';
    expect(anchorTarget(edited, target)).toEqual(spanOf(edited, 'cat'));
    const other = selectorsForSpan(original, spanOf(original, 'cat')); // "The cat sat"
    expect(anchorTarget(edited, other)).toEqual(spanOf(edited, 'cat', 25));
  });

  it('prefers the nearest occurrence when context does not decide', () => {
    const text = 'word a word b word c word';
    const target = selectorsForSpan(text, spanOf(text, 'word', 10));
    const quote = { ...target.selector[0], prefix: '', suffix: '' };
    const moved = { selector: [quote, { ...target.selector[1], start: 13, end: 17 }] as typeof target.selector };
    expect(anchorTarget(text, moved)).toEqual({ start: 14, end: 18 });
  });

  it('orphans an annotation whose quote is gone, keeping it in the list', () => {
    const target = selectorsForSpan(original, spanOf(original, 'mat'));
    const edited = 'The cat sat on the rug. The dog sat on the log.';
    expect(anchorTarget(edited, target)).toBeNull();
    const annotation = {
      id: 'a1', target, links: [], category: 'accuracy', severity: 'minor' as const, comment: '', suggestion: '',
      status: 'open' as const, author: 'R', created: 't', modified: 't', replies: [],
    };
    expect(anchorAnnotations(edited, [annotation])).toEqual([{ annotation, anchor: null }]);
  });

  it('anchors in non-Latin text with astral characters before the quote', () => {
    const text = 'メモ😀: 𠀋𠀋 この文は翻訳です。 ఇది తెలుగు వాక్యం.';
    const span = spanOf(text, 'తెలుగు');
    const target = selectorsForSpan(text, span);
    expect(anchorTarget(text, target)).toEqual(span);
    const edited = `😀😀😀${text}`;
    expect(anchorTarget(edited, target)).toEqual({ start: span.start + 6, end: span.end + 6 });
    // Position is code points: one emoji inserted shifts the quote by one code point, two UTF-16 units.
    const [, position] = target.selector;
    expect(position.end - position.start).toBe(Array.from('తెలుగు').length);
  });

  it('anchors an empty (point) annotation by its context', () => {
    const text = 'Before the point after.';
    const target = selectorsForSpan(text, { start: 10, end: 10 });
    expect(anchorTarget(`New start. ${text}`, target)).toEqual({ start: 21, end: 21 });
  });
});
