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

  it('finds a phrase repeated in scripts without spaces (Japanese, Chinese, Thai), not reduplication', () => {
    expect(check('repeated-words', pair('en', ['Every Thursday a coordinator reads it.'], 'ja', ['毎週木曜日に毎週木曜日にコーディネーターが確認します。'])).texts).toEqual(['毎週木曜日に']);
    expect(check('repeated-words', pair('en', ['Open the settings.'], 'zh', ['打开设置页面打开设置页面。'])).texts).toEqual(['打开设置页面']);
    expect(check('repeated-words', pair('en', ['Please wait.'], 'th', ['กรุณารอสักครู่กรุณารอสักครู่'])).texts).toEqual(['กรุณารอสักครู่']);
    expect(check('repeated-words', pair('en', ['Sometimes, various things.'], 'ja', ['時々、いろいろなことがあります。'])).findings).toEqual([]);
    expect(check('repeated-words', pair('en', ['It sparkles.'], 'ja', ['ピカピカ光っています。'])).findings).toEqual([]);
    expect(check('repeated-words', pair('en', ['Take a look.'], 'zh', ['你看看吧，研究研究。'])).findings).toEqual([]);
    expect(check('repeated-words', pair('en', ['Slowly.'], 'th', ['ค่อยๆ เดิน'])).findings).toEqual([]);
  });

  it('accepts French doubled pronouns and German relative "die die"', () => {
    expect(check('repeated-words', pair('en', ['We apologise.'], 'fr', ['Nous nous excusons.'])).findings).toEqual([]);
    expect(check('repeated-words', pair('en', ['You wash.'], 'fr', ['Vous vous lavez.'])).findings).toEqual([]);
    expect(check('repeated-words', pair('en', ['The ones that came.'], 'de', ['Die, die kamen, und die die Samen brachten.'])).findings).toEqual([]);
  });
});
