import { describe, expect, it } from 'vitest';
import { alignDocuments, type AlignInput } from '../../../../shared/align/index.js';
import { parseDocument } from '../../../../shared/formats/index.js';
import type { Alignment } from '../../../../shared/model.js';
import { DE, EN, RU, ZH } from './fixtures.js';

function doc(path: string, language: string, text: string): AlignInput {
  return { path, language, text, blocks: parseDocument(text, path.endsWith('.md') ? 'md' : 'txt') };
}

/** DESIGN.md §4: every unit of every document once, in document order, offsets pointing at its text. */
function expectWellFormed(alignment: Alignment, docs: AlignInput[]): void {
  docs.forEach((d, k) => {
    const segments = alignment.rows.flatMap((r) => r.cells[k] ?? []);
    for (let s = 1; s < segments.length; s += 1) expect(segments[s]?.start).toBeGreaterThanOrEqual(segments[s - 1]?.end ?? 0);
    for (const s of segments) expect(d.text.slice(s.start, s.end)).toBe(s.text);
    const covered = segments.map((s) => s.text).join('');
    expect(covered.replace(/\s/g, '')).toBe(d.blocks.map((b) => b.text).join('').replace(/\s/g, ''));
  });
  for (const row of alignment.rows) {
    expect(row.cells).toHaveLength(docs.length);
    expect(row.score).toBeGreaterThanOrEqual(0);
    expect(row.score).toBeLessThanOrEqual(1);
    if (row.kind === 'moved') expect(alignment.rows[row.movedFrom ?? -1]?.kind).toBe('moved');
  }
}

const para = (xs: string[], ...idx: number[]): string => idx.map((k) => xs[k]).join(' ');

