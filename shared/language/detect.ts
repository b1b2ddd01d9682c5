// Guessing a document's language from its text, for files whose name or folder gives none.
import { franc } from 'franc-min';
import { bcp47FromIso6393 } from './iso639.js';

// Scripts franc-min has no model for, but which practically identify one language.
const singleLanguageScripts: readonly [RegExp, string][] = [
  [/\p{Script=Hebrew}/gu, 'he'],
  [/\p{Script=Georgian}/gu, 'ka'],
  [/\p{Script=Armenian}/gu, 'hy'],
  [/\p{Script=Khmer}/gu, 'km'],
  [/\p{Script=Lao}/gu, 'lo'],
  [/\p{Script=Thaana}/gu, 'dv'],
];

const sampleLength = 4000;

/** BCP 47 tag guessed from the text, or `und` when the text is too short or too mixed to tell. */
export function detectLanguage(text: string): string {
  const sample = stripMarkup(text.slice(0, sampleLength));
  const guess = bcp47FromIso6393(franc(sample, { minLength: 10 }));
  if (guess) return guess;
  return scriptLanguage(sample) ?? 'und';
}

function scriptLanguage(sample: string): string | null {
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 10) return null;
  for (const [pattern, tag] of singleLanguageScripts) {
    const count = sample.match(pattern)?.length ?? 0;
    if (count / letters > 0.5) return tag;
  }
  return null;
}

// Markdown markers, URLs and code skew the trigram counts towards English.
function stripMarkup(text: string): string {
  return text
    .replace(/```[\s\S]*?(```|$)/g, ' ')
    .replace(/`[^`\n]*`/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[#>*_|[\]-]+/g, ' ');
}
