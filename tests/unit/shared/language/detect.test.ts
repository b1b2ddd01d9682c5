import { describe, expect, it } from 'vitest';
import { bcp47FromIso6393, detectLanguage } from '../../../../shared/language/index.js';

describe('detectLanguage', () => {
  const samples: [string, string][] = [
    ['en', 'The reviewer opens the document set and reads every sentence of the translation carefully before writing comments.'],
    ['de', 'Die Prüferin öffnet den Dokumentensatz und liest jeden Satz der Übersetzung sorgfältig, bevor sie Kommentare schreibt.'],
    ['fr', "La réviseuse ouvre l'ensemble de documents et lit attentivement chaque phrase de la traduction avant d'écrire ses commentaires."],
    ['ja', 'レビュー担当者は文書セットを開き、コメントを書く前に翻訳のすべての文を注意深く読みます。'],
    ['ru', 'Рецензент открывает набор документов и внимательно читает каждое предложение перевода, прежде чем писать комментарии.'],
    ['ar', 'يفتح المراجع مجموعة المستندات ويقرأ كل جملة من الترجمة بعناية قبل كتابة التعليقات.'],
    ['te', 'సమీక్షకుడు పత్రాల సమితిని తెరిచి, వ్యాఖ్యలు రాసే ముందు అనువాదంలోని ప్రతి వాక్యాన్ని జాగ్రత్తగా చదువుతారు.'],
    ['he', 'הסוקר פותח את אוסף המסמכים וקורא בעיון כל משפט בתרגום לפני שהוא כותב הערות.'],
  ];
  for (const [expected, text] of samples) {
    it(`recognises ${expected}`, () => {
      expect(detectLanguage(text)).toBe(expected);
    });
  }

  it('says und when the text is too short to tell', () => {
    expect(detectLanguage('OK')).toBe('und');
    expect(detectLanguage('')).toBe('und');
  });

  it('is not fooled by Markdown markup and links', () => {
    const text = '# Einführung\n\n- Die [Anleitung](https://example.com/getting-started) erklärt, wie man die Übersetzung prüft und Kommentare schreibt.\n';
    expect(detectLanguage(text)).toBe('de');
  });

  it('maps franc codes to BCP 47', () => {
    expect(bcp47FromIso6393('cmn')).toBe('zh');
    expect(bcp47FromIso6393('pes')).toBe('fa');
    expect(bcp47FromIso6393('arb')).toBe('ar');
    expect(bcp47FromIso6393('und')).toBeNull();
    expect(bcp47FromIso6393('toString')).toBeNull();
  });
});
