// BCP 47 language tags as they appear in file names, folder names and manifests.
import type { TextDirection } from '../model.js';

/** The canonical form of a BCP 47 tag (`pt-br` → `pt-BR`, `iw` → `he`), or null when it is not one. */
export function canonicalTag(candidate: string): string | null {
  try {
    const [tag] = Intl.getCanonicalLocales(candidate);
    return tag ?? null;
  } catch {
    return null;
  }
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/**
 * A tag found in a file or folder name. Stricter than canonicalTag: words such as `notes` or `old`
 * are valid BCP 47 syntax, so the primary language must be a 2–3 letter code that ICU knows.
 */
export function tagFromName(part: string): string | null {
  if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(part)) return null;
  const tag = canonicalTag(part);
  if (!tag || tag === 'und') return null;
  const language = new Intl.Locale(tag).language;
  return languageNames.of(language) ? tag : null;
}

const rtlLanguages = new Set([
  'ar', 'he', 'fa', 'ur', 'ps', 'sd', 'yi', 'dv', 'ug', 'ckb',
  'arb', 'arz', 'ary', 'apc', 'acm', 'pes', 'prs', 'pbu', 'azb', 'syr', 'mzn', 'glk', 'lrc', 'ks', 'skr',
]);
const rtlScripts = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg', 'Mand', 'Samr']);

/** Writing direction of a tag: the script subtag decides when present (`az-Arab`, `sd-Deva`). */
export function directionOf(tag: string): TextDirection {
  let language = tag;
  let script: string | undefined;
  try {
    const locale = new Intl.Locale(tag);
    language = locale.language;
    script = locale.script;
  } catch {
    // An unparsable tag ('und' from a failed guess) falls back to left-to-right below.
  }
  if (script) return rtlScripts.has(script) ? 'rtl' : 'ltr';
  return rtlLanguages.has(language) ? 'rtl' : 'ltr';
}
