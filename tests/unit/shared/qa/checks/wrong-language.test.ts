import { describe, expect, it } from 'vitest';
import { check, pair } from '../build-set.js';

const wrong = (language: string, sentence: string) => check('wrong-language', pair('en', ['Source sentence here.'], language, [sentence]));

describe('wrong-language check', () => {
  it('flags text in another script (Latin in Telugu, Cyrillic in Arabic, Latin in Japanese)', () => {
    const telugu = wrong('te', 'Please restart the computer after the update.');
    expect(telugu.texts).toEqual(['Please restart the computer after the update.']);
    expect(telugu.findings[0]?.message).toContain('English');
    expect(wrong('ar', 'Пожалуйста, перезагрузите компьютер после обновления.').findings[0]?.message).toContain('Cyrillic');
    expect(wrong('ja', 'Please restart the computer after the update.').findings).toHaveLength(1);
  });

  it('flags a Latin-script sentence in another Latin-script language', () => {
    expect(wrong('de', 'Please restart the computer after the update is installed.').findings[0]?.message).toContain('English');
    expect(wrong('fr', 'Bitte starten Sie den Computer nach dem Update neu.').findings[0]?.message).toContain('German');
    expect(wrong('en', 'Veuillez redémarrer l’ordinateur après la mise à jour.').findings[0]?.message).toContain('French');
    expect(wrong('pl', 'Please restart the computer when the update is done.').findings).toHaveLength(1);
  });

  it('flags Japanese in a Chinese document', () => {
    expect(wrong('zh', 'アップデートの後でコンピューターを再起動してください。').findings).toHaveLength(1);
  });

  it('accepts sentences in the document’s language, with names and product names', () => {
    expect(wrong('de', 'Der Microsoft Teams Client wird nach dem Update neu gestartet.').findings).toEqual([]);
    expect(wrong('de', 'Öffnen Sie Google Chrome und klicken Sie auf Settings.').findings).toEqual([]);
    expect(wrong('te', 'దయచేసి Microsoft Windows Update తర్వాత కంప్యూటర్‌ను పునఃప్రారంభించండి.').findings).toEqual([]);
    expect(wrong('hi', 'कृपया अपडेट के बाद कंप्यूटर को पुनः आरंभ करें।').findings).toEqual([]);
    expect(wrong('ja', 'アップデートの後でコンピューターを再起動してください。').findings).toEqual([]);
    expect(wrong('zh', '更新后请重新启动计算机。').findings).toEqual([]);
    expect(wrong('ar', 'يرجى إعادة تشغيل الكمبيوتر بعد التحديث.').findings).toEqual([]);
  });

  it('says nothing about short segments or closely related languages', () => {
    expect(wrong('de', 'Microsoft Teams Admin Center').findings).toEqual([]);
    expect(wrong('de', 'Click here.').findings).toEqual([]);
    expect(wrong('pt', 'El ordenador se reinicia después de la actualización.').findings).toEqual([]);
    expect(wrong('fi', 'Käynnistä tietokone uudelleen päivityksen jälkeen.').findings).toEqual([]);
    expect(wrong('ro', 'Reporniți computerul după actualizare, vă rugăm.').findings).toEqual([]);
  });
});
