import { describe, expect, it } from 'vitest';
import { check, pair, spanText } from '../build-set.js';

describe('placeholders check', () => {
  it('accepts the same placeholders in any order and script', () => {
    expect(check('placeholders', pair('en', ['Hello {name}, you have %1$d new <b>messages</b>.'], 'de', ['Hallo {name}, Sie haben %1$d neue <b>Nachrichten</b>.'])).findings).toEqual([]);
    expect(check('placeholders', pair('en', ['%s of %d files copied.'], 'ja', ['%d 個中 %s 個のファイルをコピーしました。'])).findings).toEqual([]);
    expect(check('placeholders', pair('en', ['{{user}} left {0}.'], 'ar', ['غادر {{user}} {0}.'])).findings).toEqual([]);
  });

  it('treats an ICU plural as one placeholder, whatever its branches say', () => {
    const source = '{count, plural, one {# file} other {# files}} deleted.';
    const target = '{count, plural, one {# Datei} other {# Dateien}} gelöscht.';
    expect(check('placeholders', pair('en', [source], 'de', [target])).findings).toEqual([]);
    const renamed = check('placeholders', pair('en', [source], 'de', ['{anzahl, plural, one {# Datei} other {# Dateien}} gelöscht.']));
    expect(renamed.texts).toEqual(['{anzahl, plural, one {# Datei} other {# Dateien}}']);
    expect(renamed.findings[0]?.message).toContain('{count,plural}');
  });

  it('flags a changed, a missing and an extra placeholder at the exact characters', () => {
    const changed = check('placeholders', pair('en', ['Delete {0}?'], 'hi', ['{1} हटाएँ?']));
    expect(changed.texts).toEqual(['{1}']);
    expect(changed.findings[0]?.related.map((r) => spanText(changed.set, r))).toEqual(['{0}']);
    const missing = check('placeholders', pair('en', ['Saved %s.'], 'zh', ['已保存。']));
    expect(missing.texts).toEqual(['已保存。']);
    expect(missing.findings[0]?.message).toContain('missing');
    const extra = check('placeholders', pair('en', ['Saved.'], 'fr', ['Enregistré %s.']));
    expect(extra.texts).toEqual(['%s']);
  });

  it('flags a tag left open in the target when the source closes it', () => {
    const { texts, findings } = check('placeholders', pair('en', ['Click <b>Save</b> now.'], 'es', ['Haga clic en <b>Guardar ahora.']));
    expect(texts).toContain('<b>');
    expect(findings.some((f) => f.message.includes('never closed'))).toBe(true);
  });

  it('does not take a German "10%ige" or a French "50 %" for a printf placeholder', () => {
    expect(check('placeholders', pair('en', ['A 10% solution.'], 'de', ['Eine 10%ige Lösung.'])).findings).toEqual([]);
    expect(check('placeholders', pair('en', ['50% done.'], 'fr', ['50 % de fait.'])).findings).toEqual([]);
  });
});
