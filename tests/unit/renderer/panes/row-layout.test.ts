import { describe, expect, it } from 'vitest';
import { layoutRows, planRows, rowAtOffset, rowLines, type RowInput, type Spacer } from '../../../../renderer/panes/row-layout.js';
import { TextLines } from '../../../../renderer/text-lines.js';

// A fake editor: each line's wrapped height is given; zones are applied to compute real tops.
function fakeMeasure(lineHeights: number[][]) {
  return (d: number, from: number, to: number) => {
    let sum = 0;
    for (let line = from; line < to; line++) sum += lineHeights[d]?.[line - 1] ?? 0;
    return sum;
  };
}

/** Top of a line in a document once its spacers are in place (zones after earlier lines count). */
function topOfLine(heights: number[], spacers: Spacer[], line: number): number {
  let top = 0;
  for (let l = 1; l < line; l++) top += heights[l - 1] ?? 0;
  for (const spacer of spacers) if (spacer.afterLineNumber < line) top += spacer.heightInPx;
  return top;
}

function paragraphs(text: string, parts: string[]): { start: number; end: number; text: string }[] {
  return parts.map((part) => {
    const start = text.indexOf(part);
    return { start, end: start + part.length, text: part };
  });
}

describe('planRows + layoutRows', () => {
  const en = 'One.\n\nTwo.\n\nThree.';
  const de = 'Eins.\n\nDrei.';
  const enLines = new TextLines(en);
  const deLines = new TextLines(de);
  const [e1, e2, e3] = paragraphs(en, ['One.', 'Two.', 'Three.']);
  const [d1, d3] = paragraphs(de, ['Eins.', 'Drei.']);
  const rows: RowInput[] = [
    { cells: [[e1!], [d1!]] },
    { cells: [[e2!], []] },
    { cells: [[e3!], [d3!]] },
  ];

  it('finds the start line of each row and marks rows a document lacks', () => {
    const plan = planRows(rows, [enLines, deLines]);
    expect(plan.documents[0]?.places.slice(1)).toEqual([
      { kind: 'block', line: 1 },
      { kind: 'block', line: 3 },
      { kind: 'block', line: 5 },
    ]);
    expect(plan.documents[1]?.places.slice(1)).toEqual([{ kind: 'block', line: 1 }, { kind: 'missing' }, { kind: 'block', line: 3 }]);
  });

  it('pads so that every row starts at the same height, with a gap opposite a missing row', () => {
    // English line 1 wraps to three visual lines; German line 3 wraps to two.
    const heights = [
      [57, 19, 19, 19, 19],
      [19, 19, 38],
    ];
    const plan = planRows(rows, [enLines, deLines]);
    const layout = layoutRows(plan, fakeMeasure(heights));
    const gaps = layout.spacers[1]?.filter((s) => s.gap) ?? [];
    expect(gaps).toEqual([{ key: 'gap:2', slot: 2, afterLineNumber: 2, heightInPx: 38, ordinal: 2, gap: true }]);
    for (let r = 0; r < rows.length; r++) {
      const tops = plan.documents.map((doc, d) => {
        const place = doc.places[r + 1];
        return place?.kind === 'block' ? topOfLine(heights[d]!, layout.spacers[d]!, place.line) : null;
      });
      const present = tops.filter((t): t is number => t !== null);
      expect(new Set(present).size, `row ${r} tops ${tops.join(',')}`).toBe(1);
      expect(present[0]).toBe(layout.slotTops[r + 1]);
    }
    // Equal total heights keep the scroll ranges equal.
    const totals = heights.map((h, d) => h.reduce((a, b) => a + b, 0) + (layout.spacers[d] ?? []).reduce((a, s) => a + s.heightInPx, 0));
    expect(totals[0]).toBe(totals[1]);
  });

  it('aligns a prelude of different lengths before the first row', () => {
    const a = '# Title\n\nBody.';
    const b = 'Body.';
    const rowsWithPrelude: RowInput[] = [{ cells: [[{ start: 9, end: 14 }], [{ start: 0, end: 5 }]] }];
    const plan = planRows(rowsWithPrelude, [new TextLines(a), new TextLines(b)]);
    const layout = layoutRows(plan, fakeMeasure([[19, 19, 19], [19]]));
    expect(layout.slotTops[1]).toBe(38);
    expect(layout.spacers[1]).toEqual([{ key: 'gap:0', slot: 0, afterLineNumber: 0, heightInPx: 38, ordinal: 0, gap: false }]);
  });

  it('merges rows that start on a line already used, and still fits the block', () => {
    // Two sentences on one line in the first document, on two lines in the second.
    const a = 'A one. A two.\nA three.';
    const b = 'B one.\nB two.\nB three.';
    const sentenceRows: RowInput[] = [
      { cells: [[{ start: 0, end: 6 }], [{ start: 0, end: 6 }]] },
      { cells: [[{ start: 7, end: 13 }], [{ start: 7, end: 13 }]] },
      { cells: [[{ start: 14, end: 22 }], [{ start: 14, end: 22 }]] },
    ];
    const heights = [
      [57, 19],
      [19, 19, 19],
    ];
    const plan = planRows(sentenceRows, [new TextLines(a), new TextLines(b)]);
    expect(plan.documents[0]?.places[2]).toEqual({ kind: 'merged', intoSlot: 1 });
    const layout = layoutRows(plan, fakeMeasure(heights));
    // Row 3 ("three") starts at the same height in both documents.
    expect(topOfLine(heights[0]!, layout.spacers[0]!, 2)).toBe(topOfLine(heights[1]!, layout.spacers[1]!, 3));
    expect(layout.slotTops[3]).toBe(57);
  });

  it('skips zero-height spacers and keeps one after the last row so totals match', () => {
    const plan = planRows(rows, [enLines, deLines]);
    const layout = layoutRows(plan, fakeMeasure([[19, 19, 19, 19, 19], [19, 19, 57]]));
    expect(layout.spacers[0]?.map((s) => s.key)).toEqual(['pad:3']);
    expect(layout.spacers[0]?.[0]).toMatchObject({ afterLineNumber: 5, heightInPx: 38 });
    expect(layout.spacers[1]?.every((s) => s.heightInPx > 0)).toBe(true);
  });
});

describe('rowAtOffset', () => {
  const text = 'One.\n\nTwo.';
  const lines = new TextLines(text);
  const plan = planRows([{ cells: [[{ start: 0, end: 4 }]] }, { cells: [[{ start: 6, end: 10 }]] }], [lines]);

  it('returns the row of the segment holding the offset', () => {
    expect(rowAtOffset(plan, 0, 2, 1)).toBe(0);
    expect(rowAtOffset(plan, 0, 10, 3)).toBe(1);
  });

  it('falls back to the block of the line for offsets between segments', () => {
    expect(rowAtOffset(plan, 0, 5, 2)).toBe(0);
  });

  it('returns null before the first row', () => {
    const withPrelude = planRows([{ cells: [[{ start: 6, end: 10 }]] }], [lines]);
    expect(rowAtOffset(withPrelude, 0, 1, 1)).toBeNull();
  });
});

describe('rowLines', () => {
  it('covers the lines of all segments of a cell', () => {
    const lines = new TextLines('a\nb\nc');
    expect(rowLines([{ start: 2, end: 5 }], lines)).toEqual({ first: 2, last: 3 });
    expect(rowLines([], lines)).toBeNull();
  });
});
