import { describe, expect, it } from 'vitest';
import { searchBeads } from '../../../../shared/align/bead-search.js';
import { describeUnits, pairFeatures, Vocabulary } from '../../../../shared/align/features.js';

// Between a first and a last pair that share a place name, side b has a sentence side a lacks, and
// side a one that side b lacks, further on; in between, three sentence pairs that share a name
// each. Every sentence also carries three numbers the other side lacks (counts, prices), so it has
// plenty to compare and the true pairs share little: a shifted diagonal of pairs that share
// nothing matches the lengths and the priors better. (The first and last pairs keep the skips in
// the middle: at either end of a pair, skips cost less.)
let next = 100;
const numbers = (): string => [next++, next++, next++].join(' ');
const sideA = [
  `We arrived in Zermatt by train ${numbers()}.`,
  `We met Anna at the station and walked ${numbers()}.`,
  `Later Bruno joined us with friends ${numbers()}.`,
  `In the evening Carla cooked for everyone ${numbers()}.`,
  `The bill came to many francs in total ${numbers()}.`,
  `The next day we left for Saas-Fee ${numbers()}.`,
];
const sideB = [
  `Wir kamen mit dem Zug in Zermatt an ${numbers()}.`,
  `Das Wetter war an diesem Tag warm ${numbers()}.`,
  `Wir trafen Anna am Bahnhof und gingen ${numbers()}.`,
  `Später kam Bruno mit Freunden dazu ${numbers()}.`,
  `Am Abend kochte Carla für alle ${numbers()}.`,
  `Am nächsten Tag fuhren wir nach Saas-Fee ${numbers()}.`,
];

function search(expectedDice?: number): string[] {
  const vocab = new Vocabulary();
  const features = pairFeatures(describeUnits(sideA, vocab), describeUnits(sideB, vocab), vocab);
  return searchBeads({ features, ratio: 1, path: (a) => a, width: () => 4, bonus: 10, expectedDice }).map((x) => `[${x.a.join(',')}]:[${x.b.join(',')}]`);
}

describe('searchBeads: the evidence a translation pair is expected to share', () => {
  it('without an expectation, a shifted diagonal of pairs that share nothing wins', () => {
    expect(search()).toEqual(['[0]:[0]', '[1]:[1]', '[2]:[2]', '[3]:[3]', '[4]:[4]', '[5]:[5]']);
    expect(search(0)).toEqual(search());
  });

  it('with one, pairs that share nothing pay for it: the added and the dropped sentence stand alone', () => {
    expect(search(0.3)).toEqual(['[0]:[0]', '[]:[1]', '[1]:[2]', '[2]:[3]', '[3]:[4]', '[4]:[]', '[5]:[5]']);
  });
});

describe('searchBeads: the ends of a pair and shared cuts', () => {
  const run = (a: string[], b: string[]): string[] => {
    const vocab = new Vocabulary();
    const features = pairFeatures(describeUnits(a, vocab), describeUnits(b, vocab), vocab);
    return searchBeads({ features, ratio: 1, path: (x) => x, width: () => 4, bonus: 10 }).map((x) => `[${x.a.join(',')}]:[${x.b.join(',')}]`);
  };

  it('leaves text on one side only at either end alone rather than shifting every pair', () => {
    // The first four sentences of each side above, without the place names around them.
    expect(run(sideA.slice(1, 5), sideB.slice(1, 5))).toEqual(['[]:[0]', '[0]:[1]', '[1]:[2]', '[2]:[3]', '[3]:[]']);
  });

  it('does not charge for a cut inside a sentence that both sides make', () => {
    // "stiegen," / "and climbed on for a long while," end at the same comma; cut alone on side a,
    // the bead boundary would cost as much as keeping the lengths apart saves.
    const a = ['Wir gingen um 1234 los und stiegen,', 'bis wir um 5678 den Gipfelgrat erreichten.'];
    const b = ['We left early at 1234.', 'and climbed on for a long while,', 'until we reached the ridge at 5678.'];
    expect(run(a, b)).toEqual(['[0]:[0,1]', '[1]:[2]']);
  });
});

describe('searchBeads: pinned pairs', () => {
  // Two swapped paragraphs between two that keep their place.
  const a = ['Zermatt lies at 1608 metres.', 'The hut opens on 1 July.', 'Breakfast is at 6.', 'Saas-Fee lies at 1800 metres.'];
  const b = ['Zermatt liegt auf 1608 Metern.', 'Frühstück gibt es um 6.', 'Die Hütte öffnet am 1. Juli.', 'Saas-Fee liegt auf 1800 Metern.'];
  const run = (pinned?: { a: number; b: number }[], width = 4): string[] => {
    const vocab = new Vocabulary();
    const features = pairFeatures(describeUnits(a, vocab), describeUnits(b, vocab), vocab);
    return searchBeads({ features, ratio: 1, path: (x) => x, width: () => width, bonus: 10, pinned }).map((x) => `[${x.a.join(',')}]:[${x.b.join(',')}]`);
  };

  it('keeps a pinned pair in one bead: the swapped paragraph next to it stands alone, not in a 2-2 bead', () => {
    const free = run();
    expect(free).not.toContain('[1]:[2]');
    const pinned = run([{ a: 1, b: 2 }]);
    expect(pinned).toContain('[1]:[2]');
    expect(pinned).toEqual(['[0]:[0]', '[]:[1]', '[1]:[2]', '[2]:[]', '[3]:[3]']);
  });

  it('lets a pinned pair share its bead with a sentence split off on one side', () => {
    const vocab = new Vocabulary();
    const splitB = ['Zermatt liegt auf 1608 Metern,', 'am Fuss des Matterhorns.', 'Saas-Fee liegt auf 1800 Metern.'];
    const splitA = ['Zermatt lies at 1608 metres, at the foot of the Matterhorn.', 'Saas-Fee lies at 1800 metres.'];
    const features = pairFeatures(describeUnits(splitA, vocab), describeUnits(splitB, vocab), vocab);
    const beads = searchBeads({ features, ratio: 1, path: (x) => x, width: () => 4, bonus: 10, pinned: [{ a: 0, b: 0 }] });
    expect(beads.map((x) => `[${x.a.join(',')}]:[${x.b.join(',')}]`)).toEqual(['[0]:[0,1]', '[1]:[2]']);
  });

  it('still aligns every unit when a pin lies outside the corridor (the search runs again without pins)', () => {
    const beads = run([{ a: 0, b: 3 }], 1);
    expect(beads.flatMap((x) => x.split(':')[0]?.replace(/[[\]]/g, '').split(',').filter(Boolean) ?? [])).toEqual(['0', '1', '2', '3']);
  });
});
