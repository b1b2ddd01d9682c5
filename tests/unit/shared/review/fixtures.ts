// Annotations for tests: a real selector built from real text, plus the reviewer's fields.
import type { Annotation } from '../../../../shared/model.js';
import { selectorsForSpan } from '../../../../shared/review/index.js';

export function annotationOn(text: string, quote: string, fields: Partial<Annotation> = {}): Annotation {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" is not in the text`);
  return {
    id: fields.id ?? `id-${quote}`,
    target: selectorsForSpan(text, { start, end: start + quote.length }),
    links: [],
    category: 'accuracy/mistranslation',
    severity: 'major',
    comment: `About ${quote}`,
    suggestion: '',
    status: 'open',
    author: 'Ana',
    created: '2025-01-02T03:04:05.000Z',
    modified: '2025-01-02T03:04:05.000Z',
    replies: [],
    ...fields,
  };
}
