import { describe, expect, it } from 'vitest';
import { check, pair, spanText } from '../build-set.js';

// Ten sentence pairs where the target runs about 1.3× the source: the pair's own ratio.
const english = [
  'The printer is ready to use.', 'Open the cover of the printer.', 'Insert the paper into the tray.', 'Close the cover again.',
  'Press the green start button.', 'Wait until the light turns green.', 'Remove the printed pages.', 'Switch off the printer at night.',
  'Clean the glass once a month.', 'Call support if the light blinks.',
];
const german = [
  'Der Drucker ist jetzt einsatzbereit.', 'Öffnen Sie die Abdeckung des Druckers.', 'Legen Sie das Papier in das Fach ein.', 'Schließen Sie die Abdeckung wieder.',
  'Drücken Sie die grüne Starttaste.', 'Warten Sie, bis die Leuchte grün wird.', 'Nehmen Sie die gedruckten Seiten heraus.', 'Schalten Sie den Drucker nachts aus.',
  'Reinigen Sie das Glas einmal im Monat.', 'Rufen Sie den Support an, wenn die Leuchte blinkt.',
];

describe('length ratio check', () => {
  it('accepts a pair whose rows all follow its own ratio', () => {
    expect(check('length-ratio', pair('en', english, 'de', german)).findings).toEqual([]);
  });

  it('flags a target far shorter than the pair’s ratio as a likely omission', () => {
    const target = [...german];
    target[6] = 'Seiten.';
    const source = [...english];
    source[6] = 'Remove the printed pages from the output tray and put them aside.';
    const { findings, texts, set } = check('length-ratio', pair('en', source, 'de', target));
    expect(texts).toEqual(['Seiten.']);
    expect(findings[0]?.category).toBe('accuracy/omission');
    expect(findings[0]?.related.map((r) => spanText(set, r))).toEqual([source[6]]);
  });

  it('flags a far longer target (Devanagari) as a likely addition', () => {
    const hindi = ['प्रिंटर अब उपयोग के लिए तैयार है।', 'प्रिंटर का कवर खोलें।', 'ट्रे में कागज़ डालें।', 'कवर फिर से बंद करें।', 'हरा स्टार्ट बटन दबाएँ।',
      'बत्ती हरी होने तक प्रतीक्षा करें।', 'छपे हुए पन्ने निकालें।', 'रात में प्रिंटर बंद करें।', 'महीने में एक बार कांच साफ़ करें।', 'बत्ती झपकने पर सहायता को कॉल करें।'];
    expect(check('length-ratio', pair('en', english, 'hi', hindi)).findings).toEqual([]);
    hindi[3] = 'कवर को फिर से बंद करें और सुनिश्चित करें कि वह पूरी तरह से बंद है, अन्यथा प्रिंटर काम नहीं करेगा और त्रुटि दिखाएगा।';
    const { findings } = check('length-ratio', pair('en', english, 'hi', hindi));
    expect(findings).toHaveLength(1);
    expect(findings[0]?.category).toBe('accuracy/addition');
  });

  it('needs enough rows, and long enough text, to judge (CJK)', () => {
    expect(check('length-ratio', pair('en', english.slice(0, 3), 'ja', ['準備完了。', 'カバーを開けます。', 'x'])).findings).toEqual([]);
  });
});
