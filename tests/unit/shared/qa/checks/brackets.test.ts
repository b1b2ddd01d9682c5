import { describe, expect, it } from 'vitest';
import { check, pair } from '../build-set.js';

describe('brackets check', () => {
  it('accepts balanced pairs in each locale’s style', () => {
    expect(check('brackets', pair('en', ['Press “Save” (or Ctrl+S).'], 'de', ['Drücken Sie „Speichern“ (oder Strg+S).'])).findings).toEqual([]);
    expect(check('brackets', pair('en', ['Press “Save” (or Ctrl+S).'], 'ja', ['「保存」（または Ctrl+S）を押します。'])).findings).toEqual([]);
    expect(check('brackets', pair('en', ['Press “Save” (or Ctrl+S).'], 'fr', ['Appuyez sur « Enregistrer » (ou Ctrl+S).'])).findings).toEqual([]);
    expect(check('brackets', pair('en', ['Press [Save].'], 'ar', ['اضغط [حفظ].'])).findings).toEqual([]);
  });

  it('flags an unclosed bracket at its character', () => {
    expect(check('brackets', pair('en', ['Press Save (or Ctrl+S).'], 'de', ['Drücken Sie Speichern (oder Strg+S.'])).texts).toEqual(['(']);
    expect(check('brackets', pair('en', ['Press “Save”.'], 'ja', ['「保存を押します。'])).texts).toEqual(['「']);
    expect(check('brackets', pair('en', ['Press Save (or Ctrl+S).'], 'hi', ['सहेजें दबाएँ या Ctrl+S).'])).texts).toEqual([')']);
  });

  it('accepts a quotation opened in one sentence and closed in the next, like the source', () => {
    const specs = pair('en', ['“I came.', 'I saw.”'], 'de', ['„Ich kam.', 'Ich sah.“']);
    expect(check('brackets', specs).findings).toEqual([]);
  });

  it('does not take a list marker or inches for a stray mark', () => {
    expect(check('brackets', pair('en', ['a) First item.'], 'es', ['a) Primer elemento.'])).findings).toEqual([]);
    expect(check('brackets', pair('en', ['A 5" screen.'], 'de', ['Ein 5" Bildschirm.'])).findings).toEqual([]);
  });
});
