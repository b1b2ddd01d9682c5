import { describe, expect, it } from 'vitest';
import { languageName } from '../../../renderer/languages.js';

describe('languageName', () => {
  it('names languages in the UI language', () => {
    expect(languageName('te', 'en-US')).toBe('Telugu');
    expect(languageName('ar', 'en')).toBe('Arabic');
    expect(languageName('ja', 'de')).toBe('Japanisch');
  });

  it('names regional variants', () => {
    expect(languageName('pt-BR', 'en')).toMatch(/Portuguese/);
  });

  it('shows a tag it cannot name as written', () => {
    expect(languageName('not a tag!', 'en')).toBe('not a tag!');
  });
});
