import { describe, expect, it } from 'vitest';
import { alignDocuments, type AlignInput } from '../../../../shared/align/index.js';
import { parseDocument } from '../../../../shared/formats/index.js';
import { DE, EN, RU, ZH } from './fixtures.js';

function doc(path: string, language: string, text: string): AlignInput {
  return { path, language, text, blocks: parseDocument(text, 'txt') };
}

const para = (xs: string[], ...idx: number[]): string => idx.map((k) => xs[k]).join(' ');

// Russian swaps the two-sentence paragraph (3, 4) with the one after it (5); Chinese keeps the order.
const en = [para(EN, 0, 1), EN[2], para(EN, 3, 4), EN[5], para(EN, 6, 7)].join('\n\n');
const ru = [para(RU, 0, 1), RU[2], RU[5], para(RU, 3, 4), para(RU, 6, 7)].join('\n\n');
const zh = [para(ZH, 0, 1), ZH[2], para(ZH, 3, 4), ZH[5], para(ZH, 6, 7)].join('\n\n');
const docs = [doc('p.en.txt', 'en', en), doc('p.ru.txt', 'ru', ru), doc('p.zh.txt', 'zh', zh)];

describe('a paragraph swapped in one translation, at sentence level', () => {
  for (const sourceIndex of [0, null]) {
    it(`keeps the paragraph level's move: each moved sentence linked to its counterpart (source ${sourceIndex})`, () => {
      const result = alignDocuments(docs, { level: 'sentence', sourceIndex });
      const texts = (row: number): string[] => (result.rows[row]?.cells ?? []).flat().map((s) => s.text);
      const rowHolding = (text: string | undefined): number => result.rows.findIndex((r) => r.cells.flat().some((s) => s.text === text));
      // Either of two swapped paragraphs is the one that moved; the other keeps its place.
      const movedSource = EN.map((_, k) => k).filter((k) => result.rows[rowHolding(EN[k])]?.kind === 'moved');
      expect([[3, 4], [5]]).toContainEqual(movedSource);
      for (const k of movedSource) {
        const here = rowHolding(EN[k]);
        const row = result.rows[here];
        // The source sentence and the Chinese that keeps its place share a row; the Russian is linked.
        expect(texts(here).sort()).toEqual([EN[k], ZH[k]].sort());
        expect(row?.movedFrom).toBe(rowHolding(RU[k]));
        expect(result.rows[row?.movedFrom ?? -1]?.movedFrom).toBe(here);
      }
      // Nothing else is reported as a deletion or an insertion.
      expect(result.rows.filter((r) => r.kind === 'partial')).toEqual([]);
      expect(result.rows.filter((r) => r.kind === 'match')).toHaveLength(EN.length - movedSource.length);
    });
  }
});

describe('neighbours swapped, which a monotone alignment reads as one bead', () => {
  const de = [...DE];
  [de[0], de[1]] = [de[1] as string, de[0] as string];
  const rowHolding = (result: ReturnType<typeof alignDocuments>, text: string | undefined): number => result.rows.findIndex((r) => r.cells.flat().some((s) => s.text === text));

  function expectLinked(result: ReturnType<typeof alignDocuments>, en: string | undefined, counterpart: string | undefined): void {
    const here = rowHolding(result, en);
    const there = rowHolding(result, counterpart);
    expect(here).not.toBe(there);
    expect(result.rows[here]?.kind).toBe('moved');
    expect(result.rows[here]?.movedFrom).toBe(there);
    expect(result.rows[there]?.movedFrom).toBe(here);
  }

  it('two one-sentence paragraphs swapped: one stays in place, the other is a move linked to its counterpart', () => {
    const result = alignDocuments([doc('s.en.txt', 'en', EN.join('\n\n')), doc('s.de.txt', 'de', de.join('\n\n'))], { level: 'paragraph', sourceIndex: 0 });
    // No row holds both swapped paragraphs.
    expect(rowHolding(result, EN[0])).not.toBe(rowHolding(result, EN[1]));
    const moved = [0, 1].filter((k) => result.rows[rowHolding(result, EN[k])]?.kind === 'moved');
    expect(moved).toHaveLength(1);
    const k = moved[0] as number;
    expectLinked(result, EN[k], DE[k]);
    const other = 1 - k;
    const inPlace = result.rows[rowHolding(result, EN[other])];
    expect(inPlace?.kind).toBe('match');
    expect(inPlace?.cells[1]?.map((s) => s.text)).toEqual([DE[other]]);
  });

  it('two sentences swapped inside a paragraph: a move at sentence level', () => {
    const en = [EN.slice(0, 2).join(' '), ...EN.slice(2)].join('\n\n');
    const swapped = [de.slice(0, 2).join(' '), ...de.slice(2)].join('\n\n');
    const result = alignDocuments([doc('s.en.txt', 'en', en), doc('s.de.txt', 'de', swapped)], { level: 'sentence', sourceIndex: 0 });
    const moved = [0, 1].filter((k) => result.rows[rowHolding(result, EN[k])]?.kind === 'moved');
    expect(moved).toHaveLength(1);
    expectLinked(result, EN[moved[0] as number], DE[moved[0] as number]);
  });

  it('a sentence swapped past one the translation dropped is a move, and the dropped one a gap', () => {
    // DE has no counterpart of EN[5]; its last two sentences (EN[6], EN[7]) come in the other order.
    const last = [...DE];
    [last[5], last[6]] = [last[6] as string, last[5] as string];
    const result = alignDocuments([doc('s.en.txt', 'en', EN.join('\n\n')), doc('s.de.txt', 'de', last.join('\n\n'))], { level: 'paragraph', sourceIndex: 0 });
    const dropped = result.rows[rowHolding(result, EN[5])];
    expect(dropped?.kind).toBe('partial');
    expect(dropped?.cells[1]).toEqual([]);
    const moved = [6, 7].filter((k) => result.rows[rowHolding(result, EN[k])]?.kind === 'moved');
    expect(moved).toHaveLength(1);
    expectLinked(result, EN[moved[0] as number], DE[(moved[0] as number) - 1]);
  });

  it('sentences split at another place (a real 2-2) stay one row, with no move', () => {
    const en = 'The museum opened in 1990 and the park in 1995.\n\nBoth attract 2 million visitors a year.';
    const deText = 'Das Museum öffnete 1990.\n\nDer Park folgte 1995, und beide ziehen jährlich 2 Millionen Besucher an.';
    const result = alignDocuments([doc('r.en.txt', 'en', en), doc('r.de.txt', 'de', deText)], { level: 'paragraph', sourceIndex: 0 });
    expect(result.rows.filter((r) => r.kind === 'moved')).toEqual([]);
  });
});
