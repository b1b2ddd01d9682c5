// The outer quotation marks each locale expects. Only languages whose convention is settled are
// listed; for the others the check stays silent.
import { primaryLanguage } from '../pairs.js';

export interface QuoteStyle {
  open: string;
  close: string;
}

const styles: Record<string, QuoteStyle[]> = {
  en: [{ open: '“', close: '”' }],
  de: [{ open: '„', close: '“' }, { open: '»', close: '«' }],
  'de-ch': [{ open: '«', close: '»' }, { open: '„', close: '“' }],
  fr: [{ open: '«', close: '»' }],
  es: [{ open: '«', close: '»' }],
  ca: [{ open: '«', close: '»' }],
  it: [{ open: '«', close: '»' }, { open: '“', close: '”' }],
  pt: [{ open: '«', close: '»' }, { open: '“', close: '”' }],
  'pt-br': [{ open: '“', close: '”' }],
  ru: [{ open: '«', close: '»' }],
  uk: [{ open: '«', close: '»' }],
  be: [{ open: '«', close: '»' }],
  pl: [{ open: '„', close: '”' }, { open: '«', close: '»' }],
  cs: [{ open: '„', close: '“' }, { open: '»', close: '«' }],
  sk: [{ open: '„', close: '“' }, { open: '»', close: '«' }],
  hu: [{ open: '„', close: '”' }],
  ro: [{ open: '„', close: '”' }, { open: '«', close: '»' }],
  nl: [{ open: '“', close: '”' }, { open: '„', close: '”' }],
  sv: [{ open: '”', close: '”' }, { open: '»', close: '»' }],
  fi: [{ open: '”', close: '”' }, { open: '»', close: '»' }],
  da: [{ open: '»', close: '«' }, { open: '„', close: '“' }, { open: '“', close: '”' }],
  nb: [{ open: '«', close: '»' }],
  no: [{ open: '«', close: '»' }],
  ja: [{ open: '「', close: '」' }, { open: '『', close: '』' }],
  'zh-tw': [{ open: '「', close: '」' }, { open: '『', close: '』' }],
  'zh-hk': [{ open: '「', close: '」' }, { open: '『', close: '』' }],
  'zh-hant': [{ open: '「', close: '」' }, { open: '『', close: '』' }],
  zh: [{ open: '“', close: '”' }],
  ko: [{ open: '“', close: '”' }],
  tr: [{ open: '“', close: '”' }],
  el: [{ open: '«', close: '»' }],
  ar: [{ open: '«', close: '»' }, { open: '”', close: '“' }],
  fa: [{ open: '«', close: '»' }],
  hi: [{ open: '“', close: '”' }],
  te: [{ open: '“', close: '”' }],
};

const resolved = new Map<string, QuoteStyle[] | null>();

export function quoteStylesFor(language: string): QuoteStyle[] | null {
  let styles = resolved.get(language);
  if (styles === undefined) {
    styles = lookUp(language);
    resolved.set(language, styles);
  }
  return styles;
}

function lookUp(language: string): QuoteStyle[] | null {
  const tag = language.toLowerCase().replace(/_/g, '-');
  const parts = tag.split('-');
  for (let n = parts.length; n > 0; n--) {
    const found = styles[parts.slice(0, n).join('-')];
    if (found) return found;
  }
  // zh-Hant-TW and friends: script or region after the language.
  if (parts.length > 1) {
    const withLast = styles[`${parts[0]}-${parts[parts.length - 1]}`];
    if (withLast) return withLast;
  }
  return styles[primaryLanguage(language)] ?? null;
}

/** Opening double quotation marks, in any convention. */
export const openingQuotes = '“„«»「『”';
