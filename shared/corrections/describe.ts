// One line per correction for the corrections list, in the reviewer's words.
import type { CorrectionDraft } from './schema.js';
import { shortQuote } from './segment-refs.js';

export function describeCorrection(correction: CorrectionDraft): string {
  switch (correction.kind) {
    case 'merge':
      return `Merged rows at ${shortQuote(correction.segments[0]?.quote ?? '', 32)}`;
    case 'split':
      return `Split row before ${shortQuote(correction.lower[0]?.quote ?? '', 32)}`;
    case 'move':
      return `Moved ${shortQuote(correction.segment.quote, 32)} ${correction.direction === 'up' ? 'to the row above' : 'to the row below'}`;
    case 'link':
      return `Linked ${shortQuote(correction.rows[0].quote, 24)} with ${shortQuote(correction.rows[1].quote, 24)}`;
    case 'unlink':
      return `Unlinked ${shortQuote(correction.row.quote, 32)}`;
    case 'confirm':
      return `Confirmed ${shortQuote(correction.segments[0]?.quote ?? '', 32)}`;
  }
}
