import { describe, expect, it } from 'vitest';
import type { AnnotationTarget } from '../../../../shared/model.js';
import { anchorTarget, CodePointIndex, selectorsForSpan } from '../../../../shared/review/index.js';
import { editDistance, fuzzyAnchor } from '../../../../shared/review/fuzzy-anchor.js';

function spanOf(text: string, quote: string, from = 0) {
  const start = text.indexOf(quote, from);
  if (start < 0) throw new Error(`no ${quote} in ${text}`);
  return { start, end: start + quote.length };
}

function targetOf(text: string, quote: string): AnnotationTarget {
  return selectorsForSpan(text, spanOf(text, quote));
}

const paragraph =
  'The river rises in the northern hills. Its water is cold all year, even in August. ' +
  'Fishermen come from the valley towns to catch trout in spring. The old mill stands where the river bends.';
const quote = 'Its water is cold all year, even in August.';

describe('re-anchoring after edits (exact → context → fuzzy → orphan)', () => {
  const target = targetOf(paragraph, quote);

  it('follows the span when text is inserted before it', () => {
    const edited = `A new opening sentence about the region. ${paragraph}`;
    expect(anchorTarget(edited, target)).toEqual(spanOf(edited, quote));
  });

  it('keeps the span when text after it changes', () => {
    const edited = paragraph.replace('The old mill stands where the river bends.', 'A bridge was built in 1902.');
    expect(anchorTarget(edited, target)).toEqual(spanOf(edited, quote));
  });

  it('finds the span when a word inside it was corrected (fuzzy step)', () => {
    const changedQuote = 'Its water is cold the whole year, even in August.';
    const edited = paragraph.replace(quote, changedQuote);
    expect(anchorTarget(edited, target)).toEqual(spanOf(edited, changedQuote));
  });

  it('finds the span when edits happened before, inside and after it at once', () => {
    const changedQuote = 'Its waters are cold all year, even in August.';
    const edited = `Preface. ${paragraph.replace(quote, changedQuote).replace('trout', 'salmon')}`;
    expect(anchorTarget(edited, target)).toEqual(spanOf(edited, changedQuote));
  });

  it('orphans the annotation when its span was deleted', () => {
    const edited = paragraph.replace(`${quote} `, '');
    expect(anchorTarget(edited, target)).toBeNull();
  });

  it('orphans the annotation when the span was rewritten beyond recognition', () => {
    const edited = paragraph.replace(quote, 'In winter the surface freezes for weeks.');
    expect(anchorTarget(edited, target)).toBeNull();
  });

  it('does not place a short quote on a merely similar word', () => {
    const text = 'The cat sat on the mat.';
    const short = targetOf(text, 'cat');
    expect(anchorTarget('The bat sat on the mat.', short)).toBeNull();
  });

  it('prefers the candidate whose context matches when the quote is repeated with the same typo fix', () => {
    const sentence = 'Please recieve the package.';
    const text = `First: ${sentence} Second: ${sentence}`;
    const second = selectorsForSpan(text, spanOf(text, sentence, 20));
    const fixed = text.replaceAll('recieve', 'receive');
    expect(anchorTarget(fixed, second)).toEqual(spanOf(fixed, 'Please receive the package.', 20));
  });
});

