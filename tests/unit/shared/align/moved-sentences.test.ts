import { describe, expect, it } from 'vitest';
import { alignDocuments, type AlignInput } from '../../../../shared/align/index.js';
import { parseDocument } from '../../../../shared/formats/index.js';
import { EN, RU, ZH } from './fixtures.js';

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
