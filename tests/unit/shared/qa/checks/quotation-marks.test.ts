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
    // English quotes in German: “ is the German closing mark, but followed by ” it opens an English pair.
    expect(check('quotation-marks', pair('en', ['Click “Save”.'], 'de', ['Klicken Sie auf “Speichern”.'])).texts).toEqual(['“Speichern”']);
    // A German “ that closes a quotation opened in an earlier sentence stays unflagged.
    expect(check('quotation-marks', pair('en', ['now.” He left.'], 'de', ['jetzt.“ Er ging.'])).findings).toEqual([]);
  });

  it('flags typewriter quotes in running text (Latin, Cyrillic, CJK) but not inch marks or code', () => {
    expect(check('quotation-marks', pair('en', ['marked “low vigour”.'], 'es', ['marcado como "poco vigor".'])).texts).toEqual(['"poco vigor"']);
    expect(check('quotation-marks', pair('en', ['Click “Save”.'], 'ru', ['Нажмите "Сохранить".'])).texts).toEqual(['"Сохранить"']);
    expect(check('quotation-marks', pair('en', ['Click “Save”.'], 'ja', ['"保存"をクリックします。'])).texts).toEqual(['"保存"']);
    const minor = check('quotation-marks', pair('en', ['Click “Save”.'], 'de', ['Klicken Sie auf "Speichern".'])).findings[0];
    expect(minor?.severity).toBe('minor');
    expect(check('quotation-marks', pair('en', ['A 12" screen.'], 'de', ['Ein 12" Bildschirm und ein 15" Monitor.'])).findings).toEqual([]);
    expect(check('quotation-marks', pair('en', ['Type `"x"`.'], 'fr', ['Tapez `"x"`.'])).findings).toEqual([]);
    expect(check('quotation-marks', pair('en', ['Say “hi”.'], 'sw', ['Sema "habari".'])).findings).toEqual([]);
  });

  it('stays silent for languages whose convention it does not know, and accepts nested quotes', () => {
    expect(check('quotation-marks', pair('en', ['Click “Save”.'], 'sw', ['Bofya “Hifadhi”.'])).findings).toEqual([]);
    expect(check('quotation-marks', pair('en', ['He said “read ‘Ulysses’”.'], 'fr', ['Il a dit « lisez “Ulysse” ».'])).findings).toEqual([]);
  });
});
