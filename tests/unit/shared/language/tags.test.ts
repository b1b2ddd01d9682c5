import { describe, expect, it } from 'vitest';
import { canonicalTag, directionOf, tagFromName } from '../../../../shared/language/index.js';

describe('language tags', () => {
  it('canonicalizes BCP 47 tags and rejects non-tags', () => {
    expect(canonicalTag('pt-br')).toBe('pt-BR');
    expect(canonicalTag('iw')).toBe('he');
    expect(canonicalTag('zh-hant')).toBe('zh-Hant');
    expect(canonicalTag('v2')).toBeNull();
    expect(canonicalTag('')).toBeNull();
  });

  it('reads a tag from a name part only when it names a known language', () => {
    expect(tagFromName('en')).toBe('en');
    expect(tagFromName('pt-BR')).toBe('pt-BR');
    expect(tagFromName('te')).toBe('te');
    expect(tagFromName('notes')).toBeNull();
    expect(tagFromName('old')).toBeNull();
    expect(tagFromName('draft')).toBeNull();
    expect(tagFromName('und')).toBeNull();
  });

  it('gives right-to-left for RTL languages and scripts', () => {
    for (const tag of ['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'yi', 'dv', 'ug', 'ckb', 'ar-EG', 'az-Arab', 'yi-Hebr']) {
      expect(directionOf(tag), tag).toBe('rtl');
    }
    for (const tag of ['en', 'ja', 'te', 'sd-Deva', 'und', 'pt-BR', 'ku-Latn']) {
      expect(directionOf(tag), tag).toBe('ltr');
    }
  });
});
