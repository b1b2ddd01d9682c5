// Typewriter double quotes used as quotation marks: an opening " before a word and a closing " after
// one. Inch marks (12"), quotes inside `code` and a lone " are left alone.
export interface StraightPair {
  start: number;
  /** Exclusive: just after the closing mark. */
  end: number;
}

// Scripts without spaces put a quotation straight after or before a letter: は"保存"を.
const space = /[\s([{\u2014\u2013\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}、。-]/u;
const after = /[\s.,;:!?)\]}…\u2014\u2013\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}、。-]/u;
const digit = /\p{Nd}/u;
const whitespace = /\s/u;
const closingPunctuation = /[.,;:!?)\]}…]/u;

export function straightQuotePairs(text: string): StraightPair[] {
  const pairs: StraightPair[] = [];
  if (!text.includes('"')) return pairs;
  const code = codeSpans(text);
  let open = -1;
  for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) {
    if (code.some(([s, e]) => s <= i && i < e)) continue;
    const before = i === 0 ? ' ' : (text[i - 1] ?? ' ');
    // '' at the end of the text: a closing mark may end it.
    const next = text[i + 1] ?? '';
    if (open < 0) {
      if (space.test(before) && next !== '' && !whitespace.test(next)) open = i;
      continue;
    }
    // 12" before a space or a word is an inch mark; "call 911". closes the quotation.
    if (digit.test(before) && next !== '' && !closingPunctuation.test(next)) continue;
    if (!whitespace.test(before) && (next === '' || after.test(next))) {
      pairs.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  return pairs;
}

function codeSpans(text: string): [number, number][] {
  if (!text.includes('`')) return [];
  const spans: [number, number][] = [];
  for (let i = text.indexOf('`'); i >= 0; ) {
    const close = text.indexOf('`', i + 1);
    if (close < 0) break;
    spans.push([i, close + 1]);
    i = text.indexOf('`', close + 1);
  }
  return spans;
}
