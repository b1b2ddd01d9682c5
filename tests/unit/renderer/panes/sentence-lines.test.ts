import { describe, expect, it } from 'vitest';
import { sentenceBreaks, sentenceView, sentenceViews, sentenceViewText, type SentenceView } from '../../../../renderer/panes/sentence-lines.js';
import { splitSentences } from '../../../../shared/segment/index.js';

/** Splits as Monaco does; the view's lines must be the document's text between its line starts. */
function viewLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** Every property the panes rely on: same lines, every offset maps to a position and back. */
function expectConsistent(doc: string, view: SentenceView): void {
  const shown = viewLines(view.text);
  expect(view.lines.lineCount).toBe(shown.length);
  expect(view.lines.length).toBe(doc.length);
  shown.forEach((line, i) => {
    const start = view.lines.lineStart(i + 1);
    expect(doc.slice(start, start + line.length), `line ${i + 1}`).toBe(line);
  });
  for (let offset = 0; offset <= doc.length; offset++) {
    const position = view.lines.positionAt(offset);
    expect(view.lines.offsetAt(position), `offset ${offset}`).toBe(offset);
    const line = shown[position.lineNumber - 1] ?? '';
    // Inside a line, the character shown at the position is the document's character.
    if (position.column <= line.length) expect(line[position.column - 1]).toBe(doc[offset]);
  }
}

function sentences(text: string, language: string) {
  return splitSentences(text, language);
}

