import { describe, expect, it } from 'vitest';
import { applyCorrections, confirmRow, linkRows, mergeWithNext, moveSegment, splitAt, unlinkRow, type CorrectionDraft } from '../../../../shared/corrections/index.js';
import { alignmentOf, english, german, rowTexts, sentences } from './fixture.js';

const texts = [english, german];
/** One sentence per row: the engine's first answer. */
const oneByOne = alignmentOf(texts, [[[0], [0]], [[1], [1]], [[2], [2]], [[3], [3]]]);
/** Another engine's answer: the first two sentences in one row. */
const firstTwoTogether = alignmentOf(texts, [[[0, 1], [0, 1]], [[2], [2]], [[3], [3]]]);
const view = { alignment: oneByOne, texts };

describe('applyCorrections', () => {
  it('merges two rows, and merges the same text again after the engine splits the rows differently', () => {
    const merge = mergeWithNext(view, 1);
    const merged = applyCorrections(oneByOne, texts, [merge]);
    expect(merged.unresolved).toEqual([]);
    expect(merged.applied).toBe(1);
    expect(rowTexts(merged.alignment)).toEqual([
      ['One apple.', 'Ein Apfel.'],
      ['Two pears. Three plums.', 'Zwei Birnen. Drei Pflaumen.'],
      ['Four figs.', 'Vier Feigen.'],
    ]);
    expect(merged.alignment.rows[1]!.kind).toBe('match');

    const again = applyCorrections(firstTwoTogether, texts, [merge]);
    expect(again.unresolved).toEqual([]);
    expect(rowTexts(again.alignment)).toEqual([
      ['One apple. Two pears. Three plums.', 'Ein Apfel. Zwei Birnen. Drei Pflaumen.'],
      ['Four figs.', 'Vier Feigen.'],
    ]);
  });

  it('splits a row before the segment under the cursor, cutting the other document at the same share', () => {
    const cursor = sentences(english)[1]!.start + 2;
    const split = splitAt({ alignment: firstTwoTogether, texts }, 0, 0, cursor);
    const result = applyCorrections(firstTwoTogether, texts, [split]);
    expect(result.unresolved).toEqual([]);
    expect(rowTexts(result.alignment)).toEqual(rowTexts(oneByOne));
    // An engine that already splits there needs nothing: the correction still counts as applied.
    const already = applyCorrections(oneByOne, texts, [split]);
    expect(already).toMatchObject({ applied: 1, unresolved: [] });
    expect(rowTexts(already.alignment)).toEqual(rowTexts(oneByOne));
  });

  it('moves the first segment of a cell up and the last one down, keeping document order', () => {
    const up = moveSegment(view, 2, 0, sentences(english)[2]!.start, 'up');
    const moved = applyCorrections(oneByOne, texts, [up]);
    expect(rowTexts(moved.alignment)).toEqual([
      ['One apple.', 'Ein Apfel.'],
      ['Two pears. Three plums.', 'Zwei Birnen.'],
      ['', 'Drei Pflaumen.'],
      ['Four figs.', 'Vier Feigen.'],
    ]);
    expect(moved.alignment.rows.map((r) => r.kind)).toEqual(['match', 'match', 'partial', 'match']);

    const down = moveSegment({ alignment: moved.alignment, texts }, 1, 0, sentences(english)[2]!.start, 'down');
    const back = applyCorrections(oneByOne, texts, [up, down]);
    expect(back.unresolved).toEqual([]);
    expect(rowTexts(back.alignment)).toEqual(rowTexts(oneByOne));
  });

  it('removes a row that a move leaves empty', () => {
    const onlyEnglish = alignmentOf(texts, [[[0], [0]], [[1], []], [[2], [1, 2]], [[3], [3]]]);
    const up = moveSegment({ alignment: onlyEnglish, texts }, 1, 0, sentences(english)[1]!.start, 'up');
    const result = applyCorrections(onlyEnglish, texts, [up]);
    expect(rowTexts(result.alignment)).toEqual([
      ['One apple. Two pears.', 'Ein Apfel.'],
      ['Three plums.', 'Zwei Birnen. Drei Pflaumen.'],
      ['Four figs.', 'Vier Feigen.'],
    ]);
  });

  it('refuses a move that would put a document out of order, and says why', () => {
    const twoInOne = alignmentOf(texts, [[[0], [0]], [[1, 2], [1, 2]], [[3], [3]]]);
    expect(() => moveSegment({ alignment: twoInOne, texts }, 1, 0, sentences(english)[2]!.start, 'up')).toThrow(/Only the first segment/);
    // A hand-made correction that asks for the same thing is refused when applied, not obeyed.
    const [, , third] = sentences(english);
    const bad: CorrectionDraft = {
      kind: 'move',
      direction: 'up',
      segment: { documentId: 'fruit.en.txt', quote: third!.text, prefix: '', suffix: '', start: third!.start },
      target: { documentId: 'fruit.de.txt', quote: 'Ein Apfel.', prefix: '', suffix: ' Zwei', start: 0 },
    };
    const result = applyCorrections(twoInOne, texts, [bad]);
    expect(result.applied).toBe(0);
    expect(result.unresolved[0]?.reason).toMatch(/only the first segment of a cell can move to the row above/);
    expect(rowTexts(result.alignment)).toEqual(rowTexts(twoInOne));
  });

  it('links two rows as a moved pair and keeps the link pointing at the right row after a merge', () => {
    const link = linkRows(view, 0, 3);
    const merge = mergeWithNext(view, 1);
    const result = applyCorrections(oneByOne, texts, [link, merge]);
    expect(result.unresolved).toEqual([]);
    const rows = result.alignment.rows;
    expect(rows.map((r) => [r.kind, r.movedFrom])).toEqual([
      ['moved', 2],
      ['match', undefined],
      ['moved', 0],
    ]);
    const unlinked = applyCorrections(oneByOne, texts, [link, unlinkRow({ alignment: applyCorrections(oneByOne, texts, [link]).alignment, texts }, 3)]);
    expect(unlinked.alignment.rows.map((r) => [r.kind, r.movedFrom])).toEqual(oneByOne.rows.map(() => ['match', undefined]));
  });

  it('confirms a row (score 1) while it holds exactly the confirmed text, and reports it when it no longer does', () => {
    const confirm = confirmRow(view, 0);
    const result = applyCorrections(oneByOne, texts, [confirm]);
    expect(result.alignment.rows[0]).toMatchObject({ confirmed: true, score: 1 });
    expect(result.alignment.rows[1]!.confirmed).toBeUndefined();

    const changed = applyCorrections(firstTwoTogether, texts, [confirm]);
    expect(changed.applied).toBe(0);
    expect(changed.unresolved).toEqual([{ correction: confirm, reason: expect.stringMatching(/“One apple\.” has changed since it was confirmed/) }]);
    expect(changed.alignment.rows[0]!.confirmed).toBeUndefined();
  });

  it('finds its text again after a small edit earlier in the document', () => {
    const merge = mergeWithNext(view, 1);
    const confirm = confirmRow(view, 3);
    const editedGerman = german.replace('Ein Apfel.', 'Ein grüner Apfel.');
    const edited = [english, editedGerman];
    const engine = alignmentOf(edited, [[[0], [0]], [[1], [1]], [[2], [2]], [[3], [3]]]);
    const result = applyCorrections(engine, edited, [merge, confirm]);
    expect(result.unresolved).toEqual([]);
    expect(rowTexts(result.alignment)).toEqual([
      ['One apple.', 'Ein grüner Apfel.'],
      ['Two pears. Three plums.', 'Zwei Birnen. Drei Pflaumen.'],
      ['Four figs.', 'Vier Feigen.'],
    ]);
    expect(result.alignment.rows[2]!.cells[1]![0]!.start).toBe(german.indexOf('Vier') + 'grüner '.length);
    expect(result.alignment.rows[2]!.confirmed).toBe(true);
  });

  it('reports a correction whose text is gone and still applies the ones after it', () => {
    const merge = mergeWithNext(view, 0);
    const confirm = confirmRow(view, 3);
    const rewritten = [english, german.replace('Zwei Birnen.', 'Zwei reife Birnen.')];
    const engine = alignmentOf(rewritten, [[[0], [0]], [[1], [1]], [[2], [2]], [[3], [3]]]);
    const result = applyCorrections(engine, rewritten, [merge, confirm]);
    expect(result.applied).toBe(1);
    expect(result.unresolved).toHaveLength(1);
    expect(result.unresolved[0]!.correction).toBe(merge);
    expect(result.unresolved[0]!.reason).toBe('Merging rows no longer applies: “Zwei Birnen.” is no longer in fruit.de.txt (near offset 11).');
    expect(result.alignment.rows).toHaveLength(4);
    expect(result.alignment.rows[3]!.confirmed).toBe(true);
  });

  it('merges every row its text now spans, but not rows that are no longer neighbours', () => {
    const merge = mergeWithNext(view, 0);
    const between = alignmentOf(texts, [[[0], []], [[], [0]], [[1], [1]], [[2], [2]], [[3], [3]]]);
    const spread = alignmentOf(texts, [[[0], [0]], [[], []], [[1], [1]], [[2], [2]], [[3], [3]]]);
    expect(applyCorrections(between, texts, [merge]).unresolved).toEqual([]);
    expect(rowTexts(applyCorrections(between, texts, [merge]).alignment)[0]).toEqual(['One apple. Two pears.', 'Ein Apfel. Zwei Birnen.']);
    expect(applyCorrections(spread, texts, [merge]).unresolved[0]?.reason).toMatch(/rows 1–3 are no longer next to each other/);
  });
});
