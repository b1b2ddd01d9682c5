import { describe, expect, it } from 'vitest';
import { check, pair, spanText } from '../build-set.js';

describe('repeated words check', () => {
  it('flags a repeated word, underlining the repetition, with the first occurrence related', () => {
    const { texts, findings, set } = check('repeated-words', pair('de', ['Speichern Sie die Datei.'], 'en', ['Save the the file.']));
    expect(texts).toEqual(['the']);
    expect(findings[0]?.related.map((r) => spanText(set, r))).toEqual(['the']);
    expect(findings[0]?.start).toBe('Save the '.length);
    expect(check('repeated-words', pair('en', ['Save the file.'], 'ru', ['Сохраните файл файл.'])).texts).toEqual(['файл']);
    expect(check('repeated-words', pair('en', ['Save the file.'], 'ar', ['احفظ الملف الملف.'])).texts).toEqual(['الملف']);
  });

  it('is case-insensitive and finds repeated phrases', () => {
    expect(check('repeated-words', pair('en', ['x'], 'fr', ['Le le fichier.'])).texts).toEqual(['le']);
    expect(check('repeated-words', pair('de', ['x'], 'en', ['Put it in the in the box.'])).texts).toEqual(['in the']);
  });

  it('accepts words grammar doubles and reduplicating languages', () => {
    expect(check('repeated-words', pair('en', ['We met.'], 'fr', ['Nous nous sommes rencontrés.'])).findings).toEqual([]);
    expect(check('repeated-words', pair('en', ['Walk slowly.'], 'hi', ['धीरे धीरे चलो।'])).findings).toEqual([]);
    expect(check('repeated-words', pair('en', ['Thank you.'], 'zh', ['谢谢。'])).findings).toEqual([]);
    expect(check('repeated-words', pair('en', ['Yes, yes.'], 'de', ['Ja, ja.'])).findings).toEqual([]);
  });
});
