import { describe, expect, it } from 'vitest';
import { locateRef, segmentRef } from '../../../../shared/corrections/index.js';

const text = 'Seeds are free. Return some seeds. Seeds are free. Thank you.';

describe('segment references', () => {
  it('keeps the quote, 16 characters of context each side and the offset', () => {
    const start = text.indexOf('Return');
    const ref = segmentRef('a.en.txt', text, { start, end: start + 18, text: 'Return some seeds.' });
    expect(ref).toEqual({ documentId: 'a.en.txt', quote: 'Return some seeds.', prefix: 'Seeds are free. ', suffix: ' Seeds are free.', start });
  });

  it('finds the quote at its offset, else by context, else not at all when a repeated phrase cannot be told apart', () => {
    const second = text.lastIndexOf('Seeds are free.');
    const ref = segmentRef('a.en.txt', text, { start: second, end: second + 15, text: 'Seeds are free.' });
    expect(locateRef(text, ref)).toEqual({ start: second, end: second + 15 });
    const edited = `Welcome! ${text}`;
    expect(locateRef(edited, ref)).toEqual({ start: second + 9, end: second + 24 });
    const contextGone = 'Seeds are free. Seeds are free. Bye.';
    expect(locateRef(contextGone, ref)).toBeNull();
    expect(locateRef('Only once: Seeds are free.', ref)).toEqual({ start: 11, end: 26 });
    expect(locateRef('Nothing here.', ref)).toBeNull();
  });
});
