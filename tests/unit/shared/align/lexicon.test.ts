import { describe, expect, it } from 'vitest';
import { describeUnits, Vocabulary } from '../../../../shared/align/features.js';
import { learnLexicon } from '../../../../shared/align/lexicon.js';

// A small German–French bitext: each sentence combines three words of a word list with their
// translations, so no word pair ever stands alone in a bead: only EM can tell which is which.
const words: [string, string][] = [
  ['Gipfel', 'sommet'], ['Hütte', 'cabane'], ['Gletscher', 'glacier'], ['Seil', 'corde'],
  ['Nebel', 'brouillard'], ['Morgen', 'matin'], ['Schnee', 'neige'], ['Wand', 'paroi'],
];

function bitext(count: number): { de: string[]; fr: string[] } {
  const de: string[] = [];
  const fr: string[] = [];
  for (let k = 0; k < count; k += 1) {
    const picks = [k % 8, (k * 3 + 1) % 8, (k * 5 + 2) % 8].filter((x, i, all) => all.indexOf(x) === i);
    // The French order differs from the German one, as it would in a translation.
    de.push(picks.map((p) => words[p]?.[0]).join(' ') + '.');
    fr.push([...picks].reverse().map((p) => words[p]?.[1]).join(' ') + '.');
  }
  return { de, fr };
}

function lexiconOf(de: string[], fr: string[]) {
  const vocab = new Vocabulary();
  const a = describeUnits(de, vocab);
  const b = describeUnits(fr, vocab);
  const beads = de.map((_, k) => ({ a: [k], b: [k], score: 0.9 }));
  const lexicon = learnLexicon(a, b, beads);
  const id = (word: string): number => vocab.token(word).word;
  return { lexicon, id };
}

describe('learnLexicon', () => {
  it('learns which word translates which from beads that each hold several words', () => {
    const { de, fr } = bitext(24);
    const { lexicon, id } = lexiconOf(de, fr);
    for (const [german, french] of words) {
      expect(lexicon.get(id(french)), `${french} ~ ${german}`).toBe(id(german));
      expect(lexicon.get(id(german))).toBe(id(german));
    }
  });

  it('leaves out a word met in a single bead: one bead cannot tell which of its words it translates', () => {
    const { de, fr } = bitext(24);
    de[5] = `${de[5]} Bergführer`;
    fr[5] = `${fr[5]} guide`;
    const { lexicon, id } = lexiconOf(de, fr);
    expect(lexicon.has(id('guide'))).toBe(false);
    expect(lexicon.has(id('Bergführer'))).toBe(false);
    expect(lexicon.get(id('sommet'))).toBe(id('Gipfel'));
  });

  it('learns nothing from fewer than ten aligned beads', () => {
    const { de, fr } = bitext(9);
    expect(lexiconOf(de, fr).lexicon.size).toBe(0);
  });
});
