// Hand-made cases for the larger bead types (1-3, 3-1, 1-4, 4-1) and a pair of non-Latin
// scripts with no script in common (Telugu–Arabic), where only lengths and digits can help.
import { describe, expect, it } from 'vitest';
import { alignSegmented, formatBead } from '../../../../shared/align/index.js';

const before = ['The library opened in 2019 with 86 households.', 'In 2024 it lent 1,250 packets of seed.'];
const after = ['The catalogue lists 412 varieties today.', 'Volunteers meet every Thursday at 18:00.'];
const beforeDe = ['Die Bibliothek öffnete 2019 mit 86 Haushalten.', 'Im Jahr 2024 verlieh sie 1.250 Saatguttüten.'];
const afterDe = ['Der Katalog umfasst heute 412 Sorten.', 'Die Freiwilligen treffen sich jeden Donnerstag um 18:00 Uhr.'];

const long = 'On 3 May 12 volunteers sorted 450 packets, on 4 May 15 volunteers labelled 620 jars, on 5 May 9 volunteers cleaned 80 shelves, and on 6 May 7 volunteers counted 3,100 envelopes.';
const parts = [
  'Am 3. Mai sortierten 12 Freiwillige 450 Tüten.',
  'Am 4. Mai beschrifteten 15 Freiwillige 620 Gläser.',
  'Am 5. Mai putzten 9 Freiwillige 80 Regale.',
  'Am 6. Mai zählten 7 Freiwillige 3.100 Umschläge.',
];

describe('larger bead types', () => {
  it('finds a 1-3 bead where the translation splits one sentence in three', () => {
    const source = [...before, long.replace(', and on 6 May 7 volunteers counted 3,100 envelopes', ''), ...after];
    const target = [...beforeDe, ...parts.slice(0, 3), ...afterDe];
    expect(alignSegmented(source, target).map(formatBead)).toEqual(['[0]:[0]', '[1]:[1]', '[2]:[2,3,4]', '[3]:[5]', '[4]:[6]']);
  });

  it('finds a 3-1 bead where the translation joins three sentences', () => {
    const source = [...beforeDe, ...parts.slice(0, 3), ...afterDe];
    const target = [...before, long.replace(', and on 6 May 7 volunteers counted 3,100 envelopes', ''), ...after];
    expect(alignSegmented(source, target).map(formatBead)).toEqual(['[0]:[0]', '[1]:[1]', '[2,3,4]:[2]', '[5]:[3]', '[6]:[4]']);
  });

  it('finds 1-4 and 4-1 beads', () => {
    expect(alignSegmented([...before, long, ...after], [...beforeDe, ...parts, ...afterDe]).map(formatBead)).toEqual([
      '[0]:[0]', '[1]:[1]', '[2]:[2,3,4,5]', '[3]:[6]', '[4]:[7]',
    ]);
    expect(alignSegmented([...beforeDe, ...parts, ...afterDe], [...before, long, ...after]).map(formatBead)).toEqual([
      '[0]:[0]', '[1]:[1]', '[2,3,4,5]:[2]', '[6]:[3]', '[7]:[4]',
    ]);
  });
});

describe('a non-Latin pair', () => {
  it('aligns Telugu with Arabic, including an omitted sentence', () => {
    const telugu = [
      'గ్రంథాలయం 2019లో 86 కుటుంబాలతో ప్రారంభమైంది.',
      'మొదటి సంవత్సరంలో 31 కుటుంబాలు విత్తనాలను తిరిగి ఇచ్చాయి.',
      'ప్రతి గురువారం సాయంత్రం 6 గంటలకు స్వచ్ఛంద సేవకులు కలుస్తారు.',
      'నిల్వ గది ఉష్ణోగ్రత 10 నుండి 15 డిగ్రీల మధ్య ఉంటుంది.',
      'ప్రతి సీసాలో ఒక చిన్న సిలికా జెల్ సంచి ఉంటుంది.',
    ];
    const arabic = [
      'افتتحت المكتبة عام 2019 مع 86 أسرة.',
      'في السنة الأولى أعادت 31 أسرة البذور.',
      'تبقى درجة حرارة غرفة التخزين بين 10 و15 درجة.',
      'يحتوي كل برطمان على كيس صغير من السيليكا.',
    ];
    expect(alignSegmented(telugu, arabic, { source: 'te', target: 'ar' }).map(formatBead)).toEqual(['[0]:[0]', '[1]:[1]', '[2]:[]', '[3]:[2]', '[4]:[3]']);
  });
});
