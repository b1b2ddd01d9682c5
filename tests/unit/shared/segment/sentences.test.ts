import { describe, expect, it } from 'vitest';
import { sentencesOfBlock, splitSentences } from '../../../../shared/segment/index.js';
import { parseDocument } from '../../../../shared/formats/index.js';

const texts = (text: string, lang: string): string[] => splitSentences(text, lang).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('keeps English abbreviations inside sentences', () => {
    expect(texts('Mr. Smith went to Washington. He said e.g. this. Dr. Who came.', 'en')).toEqual([
      'Mr. Smith went to Washington.',
      'He said e.g. this.',
      'Dr. Who came.',
    ]);
  });

  it('handles German z. B., Nr. and ordinals', () => {
    expect(texts('Das ist z. B. gut. Am 3. Mai kam Dr. Müller mit Nr. 5 an. Neu.', 'de')).toEqual([
      'Das ist z. B. gut.',
      'Am 3. Mai kam Dr. Müller mit Nr. 5 an.',
      'Neu.',
    ]);
  });

  it('handles Spanish Sr. and p. ej., French p. ex. and M.', () => {
    expect(texts('El Sr. García llegó. Trae p. ej. pan.', 'es')).toEqual(['El Sr. García llegó.', 'Trae p. ej. pan.']);
    expect(texts('Il y a p. ex. M. Dupont. Mme Curie aussi.', 'fr')).toEqual(['Il y a p. ex. M. Dupont.', 'Mme Curie aussi.']);
  });

  it('handles Hungarian Kb. and Icelandic o.s.frv.', () => {
    expect(texts('Kb. tíz ember jött. Aztán elmentek.', 'hu')).toEqual(['Kb. tíz ember jött.', 'Aztán elmentek.']);
    expect(texts('Epli, perur o.s.frv. Þetta er nýtt.', 'is')).toEqual(['Epli, perur o.s.frv.', 'Þetta er nýtt.']);
  });

  it('finds abbreviations after brackets and keeps long paragraphs intact', () => {
    expect(texts('Siehe (vgl. Abb. 3) oben. Dann (z. B. hier) weiter.', 'de')).toEqual(['Siehe (vgl. Abb. 3) oben.', 'Dann (z. B. hier) weiter.']);
    const sentence = 'The expedition crossed the glacier in 1887 and reached the summit. ';
    const long = sentence.repeat(400).trim();
    const spans = splitSentences(long, 'en');
    expect(spans).toHaveLength(400);
    expect(long.slice(spans[399]?.start, spans[399]?.end)).toBe(sentence.trim());
  });

  it('treats a line break inside a paragraph as wrapping, and splits Chinese at 。', () => {
    expect(texts('One line\ngoes on. Next one.', 'en')).toEqual(['One line\ngoes on.', 'Next one.']);
    expect(texts('我们走了。他来了！', 'zh')).toEqual(['我们走了。', '他来了！']);
  });
});

describe('sentencesOfBlock', () => {
  it('gives document offsets without list markers', () => {
    const doc = 'Intro.\n\n- First item. Second sentence.\n- Other';
    const blocks = parseDocument(doc, 'md');
    const item = blocks[1];
    if (!item) throw new Error('no list item');
    const sentences = sentencesOfBlock(doc, item, 'en');
    expect(sentences.map((s) => s.text)).toEqual(['First item.', 'Second sentence.']);
    for (const s of sentences) expect(doc.slice(s.start, s.end)).toBe(s.text);
  });

  it('keeps a heading whole', () => {
    const doc = '# Dr. No. The film';
    const blocks = parseDocument(doc, 'md');
    expect(sentencesOfBlock(doc, blocks[0] as never, 'en').map((s) => s.text)).toEqual(['Dr. No. The film']);
  });
});
