// Which wrapping strategy a pane needs. Monaco's fast 'simple' wrapping counts UTF-16 units and
// may break a line between a letter and its vowel sign (Telugu, Devanagari, Thai…), which shows a
// dotted circle at the start of the wrapped line. 'advanced' wrapping measures in the DOM and
// keeps grapheme clusters whole, but was measured 42× slower (MONACO-NOTES.md): use it only for
// text that needs it and is small enough for the cost not to be felt.

/** Above this many UTF-16 units, a pane keeps the fast wrapping even for complex scripts. */
export const advancedWrappingLimit = 300_000;

const combiningMark = /\p{M}/gu;

export function wrappingStrategyFor(text: string): 'simple' | 'advanced' {
  if (text.length > advancedWrappingLimit) return 'simple';
  const marks = text.match(combiningMark)?.length ?? 0;
  // Latin text with the odd combining accent wraps fine; scripts built on vowel signs are dense with marks.
  return marks > 20 && marks / Math.max(1, text.length) > 0.02 ? 'advanced' : 'simple';
}
