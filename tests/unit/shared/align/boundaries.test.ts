import { describe, expect, it } from 'vitest';
import { cutCosts, edgeMarks, edgesOf, joinedEdges } from '../../../../shared/align/boundaries.js';
import { alignSegmented, formatBead } from '../../../../shared/align/index.js';

describe('sentence edges as boundary evidence', () => {
  it('charges for a bead boundary inside a sentence cut in two, less after a colon, nothing after a full stop', () => {
    const edges = ['Já,', 'við erum að fara í mat.', 'Er liest:', 'Das Buch ist gut.', 'Neuer Satz.', 'Groß', 'Klein.'].map(edgesOf);
    const cuts = Array.from(cutCosts(edges));
    expect(cuts).toHaveLength(8);
    // Comma then lower case: one sentence cut in two.
    expect(cuts[1]).toBeGreaterThan(1);
    // Colon then a capital: a weaker sign.
    expect(cuts[3]).toBeGreaterThan(0);
    expect(cuts[3]).toBeLessThan(cuts[1] as number);
    // Full stops and the ends of the text cost nothing.
    for (const k of [0, 2, 4, 5, 7]) expect(cuts[k]).toBe(0);
    // No closing mark, then a capital: a heading or caption, no continuation.
    expect(cuts[6]).toBe(0);
  });

  it('charges less for a lower-case start after a sentence end: an abbreviation or an ellipsis the segmenter cut at', () => {
    const comma = cutCosts([edgesOf('Já,'), edgesOf('við erum að fara í mat.')])[1] as number;
    const colon = cutCosts([edgesOf('Er liest:'), edgesOf('Das Buch ist gut.')])[1] as number;
    const after = (text: string): number => cutCosts([edgesOf(text), edgesOf('there is no way I am staying there.')])[1] as number;
    expect(after('Rakel said her aunt had a spare room...')).toBe(colon);
    expect(after('Rakel said her aunt had a spare room…')).toBe(colon);
    expect(after('Abfahrt 6.02 Uhr , Wagen 2.')).toBe(colon);
    expect(colon).toBeLessThan(comma);
    expect(cutCosts([edgesOf('Neuer Satz.'), edgesOf('Groß.')])[1]).toBe(0);
  });

  it('reads through closing quotes and brackets', () => {
    expect(cutCosts([edgesOf('He said «wait,»'), edgesOf('and left.')])[1]).toBeGreaterThan(1);
    expect(cutCosts([edgesOf('He said «wait.»'), edgesOf('and left.')])[1]).toBeLessThan(1);
    expect(cutCosts([edgesOf('He said «wait.»'), edgesOf('He left.')])[1]).toBe(0);
  });

  it('names the mark a sentence ends with when it says more than a full stop, and a dialogue dash it starts with', () => {
    const ends = ['Where is he going?', '¿Adónde va? ', 'Stop!»', 'Material :', 'Tout va bien ;', 'Dring ...', 'Il attend…', 'Done.', 'Já,', '去哪里？'];
    expect(ends.map(edgeMarks)).toEqual([['?'], ['?'], ['!'], [':'], [';'], ['…'], ['…'], [], [], ['?']]);
    expect(edgeMarks('- Si je tombe , tu me retiens ?')).toEqual(['?', '-start']);
    expect(edgeMarks('-Viltu koma með mér?')).toEqual(['?', '-start']);
    expect(edgeMarks('- Berne-Meiringen.')).toEqual(['-start']);
  });

  it('marks a unit that ends on a letter or digit, with no mark at all: a heading, title, label or caption', () => {
    expect(['Knowledge', 'Þekking', '( Weg der Jugend )', 'Kapitel 3', '第三章'].map(edgeMarks)).toEqual([['bare'], ['bare'], ['bare'], ['bare'], ['bare']]);
    expect(['Done.', 'Já,', 'Material :', ''].map(edgeMarks)).toEqual([[], [], [':'], []]);
  });

  it('lets a block start as its first sentence and end as its last', () => {
    const first = edgesOf('und dann:');
    const last = edgesOf('Ende.');
    expect(joinedEdges(first, last)).toBe(edgesOf('und dann Ende.'));
    expect(joinedEdges(last, first)).toBe(edgesOf('Ende und dann:'));
  });
});

describe('alignSegmented with boundary evidence', () => {
  it('pairs a heading with a heading rather than merging it into the sentence next to it', () => {
    const src = ['At the end of the course students should:', 'Knowledge', 'This means that the student:', '• Has deepened his or her knowledge of theoretical and professional prerequisites in a selected field.', '• Can apply systematic and critical methods.'];
    const tgt = ['Markmið:', 'Í lok námskeiðs skulu nemendur hafa:', 'Þekking', 'Dýpkað þekkingu á fræðilegum og faglegum forsendum á völdu sviði.', 'Geti beitt kerfisbundnum og gagnrýnum aðferðum.'];
    expect(alignSegmented(src, tgt).map(formatBead)).toContain('[1]:[2]');
  });

  it('keeps a sentence the translation cuts after a comma in one bead (subtitles)', () => {
    const src = ['-Wanna join me for lunch?', 'Sure, we just finished.', 'A break?', 'I thought we were all good?', 'Yes, but situations have changed.', 'Changed?'];
    const tgt = ['-Viltu koma með mér í hádeginu?', 'Já,', 'við erum akkúrat að fara í mat.', 'Pásu?', 'Bíddu,', 'hefur ekki allt verið í góðu?', 'Jú,', 'það hefur bara margt breyst.', 'Bíddu,', 'hvað hefur breyst?'];
    const beads = alignSegmented(src, tgt).map(formatBead);
    expect(beads.slice(0, 4)).toEqual(['[0]:[0]', '[1]:[1,2]', '[2]:[3]', '[3]:[4,5]']);
  });
});