describe('fuzzy re-anchoring in other scripts, positions in code points', () => {
  it('re-anchors Japanese text with astral characters before and inside the span', () => {
    const text = '前書き😀。𠀋の川は北の山から流れ出る。水は一年中冷たく、八月でも冷たい。漁師は春に来る。';
    const span = '水は一年中冷たく、八月でも冷たい。';
    const target = targetOf(text, span);
    const changed = '水は一年中とても冷たく、八月でも冷たい。';
    const edited = `😀😀${text.replace(span, changed)}`;
    const found = anchorTarget(edited, target);
    expect(found).toEqual(spanOf(edited, changed));
    // Selectors made from the result count code points: two emoji before it shift UTF-16 by two more.
    const index = new CodePointIndex(edited);
    expect(index.toCodePoint(found?.start ?? -1)).toBe(Array.from(edited.slice(0, found?.start)).length);
  });

  it('never splits a surrogate pair at the edge of a fuzzy match', () => {
    const text = 'start 𠀋𠀋 漢字かな交じり文の例です 𠀋𠀋 end of the line here';
    const span = '𠀋 漢字かな交じり文の例です 𠀋';
    const target = targetOf(text, span);
    const edited = text.replace('例です', '例でした');
    const found = anchorTarget(edited, target);
    expect(found).not.toBeNull();
    const slice = edited.slice(found?.start, found?.end);
    expect(slice.startsWith('𠀋')).toBe(true);
    expect(slice.endsWith('𠀋')).toBe(true);
  });

  it('re-anchors Telugu and Arabic sentences after a word changed', () => {
    const telugu = 'మొదటి వాక్యం ఇది. నది ఉత్తర కొండలలో పుడుతుంది మరియు దక్షిణానికి ప్రవహిస్తుంది. చివరి వాక్యం.';
    const teluguQuote = 'నది ఉత్తర కొండలలో పుడుతుంది మరియు దక్షిణానికి ప్రవహిస్తుంది.';
    const teluguEdited = telugu.replace('ఉత్తర', 'తూర్పు');
    expect(anchorTarget(teluguEdited, targetOf(telugu, teluguQuote))).toEqual(spanOf(teluguEdited, teluguQuote.replace('ఉత్తర', 'తూర్పు')));
    const arabic = 'الجملة الأولى. ينبع النهر من التلال الشمالية ويجري نحو الجنوب. الجملة الأخيرة.';
    const arabicQuote = 'ينبع النهر من التلال الشمالية ويجري نحو الجنوب.';
    const arabicEdited = arabic.replace('الشمالية', 'الشرقية');
    expect(anchorTarget(arabicEdited, targetOf(arabic, arabicQuote))).toEqual(spanOf(arabicEdited, arabicQuote.replace('الشمالية', 'الشرقية')));
  });
});

describe('fuzzy search in a long document', () => {
  it('finds the span near its old place in a long text by searching windows only', () => {
    const filler = Array.from({ length: 400 }, (_, i) => `Sentence number ${i} talks about something else entirely.`).join(' ');
    const sentence = 'The committee approved the budget for the new library on Tuesday.';
    const text = `${filler} ${sentence} ${filler}`;
    const target = targetOf(text, sentence);
    const changed = 'The committee approved the budget for the new public library on Tuesday.';
    const edited = `Inserted heading.\n\n${text.replace(sentence, changed)}`;
    const started = performance.now();
    const found = fuzzyAnchor(edited, target.selector[0], spanOf(text, sentence).start);
    expect(found).toMatchObject(spanOf(edited, changed));
    // Window search: far below the cost of a full-text scan (~45k × 65 cells) — a sanity bound only.
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('places a long quote by its beginning and end, and orphans it when one of them is gone', () => {
    const long = Array.from({ length: 30 }, (_, i) => `Clause ${i} of the long quoted passage continues here`).join(', ') + '.';
    const text = `Opening words. ${long} Closing words.`;
    const target = targetOf(text, long);
    const middleEdited = long.replace('Clause 15 of', 'Clause fifteen of');
    const edited = `New start. ${text.replace(long, middleEdited)}`;
    expect(long.length).toBeGreaterThan(1000);
    expect(anchorTarget(edited, target)).toEqual(spanOf(edited, middleEdited));
    const endGone = text.replace(long, long.slice(0, 600));
    expect(anchorTarget(endGone, target)).toBeNull();
  });

  it('reports the score and the number of edits', () => {
    const found = fuzzyAnchor('aaa hello wonderful world bbb', { exact: 'hello wondrful world', prefix: 'aaa ', suffix: ' bbb' }, 4);
    expect(found).toMatchObject({ start: 4, end: 25, errors: 1 });
    expect(found?.score).toBeGreaterThan(0.9);
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
});
