import { describe, expect, it } from 'vitest';
import { searchBeads } from '../../../../shared/align/bead-search.js';
import { describeUnits, pairFeatures, Vocabulary } from '../../../../shared/align/features.js';

// Side b starts with a sentence side a lacks, and side a ends with one side b lacks; in between,
// three sentence pairs that share a name each. Every sentence also carries three numbers the other
// side lacks (counts, prices), so it has plenty to compare and the true pairs share little: a
// shifted diagonal of pairs that share nothing matches the lengths and the priors better.
let next = 100;
const numbers = (): string => [next++, next++, next++].join(' ');
const sideA = [
  `We met Anna at the station and walked ${numbers()}.`,
  `Later Bruno joined us with friends ${numbers()}.`,
  `In the evening Carla cooked for everyone ${numbers()}.`,
  `The bill came to many francs in total ${numbers()}.`,
];
const sideB = [
  `Das Wetter war an diesem Tag warm ${numbers()}.`,
  `Wir trafen Anna am Bahnhof und gingen ${numbers()}.`,
  `Später kam Bruno mit Freunden dazu ${numbers()}.`,
  `Am Abend kochte Carla für alle ${numbers()}.`,
];

function search(expectedDice?: number): string[] {
  const vocab = new Vocabulary();
  const features = pairFeatures(describeUnits(sideA, vocab), describeUnits(sideB, vocab), vocab);
  return searchBeads({ features, ratio: 1, path: (a) => a, width: () => 4, bonus: 10, expectedDice }).map((x) => `[${x.a.join(',')}]:[${x.b.join(',')}]`);
}

describe('searchBeads: the evidence a translation pair is expected to share', () => {
  it('without an expectation, a shifted diagonal of pairs that share nothing wins', () => {
    expect(search()).toEqual(['[0]:[0]', '[1]:[1]', '[2]:[2]', '[3]:[3]']);
    expect(search(0)).toEqual(search());
  });

  it('with one, pairs that share nothing pay for it: the added and the dropped sentence stand alone', () => {
    expect(search(0.3)).toEqual(['[]:[0]', '[0]:[1]', '[1]:[2]', '[2]:[3]', '[3]:[]']);
  });
});
