// Finding a glossary term in running text, tolerant of case and of simple inflection: in scripts that
// separate words with spaces and inflect with suffixes (Latin, Cyrillic, Greek), each word of the
// term may gain a few letters ("Datei" finds "Dateien"); in other scripts the term is found as is.
const inflectingScript = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{M}\p{Nd}'’\s.-]+$/u;
const vowelEnding = /[aeiouyäöüéèêàáíóúæøåаеиоуыэюяё]$/iu;
const maxSuffix = 3;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A regular expression (global, Unicode) that finds `term` in text. */
export function termPattern(term: string, caseSensitive: boolean): RegExp {
  const flags = caseSensitive ? 'gu' : 'giu';
  const trimmed = term.trim();
  if (!inflectingScript.test(trimmed)) return new RegExp(escape(trimmed), flags);
  const words = trimmed.split(/\s+/).map((word) => {
    const letters = [...word];
    // Drop a final vowel of a longer word so that "impresora" also finds "impresoras" and "impresores".
    const stem = letters.length > 4 && vowelEnding.test(word) ? letters.slice(0, -1).join('') : word;
    const extra = maxSuffix + (stem === word ? 0 : 1);
    return `${escape(stem)}[\\p{L}\\p{M}]{0,${extra}}`;
  });
  return new RegExp(`(?<![\\p{L}\\p{M}\\p{Nd}])${words.join('\\s+')}(?![\\p{L}\\p{M}\\p{Nd}])`, flags);
}

/** First occurrence of a term pattern in text, or null. */
export function findTerm(pattern: RegExp, text: string): { start: number; end: number } | null {
  pattern.lastIndex = 0;
  const match = pattern.exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}

export function findAllTerms(pattern: RegExp, text: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    found.push({ start: match.index, end: match.index + match[0].length });
  }
  return found;
}
