import { describe, expect, it } from 'vitest';
import { check, pair } from '../build-set.js';

describe('quotation marks check', () => {
  it('accepts the locale’s own quotation marks', () => {
    expect(check('quotation-marks', pair('en', ['Click “Save”.'], 'de', ['Klicken Sie auf „Speichern“.'])).findings).toEqual([]);
    expect(check('quotation-marks', pair('en', ['Click “Save”.'], 'fr', ['Cliquez sur « Enregistrer ».'])).findings).toEqual([]);
    expect(check('quotation-marks', pair('en', ['Click “Save”.'], 'ja', ['「保存」をクリックします。'])).findings).toEqual([]);
    expect(check('quotation-marks', pair('de', ['Klicken Sie auf „Speichern“.'], 'en', ['Click “Save”.'])).findings).toEqual([]);
    expect(check('quotation-marks', pair('en', ['Click “Save”.'], 'ru', ['Нажмите «Сохранить».'])).findings).toEqual([]);
  });

  it('flags another locale’s quotation marks, underlining the quotation', () => {
    expect(check('quotation-marks', pair('en', ['Click “Save”.'], 'fr', ['Cliquez sur “Enregistrer”.'])).texts).toEqual(['“Enregistrer”']);
    expect(check('quotation-marks', pair('en', ['Click “Save”.'], 'ja', ['“保存”をクリックします。'])).texts).toEqual(['“保存”']);
    expect(check('quotation-marks', pair('en', ['Click “Save”.'], 'ru', ['Нажмите „Сохранить“.'])).texts).toEqual(['„Сохранить“']);
    // English quotes in German: “ is the German closing mark, but ” never belongs.
    expect(check('quotation-marks', pair('en', ['Click “Save”.'], 'de', ['Klicken Sie auf “Speichern”.'])).texts).toEqual(['”']);
  });

  it('stays silent for languages whose convention it does not know, and accepts nested quotes', () => {
    expect(check('quotation-marks', pair('en', ['Click “Save”.'], 'sw', ['Bofya “Hifadhi”.'])).findings).toEqual([]);
    expect(check('quotation-marks', pair('en', ['He said “read ‘Ulysses’”.'], 'fr', ['Il a dit « lisez “Ulysse” ».'])).findings).toEqual([]);
  });
});
