// The MQM categories offered in the comment form, and the severities a reviewer picks from.
import type { Severity } from '../../shared/model.js';

export const mqmCategories: { id: string; label: string }[] = [
  { id: 'accuracy/mistranslation', label: 'Accuracy · Mistranslation' },
  { id: 'accuracy/omission', label: 'Accuracy · Omission' },
  { id: 'accuracy/addition', label: 'Accuracy · Addition' },
  { id: 'accuracy/untranslated', label: 'Accuracy · Untranslated' },
  { id: 'linguistic-conventions/grammar', label: 'Linguistic conventions · Grammar' },
  { id: 'linguistic-conventions/spelling', label: 'Linguistic conventions · Spelling' },
  { id: 'linguistic-conventions/punctuation', label: 'Linguistic conventions · Punctuation' },
  { id: 'terminology', label: 'Terminology' },
  { id: 'style', label: 'Style' },
  { id: 'locale-conventions/number-format', label: 'Locale conventions · Number format' },
  { id: 'other', label: 'Other' },
];

export const severities: Severity[] = ['minor', 'major', 'critical'];

/** A category saved by another tool may not be in the list: show it as written. */
export function categoryLabel(id: string): string {
  return mqmCategories.find((c) => c.id === id)?.label ?? id;
}
