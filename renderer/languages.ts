// Language names in the reviewer's own UI language (navigator.language), from BCP 47 tags.

const cache = new Map<string, Intl.DisplayNames | null>();

function displayNames(uiLocale: string): Intl.DisplayNames | null {
  if (!cache.has(uiLocale)) {
    let names: Intl.DisplayNames | null = null;
    try {
      names = new Intl.DisplayNames([uiLocale, 'en'], { type: 'language', fallback: 'code' });
    } catch {
      names = null;
    }
    cache.set(uiLocale, names);
  }
  return cache.get(uiLocale) ?? null;
}

/** E.g. `languageName('te', 'en-US')` → "Telugu", `languageName('pt-BR', 'de')` → "Portugiesisch (Brasilien)". */
export function languageName(tag: string, uiLocale: string): string {
  try {
    return displayNames(uiLocale)?.of(tag) ?? tag;
  } catch {
    // A tag Intl rejects (a typo in a manifest) is still worth showing as written.
    return tag;
  }
}
