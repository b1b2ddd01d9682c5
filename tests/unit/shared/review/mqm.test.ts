import { describe, expect, it } from 'vitest';
import { categoryLabel, dimensionOf, filterCategories, isMqmCategory, mqmCategories, mqmDimensions } from '../../../../shared/review/mqm.js';

describe('MQM Core typology', () => {
  it('has the MQM Core dimensions and the subtypes a reviewer files under', () => {
    expect(mqmDimensions.map((d) => d.name)).toEqual([
      'Terminology', 'Accuracy', 'Linguistic conventions', 'Style', 'Locale conventions', 'Audience appropriateness', 'Design and markup', 'Other',
    ]);
    for (const id of [
      'accuracy/mistranslation', 'accuracy/overtranslation', 'accuracy/undertranslation', 'accuracy/addition', 'accuracy/omission',
      'accuracy/do-not-translate', 'accuracy/untranslated', 'linguistic-conventions/grammar', 'linguistic-conventions/punctuation',
      'linguistic-conventions/spelling', 'linguistic-conventions/unintelligible', 'linguistic-conventions/character-encoding',
      'linguistic-conventions/textual-conventions', 'locale-conventions/number-format', 'locale-conventions/currency-format',
      'locale-conventions/measurement-format', 'locale-conventions/time-format', 'locale-conventions/date-format',
      'locale-conventions/address-format', 'locale-conventions/telephone-format', 'terminology', 'style', 'audience-appropriateness', 'design-and-markup',
    ]) {
      expect(isMqmCategory(id), id).toBe(true);
    }
    expect(new Set(mqmCategories.map((c) => c.id)).size).toBe(mqmCategories.length);
  });

  it('keeps the categories the samples and QA checks already use', () => {
    for (const id of ['accuracy/untranslated', 'linguistic-conventions/punctuation', 'locale-conventions/number-format', 'terminology/inconsistent-use', 'locale-conventions/quotation-marks', 'design-and-markup', 'other']) {
      expect(isMqmCategory(id), id).toBe(true);
    }
    expect(categoryLabel('terminology/inconsistent-use')).toBe('Terminology · Inconsistent use of terminology');
    expect(categoryLabel('design-and-markup')).toBe('Design and markup');
  });

  it('finds the dimension of any category path, unknown ones under Other', () => {
    expect(dimensionOf('accuracy/omission')).toBe('accuracy');
    expect(dimensionOf('locale-conventions/quotation-marks')).toBe('locale-conventions');
    expect(dimensionOf('style')).toBe('style');
    expect(dimensionOf('fluency/spelling')).toBe('linguistic-conventions');
    expect(dimensionOf('made-up/thing')).toBe('other');
    expect(categoryLabel('made-up/thing')).toBe('made-up/thing');
  });

  it('filters by dimension and subtype names, the typed name first', () => {
    expect(filterCategories('omis').map((c) => c.id)).toEqual(['accuracy/omission']);
    expect(filterCategories('locale date').map((c) => c.id)).toEqual(['locale-conventions/date-format']);
    const accuracy = filterCategories('accuracy').map((c) => c.id);
    expect(accuracy[0]).toBe('accuracy');
    expect(accuracy).toContain('accuracy/untranslated');
    expect(filterCategories('').length).toBe(mqmCategories.length);
    // "term" matches the Terminology dimension by name before "Textual conventions"-like id hits.
    expect(filterCategories('term')[0]?.id).toBe('terminology');
  });
});
