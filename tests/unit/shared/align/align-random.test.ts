// The table of rows on messy random sets: paragraphs dropped, moved, merged and duplicated in
// several translations, with and without a source, at both levels. Whatever the engine decides,
// every segment of every document is in exactly one row, and each document reads in order down
// the rows it has in place (moved rows excepted).
import { describe, expect, it } from 'vitest';
import { alignDocuments, type AlignInput } from '../../../../shared/align/index.js';
import { parseDocument } from '../../../../shared/formats/index.js';
import type { Alignment } from '../../../../shared/model.js';
import { DE, EN, RU, ZH } from './fixtures.js';

let seed = 2026;
const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = (n: number): number => Math.floor(random() * n);

/** A translation's paragraphs: each source paragraph kept, dropped, moved elsewhere or written twice. */
function messy(sentences: readonly string[]): string {
  const paragraphs: string[] = [];
  for (let k = 0; k < sentences.length; k += 1) {
    const roll = random();
    const text = roll < 0.15 && k + 1 < sentences.length ? `${sentences[k]} ${sentences[(k += 1)]}` : (sentences[k] as string);
    if (roll > 0.9) continue; // dropped
    paragraphs.push(text);
    if (roll > 0.85) paragraphs.push(text); // written twice
  }
  if (paragraphs.length > 2 && random() < 0.5) {
    const [moved] = paragraphs.splice(pick(paragraphs.length), 1);
    paragraphs.splice(pick(paragraphs.length + 1), 0, moved as string);
  }
  return paragraphs.join('\n\n');
}

const doc = (path: string, language: string, text: string): AlignInput => ({ path, language, text, blocks: parseDocument(text, 'txt') });

function checkTable(result: Alignment, docs: AlignInput[], label: string): void {
  docs.forEach((d, k) => {
    // Every segment once: together the cells of a document hold its text's segments, none twice.
    const starts = result.rows.flatMap((r) => (r.cells[k] ?? []).map((s) => s.start));
    expect(new Set(starts).size, `${label}: doc ${k} has a segment in two rows`).toBe(starts.length);
    for (const r of result.rows) for (const s of r.cells[k] ?? []) expect(d.text.slice(s.start, s.end), label).toBe(s.text);
    const covered = result.rows.flatMap((r) => r.cells[k] ?? []).reduce((n, s) => n + s.text.replace(/\s/g, '').length, 0);
    expect(covered, `${label}: doc ${k} text not all in rows`).toBe(d.text.replace(/\s/g, '').length - (d.text.match(/^\s*[-•*]\s/gm)?.length ?? 0));
    // In order down the rows, moved rows aside.
    const inPlace = result.rows.filter((r) => r.kind !== 'moved').flatMap((r) => (r.cells[k] ?? []).map((s) => s.start));
    expect(inPlace, `${label}: doc ${k} out of order`).toEqual([...inPlace].sort((x, y) => x - y));
  });
  for (const [i, r] of result.rows.entries()) {
    expect(r.score, label).toBeGreaterThanOrEqual(0);
    expect(r.score, label).toBeLessThanOrEqual(1);
    if (r.movedFrom !== undefined) expect(result.rows[r.movedFrom]?.movedFrom, `${label}: row ${i} linked one way`).toBe(i);
  }
}

describe('alignDocuments on random messy sets', () => {
  it('keeps every segment in exactly one row, and each document in order', () => {
    for (let trial = 0; trial < 40; trial += 1) {
      const languages: [string, readonly string[]][] = [['en', EN], ['de', DE], ['ru', RU], ['zh', ZH]];
      const count = 2 + pick(3);
      const docs = languages.slice(0, count).map(([language, sentences], k) => doc(`t${trial}.${language}.txt`, language, k === 0 ? sentences.join('\n\n') : messy(sentences)));
      for (const level of ['paragraph', 'sentence'] as const) {
        for (const sourceIndex of [0, null]) {
          checkTable(alignDocuments(docs, { level, sourceIndex }), docs, `trial ${trial} ${level} source ${sourceIndex}`);
        }
      }
    }
  });
});