describe('alignDocuments', () => {
  const enMd = `# Porto\n\n${para(EN, 0, 1, 2)}\n\n${para(EN, 3, 4, 5)}\n\n- ${EN[6]}\n- ${EN[7]}\n`;
  const ruMd = `# Порту\n\n${para(RU, 0, 1, 2)}\n\n${para(RU, 3, 4, 5)}\n\n- ${RU[6]}\n- ${RU[7]}\n`;

  it('aligns paragraphs of two documents, heading with heading', () => {
    const docs = [doc('p.en.md', 'en', enMd), doc('p.ru.md', 'ru', ruMd)];
    const result = alignDocuments(docs, { level: 'paragraph', sourceIndex: 0 });
    expectWellFormed(result, docs);
    expect(result.documents).toEqual([{ path: 'p.en.md', language: 'en' }, { path: 'p.ru.md', language: 'ru' }]);
    expect(result.rows.map((r) => [r.kind, r.block, r.cells.map((c) => c.length)])).toEqual([
      ['match', 'heading', [1, 1]],
      ['match', 'paragraph', [1, 1]],
      ['match', 'paragraph', [1, 1]],
      ['match', 'list-item', [1, 1]],
      ['match', 'list-item', [1, 1]],
    ]);
  });

  it('aligns sentences inside aligned blocks, without list markers', () => {
    const docs = [doc('p.en.md', 'en', enMd), doc('p.ru.md', 'ru', ruMd)];
    const result = alignDocuments(docs, { level: 'sentence' });
    expectWellFormed(result, docs);
    expect(result.rows).toHaveLength(9);
    expect(result.rows.every((r) => r.kind === 'match')).toBe(true);
    expect(result.rows[7]?.cells[0]?.[0]?.text).toBe(EN[6]);
    expect(result.rows[7]?.cells[1]?.[0]?.text).toBe(RU[6]);
  });

  it('reports a moved paragraph as two linked moved rows', () => {
    const en = [para(EN, 0, 1), EN[2], para(EN, 3, 4), EN[5], para(EN, 6, 7)].join('\n\n');
    const ru = [para(RU, 0, 1), para(RU, 3, 4), RU[5], RU[2], para(RU, 6, 7)].join('\n\n');
    const docs = [doc('a.en.txt', 'en', en), doc('a.ru.txt', 'ru', ru)];
    const result = alignDocuments(docs, { level: 'paragraph', sourceIndex: 0 });
    expectWellFormed(result, docs);
    const moved = result.rows.filter((r) => r.kind === 'moved');
    expect(moved).toHaveLength(2);
    const first = result.rows.findIndex((r) => r.kind === 'moved');
    const other = result.rows[first]?.movedFrom ?? -1;
    expect(result.rows[other]?.movedFrom).toBe(first);
    const texts = [result.rows[first], result.rows[other]].flatMap((r) => r?.cells.flat().map((s) => s.text) ?? []);
    expect(texts.sort()).toEqual([EN[2], RU[2]].sort());
  });

  it('links a moved sentence at sentence level too', () => {
    const en = [para(EN, 0, 1), EN[2], para(EN, 3, 4), EN[5], para(EN, 6, 7)].join('\n\n');
    const ru = [para(RU, 0, 1), para(RU, 3, 4), RU[5], RU[2], para(RU, 6, 7)].join('\n\n');
    const docs = [doc('a.en.txt', 'en', en), doc('a.ru.txt', 'ru', ru)];
    const result = alignDocuments(docs, { level: 'sentence', sourceIndex: 0 });
    expectWellFormed(result, docs);
    const moved = result.rows.filter((r) => r.kind === 'moved');
    expect(moved.map((r) => r.cells.flat().map((s) => s.text)).sort()).toEqual([[EN[2]], [RU[2]]].sort());
    expect(result.rows.filter((r) => r.kind === 'match')).toHaveLength(EN.length - 1);
  });

  it('pairs sentences across paragraphs that the translation cuts differently', () => {
    const en = [para(EN, 0, 1, 2), para(EN, 3, 4, 5), para(EN, 6, 7)].join('\n\n');
    const ru = [para(RU, 0, 1), para(RU, 2, 3, 4), para(RU, 5, 6, 7)].join('\n\n');
    const docs = [doc('c.en.txt', 'en', en), doc('c.ru.txt', 'ru', ru)];
    const result = alignDocuments(docs, { level: 'sentence', sourceIndex: 0 });
    expectWellFormed(result, docs);
    expect(result.rows.map((r) => [r.kind, r.cells[0]?.[0]?.text, r.cells[1]?.[0]?.text])).toEqual(EN.map((s, k) => ['match', s, RU[k]]));
  });

  it('leaves a gap for an omitted sentence', () => {
    const docs = [doc('a.en.txt', 'en', EN.filter((_, k) => k !== 5).join(' ')), doc('a.ru.txt', 'ru', RU.join(' '))];
    const result = alignDocuments(docs, { level: 'sentence', sourceIndex: 1 });
    expectWellFormed(result, docs);
    const gaps = result.rows.filter((r) => r.kind === 'partial');
    expect(gaps).toHaveLength(1);
    expect(gaps[0]?.cells[0]).toEqual([]);
    expect(gaps[0]?.cells[1]?.[0]?.text).toBe(RU[5]);
  });

  it('aligns a heading split in two against one heading', () => {
    const en = `# Porto: the bridge of 1887\n\n${para(EN, 0, 1)}`;
    const de = `# Porto\n\n## Die Brücke von 1887\n\n${para(DE, 0, 1)}`;
    const docs = [doc('h.en.md', 'en', en), doc('h.de.md', 'de', de)];
    const result = alignDocuments(docs, { level: 'paragraph', sourceIndex: 0 });
    expectWellFormed(result, docs);
    expect(result.rows[0]?.cells.map((c) => c.length)).toEqual([1, 2]);
    expect(result.rows[0]?.block).toBe('heading');
  });

  it('puts four documents in one table; a sentence one lacks is a partial row', () => {
    const docs = [
      doc('t.en.txt', 'en', EN.join(' ')),
      doc('t.ru.txt', 'ru', RU.join(' ')),
      doc('t.zh.txt', 'zh', ZH.filter((_, k) => k !== 5).join('')),
      doc('t.de.txt', 'de', EN.join(' ')),
    ];
    for (const sourceIndex of [0, null]) {
      const result = alignDocuments(docs, { level: 'sentence', sourceIndex });
      expectWellFormed(result, docs);
      expect(result.rows).toHaveLength(EN.length);
      const partial = result.rows.filter((r) => r.kind === 'partial');
      expect(partial).toHaveLength(1);
      expect(partial[0]?.cells.map((c) => c.length)).toEqual([1, 1, 0, 1]);
    }
  });

  it('without a source, reaches a document through the one it pairs best with', () => {
    // The two Russian versions pair best with each other; the second is reached through the first.
    const docs = [
      doc('t.en.txt', 'en', EN.join(' ')),
      doc('t.ru.txt', 'ru', RU.join(' ')),
      doc('t2.ru.txt', 'ru', RU.filter((_, k) => k !== 5).join(' ')),
    ];
    const result = alignDocuments(docs, { level: 'sentence', sourceIndex: null });
    expectWellFormed(result, docs);
    expect(result.rows).toHaveLength(EN.length);
    const partial = result.rows.filter((r) => r.kind === 'partial');
    expect(partial.map((r) => r.cells.map((c) => c.length))).toEqual([[1, 1, 0]]);
    expect(partial[0]?.cells[0]?.[0]?.text).toBe(EN[5]);
    expect(result.rows.filter((r) => r.kind === 'match').every((r) => r.cells[1]?.[0]?.text === r.cells[2]?.[0]?.text)).toBe(true);
  });

  it('handles an empty document, a one-line document, identical and unrelated documents', () => {
    const one = [doc('o.en.txt', 'en', 'One line only.'), doc('e.de.txt', 'de', '')];
    const r1 = alignDocuments(one, { level: 'sentence' });
    expectWellFormed(r1, one);
    expect(r1.rows.map((r) => r.kind)).toEqual(['partial']);

    const same = [doc('s.en.txt', 'en', EN.join(' ')), doc('s2.en.txt', 'en', EN.join(' '))];
    const r2 = alignDocuments(same, { level: 'sentence' });
    expect(r2.rows.map((r) => r.cells[0]?.[0]?.text)).toEqual(EN);
    expect(r2.rows.every((r) => r.kind === 'match' && r.score > 0.8)).toBe(true);

    const unrelated = [doc('u.en.txt', 'en', EN.join(' ')), doc('u.la.txt', 'la', 'Lorem ipsum dolor sit amet. Sed do eiusmod tempor.')];
    expectWellFormed(alignDocuments(unrelated, { level: 'sentence' }), unrelated);

    const single = [doc('x.en.md', 'en', enMd)];
    expect(alignDocuments(single, { level: 'paragraph' }).rows).toHaveLength(5);
    expect(alignDocuments([], { level: 'sentence' }).rows).toEqual([]);
  });

  it('refuses more than six documents and a source index outside the set', () => {
    const docs = Array.from({ length: 7 }, (_, k) => doc(`d${k}.en.txt`, 'en', 'Text.'));
    expect(() => alignDocuments(docs, { level: 'sentence' })).toThrow(/at most 6/);
    expect(() => alignDocuments(docs.slice(0, 2), { level: 'sentence', sourceIndex: 4 })).toThrow(/outside/);
  });
});
