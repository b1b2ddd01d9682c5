// The MQM Core error typology (https://themqm.org/error-types-2/typology/) as data: the
// dimensions and their subtypes a reviewer files a comment under. A category is written as a path,
// `dimension` or `dimension/subtype` (`accuracy/omission`, `locale-conventions/date-format`).

export interface MqmDimension {
  id: string;
  name: string;
}

export interface MqmCategory {
  /** `dimension` or `dimension/subtype`. */
  id: string;
  dimension: string;
  /** Subtype name, or null for a comment filed under the dimension itself. */
  subtype: string | null;
  /** "Accuracy · Omission", or the dimension's name alone. */
  label: string;
}

/** "Other" is outside MQM Core; it holds what fits no dimension (and categories Verso does not know). */
export const OTHER_DIMENSION = 'other';

const typology: { id: string; name: string; subtypes: [string, string][] }[] = [
  {
    id: 'terminology',
    name: 'Terminology',
    subtypes: [
      ['inconsistent-with-termbase', 'Inconsistent with termbase'],
      ['inconsistent-use', 'Inconsistent use of terminology'],
      ['wrong-term', 'Wrong term'],
    ],
  },
  {
    id: 'accuracy',
    name: 'Accuracy',
    subtypes: [
      ['mistranslation', 'Mistranslation'],
      ['overtranslation', 'Over-translation'],
      ['undertranslation', 'Under-translation'],
      ['addition', 'Addition'],
      ['omission', 'Omission'],
      ['do-not-translate', 'Do not translate'],
      ['untranslated', 'Untranslated'],
    ],
  },
  {
    id: 'linguistic-conventions',
    name: 'Linguistic conventions',
    subtypes: [
      ['grammar', 'Grammar'],
      ['punctuation', 'Punctuation'],
      ['spelling', 'Spelling'],
      ['unintelligible', 'Unintelligible'],
      ['character-encoding', 'Character encoding'],
      ['textual-conventions', 'Textual conventions'],
    ],
  },
  {
    id: 'style',
    name: 'Style',
    subtypes: [
      ['organizational-style', 'Organizational style'],
      ['language-register', 'Language register'],
      ['awkward-style', 'Awkward style'],
      ['unidiomatic-style', 'Unidiomatic style'],
      ['inconsistent-style', 'Inconsistent style'],
    ],
  },
  {
    id: 'locale-conventions',
    name: 'Locale conventions',
    subtypes: [
      ['number-format', 'Number format'],
      ['currency-format', 'Currency format'],
      ['measurement-format', 'Measurement format'],
      ['time-format', 'Time format'],
      ['date-format', 'Date format'],
      ['address-format', 'Address format'],
      ['telephone-format', 'Telephone format'],
      // MQM's full typology files quotation mark style under locale conventions; QA checks use it.
      ['quotation-marks', 'Quotation marks'],
    ],
  },
  {
    id: 'audience-appropriateness',
    name: 'Audience appropriateness',
    subtypes: [['culture-specific-reference', 'Culture-specific reference']],
  },
  {
    id: 'design-and-markup',
    name: 'Design and markup',
    subtypes: [
      ['layout', 'Layout'],
      ['markup-tag', 'Markup tag'],
      ['truncation-text-expansion', 'Truncation or text expansion'],
      ['missing-text', 'Missing text'],
    ],
  },
  { id: OTHER_DIMENSION, name: 'Other', subtypes: [] },
];

export const mqmDimensions: readonly MqmDimension[] = typology.map(({ id, name }) => ({ id, name }));

export const mqmCategories: readonly MqmCategory[] = typology.flatMap(({ id, name, subtypes }) => [
  { id, dimension: id, subtype: null, label: name },
  ...subtypes.map(([sub, subName]) => ({ id: `${id}/${sub}`, dimension: id, subtype: subName, label: `${name} · ${subName}` })),
]);

const byId = new Map(mqmCategories.map((c) => [c.id, c]));
const dimensionIds = new Set(mqmDimensions.map((d) => d.id));

// Names used by MQM 1.x and DQF-MQM tools, so their exports are counted under the right dimension.
const legacyDimensions: Record<string, string> = {
  fluency: 'linguistic-conventions',
  'linguistic-convention': 'linguistic-conventions',
  'locale-convention': 'locale-conventions',
  design: 'design-and-markup',
  verity: 'audience-appropriateness',
  'audience-appropriate': 'audience-appropriateness',
};

export function isMqmCategory(id: string): boolean {
  return byId.has(id);
}

/** The dimension a category path belongs to; `other` for a path Verso does not recognise. */
export function dimensionOf(category: string): string {
  const head = category.trim().toLowerCase().split('/')[0] ?? '';
  if (dimensionIds.has(head)) return head;
  return legacyDimensions[head] ?? OTHER_DIMENSION;
}

export function dimensionName(id: string): string {
  return mqmDimensions.find((d) => d.id === id)?.name ?? id;
}

/** A category saved by another tool may not be in the typology: it is shown as written. */
export function categoryLabel(id: string): string {
  return byId.get(id)?.label ?? id;
}

/**
 * Categories whose dimension or subtype name (or id) matches every word typed, in typology order;
 * a category whose own name starts with the query comes first so "om" puts Omission on top.
 */
export function filterCategories(query: string, categories: readonly MqmCategory[] = mqmCategories): MqmCategory[] {
  const words = query.toLowerCase().split(/[\s·/]+/).filter(Boolean);
  if (words.length === 0) return [...categories];
  const matches = categories.filter((c) => {
    const haystack = `${c.label} ${c.id}`.toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
  const first = words[0] ?? '';
  const ownName = (c: MqmCategory) => (c.subtype ?? dimensionName(c.dimension)).toLowerCase();
  return [...matches.filter((c) => ownName(c).startsWith(first)), ...matches.filter((c) => !ownName(c).startsWith(first))];
}
