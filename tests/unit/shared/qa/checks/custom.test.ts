import { describe, expect, it } from 'vitest';
import type { CustomCheck } from '../../../../../shared/qa/index.js';
import { check, pair } from '../build-set.js';

describe('custom checks', () => {
  const customChecks: CustomCheck[] = [
    { id: 'no-click-here', pattern: 'click here', flags: 'i', message: 'Avoid “click here”.', severity: 'minor', languages: ['en'] },
    { id: 'ascii-digits-in-arabic', pattern: '[0-9]+', message: 'Use Arabic-Indic digits.', severity: 'major', languages: ['ar'], category: 'locale-conventions/number-format' },
    { id: 'latin-in-hindi', pattern: '\\p{Script=Latin}+', flags: 'u', message: 'Latin letters in Hindi text.', severity: 'minor', languages: ['hi'] },
    { id: 'wave-dash', pattern: '～', message: 'Use 〜 (wave dash).', severity: 'minor' },
  ];

  it('reports each match at its exact characters, with the check’s id, message and severity', () => {
    const { findings, texts } = check('custom', pair('de', ['Hier klicken.'], 'en', ['Click here or CLICK HERE.']), { customChecks });
    expect(texts).toEqual(['Click here', 'CLICK HERE']);
    expect(findings[0]).toMatchObject({ check: 'custom/no-click-here', severity: 'minor', message: 'Avoid “click here”.', category: 'other' });
    const arabic = check('custom', pair('en', ['Page 12.'], 'ar', ['صفحة 12.']), { customChecks });
    expect(arabic.texts).toEqual(['12']);
    expect(arabic.findings[0]).toMatchObject({ severity: 'major', category: 'locale-conventions/number-format' });
    expect(check('custom', pair('en', ['Open Word.'], 'hi', ['Word खोलें।']), { customChecks }).texts).toEqual(['Word']);
    expect(check('custom', pair('en', ['Wait~'], 'ja', ['待って～']), { customChecks }).texts).toEqual(['～']);
  });

  it('skips documents in other languages', () => {
    expect(check('custom', pair('de', ['Hier klicken.'], 'fr', ['Click here.']), { customChecks }).findings).toEqual([]);
    expect(check('custom', pair('en', ['Page 12.'], 'ar', ['صفحة ١٢.']), { customChecks }).findings).toEqual([]);
  });

  it('rejects an invalid pattern with an error naming the check', () => {
    const broken: CustomCheck[] = [{ id: 'unbalanced', pattern: '(oops', message: 'x', severity: 'minor' }];
    expect(() => check('custom', pair('en', ['a'], 'de', ['b']), { customChecks: broken })).toThrow(/Custom QA check "unbalanced".*not a valid regular expression/);
  });

  it('does not loop on patterns that can match nothing', () => {
    const empty: CustomCheck[] = [{ id: 'maybe', pattern: 'x*', message: 'x', severity: 'minor' }];
    expect(check('custom', pair('en', ['abc xx'], 'de', ['abc']), { customChecks: empty }).texts).toEqual(['xx']);
  });
});