describe('sentence view text', () => {
  it('Latin: turns the space between two sentences of a paragraph into a line break, same length', () => {
    const doc = '# Title\n\nFirst sentence here. Second one follows. Third.\n\nNext paragraph.';
    const view = sentenceView(doc, sentences(doc, 'en'));
    expect(view.text).toBe('# Title\n\nFirst sentence here.\nSecond one follows.\nThird.\n\nNext paragraph.');
    expect(view.text.length).toBe(doc.length);
    expect(view.breaks).toEqual([doc.indexOf('Second'), doc.indexOf('Third')]);
    expect(view.lines.positionAt(doc.indexOf('Second'))).toEqual({ lineNumber: 4, column: 1 });
    // The gutter keeps the file's line numbers: line 3 of the file, then its sentences unnumbered.
    expect([1, 2, 3, 4, 5, 6, 7].map(view.lineLabel)).toEqual(['1', '2', '3', '', '', '4', '5']);
    expectConsistent(doc, view);
  });

  it('keeps a Markdown prefix with the first sentence of its line', () => {
    const doc = '- Lending desk: checking seeds out. Packing is next.\n1. One. Two.';
    const segments = [
      { start: 2, end: doc.indexOf(' Packing') },
      { start: doc.indexOf('Packing'), end: doc.indexOf('\n') },
      { start: doc.indexOf('One'), end: doc.indexOf(' Two') },
      { start: doc.indexOf('Two'), end: doc.length },
    ];
    const view = sentenceView(doc, segments);
    expect(view.text).toBe('- Lending desk: checking seeds out.\nPacking is next.\n1. One.\nTwo.');
    expectConsistent(doc, view);
  });

  it('Telugu: breaks between sentences without splitting letters from their vowel signs', () => {
    const doc = 'ఈ గ్రంథాలయం 2019లో ప్రారంభమైంది. మొదటి సంవత్సరంలో 86 కుటుంబాలు విత్తనాలు తీసుకున్నాయి.';
    const view = sentenceView(doc, sentences(doc, 'te'));
    expect(viewLines(view.text)).toEqual(['ఈ గ్రంథాలయం 2019లో ప్రారంభమైంది.', 'మొదటి సంవత్సరంలో 86 కుటుంబాలు విత్తనాలు తీసుకున్నాయి.']);
    expectConsistent(doc, view);
  });

  it('Arabic: right-to-left text keeps its logical order and offsets', () => {
    const doc = 'افتُتحت المكتبة في 14 مارس 2019. واليوم تضم المجموعة 1250 كيسًا.';
    const view = sentenceView(doc, sentences(doc, 'ar'));
    expect(viewLines(view.text)).toEqual(['افتُتحت المكتبة في 14 مارس 2019.', 'واليوم تضم المجموعة 1250 كيسًا.']);
    expect(view.text.length).toBe(doc.length);
    expectConsistent(doc, view);
  });

  it('Japanese: inserts a line break after "。" where no space separates the sentences', () => {
    const doc = 'ライブラリーは2019年に開館しました。初年度には86世帯が種を借りました。\n\n次の段落です。';
    const view = sentenceView(doc, sentences(doc, 'ja'));
    expect(view.text).toBe('ライブラリーは2019年に開館しました。\n初年度には86世帯が種を借りました。\n\n次の段落です。');
    expect(view.text.length).toBe(doc.length + 1);
    const second = doc.indexOf('初年度');
    expect(view.lines.positionAt(second)).toEqual({ lineNumber: 2, column: 1 });
    // The end of the line before the inserted break is the break's own offset.
    expect(view.lines.offsetAt({ lineNumber: 1, column: 100 })).toBe(second);
    expect(view.lines.lineAt(second - 1)).toBe(1);
    expect([1, 2, 3, 4].map(view.lineLabel)).toEqual(['1', '', '2', '3']);
    expectConsistent(doc, view);
  });

  it('CRLF files: the break is a "\\n" inside a line; the file\'s own line breaks stay as they are', () => {
    const doc = 'One. Two.\r\n\r\nThree. Four.\r\n';
    const view = sentenceView(doc, sentences(doc, 'en'));
    expect(view.text).toBe('One.\nTwo.\r\n\r\nThree.\nFour.\r\n');
    expect(view.lines.lineCount).toBe(6);
    expect(view.lines.positionAt(doc.indexOf('Four'))).toEqual({ lineNumber: 5, column: 1 });
    expectConsistent(doc, view);
  });

  it('two spaces between sentences: the one before the sentence becomes the break', () => {
    const doc = 'First.  Second.';
    const view = sentenceView(doc, [
      { start: 0, end: 6 },
      { start: 8, end: 15 },
    ]);
    expect(view.text).toBe('First. \nSecond.');
    expectConsistent(doc, view);
  });

  it('a sentence that starts a line needs no break, and hard-wrapped sentences still get one', () => {
    const doc = 'One ends here.\nTwo starts a line. Three\ncontinues here.';
    const segments = [
      { start: 0, end: 14 },
      { start: 15, end: doc.indexOf(' Three') },
      { start: doc.indexOf('Three'), end: doc.length },
    ];
    expect(sentenceBreaks(doc, segments)).toEqual([doc.indexOf('Three')]);
    const view = sentenceView(doc, segments);
    expect(view.text).toBe('One ends here.\nTwo starts a line.\nThree\ncontinues here.');
    expectConsistent(doc, view);
  });

  it('never joins a lone "\\r" with the break into one "\\r\\n"', () => {
    // A hard-wrapped sentence over a lone "\r" (old Mac line end), then a sentence after one space.
    const doc = 'A\r B.';
    const view = sentenceView(doc, [
      { start: 0, end: 3 },
      { start: 3, end: 5 },
    ]);
    expect(view.breaks).toEqual([3]);
    expect(view.text).toBe('A\r \nB.');
    expect(sentenceViewText('x. y.', [3])).toBe('x.\ny.');
    expectConsistent(doc, view);
  });

  it('the key of a set\'s views changes only when the breaks do', () => {
    const texts = ['A. B.', 'C. D.'];
    const rows = [{ cells: [[{ start: 0, end: 2 }], [{ start: 0, end: 2 }]] }, { cells: [[{ start: 3, end: 5 }], [{ start: 3, end: 5 }]] }];
    const merged = [{ cells: [[{ start: 0, end: 2 }, { start: 3, end: 5 }], [{ start: 0, end: 2 }, { start: 3, end: 5 }]] }];
    const a = sentenceViews(texts, rows);
    expect(a.views.map((v) => v.text)).toEqual(['A.\nB.', 'C.\nD.']);
    expect(sentenceViews(texts, merged).key).toBe(a.key);
    expect(sentenceViews(texts, [{ cells: [[{ start: 0, end: 5 }], [{ start: 0, end: 5 }]] }]).key).not.toBe(a.key);
  });
});
