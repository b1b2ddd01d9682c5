// Every QA check, in the order their findings win when two checks flag the same characters.
import { additionCheck, omissionCheck } from './checks/omission.js';
import { bracketsCheck } from './checks/brackets.js';
import { consensusCheck } from './checks/consensus.js';
import { customCheck } from './checks/custom.js';
import { endPunctuationCheck } from './checks/end-punctuation.js';
import { glossaryCheck } from './checks/glossary.js';
import { inconsistencyCheck } from './checks/inconsistency.js';
import { lengthRatioCheck } from './checks/length-ratio.js';
import { linksCheck } from './checks/links.js';
import { numbersCheck } from './checks/numbers.js';
import { placeholdersCheck } from './checks/placeholders.js';
import { quotationMarksCheck } from './checks/quotation-marks.js';
import { repeatedWordsCheck } from './checks/repeated-words.js';
import { untranslatedCheck } from './checks/untranslated.js';
import { whitespaceCheck } from './checks/whitespace.js';
import { wrongLanguageCheck } from './checks/wrong-language.js';
import type { QaCheck } from './types.js';

export const qaChecks: QaCheck[] = [
  omissionCheck,
  additionCheck,
  consensusCheck,
  untranslatedCheck,
  wrongLanguageCheck,
  numbersCheck,
  placeholdersCheck,
  linksCheck,
  glossaryCheck,
  inconsistencyCheck,
  lengthRatioCheck,
  endPunctuationCheck,
  bracketsCheck,
  quotationMarksCheck,
  whitespaceCheck,
  repeatedWordsCheck,
  customCheck,
];

const byId = new Map(qaChecks.map((check) => [check.id, check]));

/** Title, default severity and category of a check (`custom/<id>` finds the custom check). */
export function describeCheck(id: string): Pick<QaCheck, 'id' | 'title' | 'defaultSeverity' | 'category'> | undefined {
  const check = byId.get(id.startsWith('custom/') ? 'custom' : id);
  if (!check) return undefined;
  return { id: check.id, title: check.title, defaultSeverity: check.defaultSeverity, category: check.category };
}
