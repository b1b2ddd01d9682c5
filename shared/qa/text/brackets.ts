// Paired brackets and quotation marks, grouped into families so that a German „…“ and an English
// “…” (or a Japanese 「…」) count as the same kind of pair.
export type PairFamily = 'round' | 'square' | 'curly' | 'quote' | 'title';

export interface UnpairedMark {
  offset: number;
  char: string;
  family: PairFamily;
  side: 'open' | 'close';
}

interface Opened {
  offset: number;
  char: string;
  family: PairFamily;
}

const openers = new Map<string, PairFamily>([
  ['(', 'round'], ['（', 'round'], ['[', 'square'], ['［', 'square'], ['【', 'square'], ['{', 'curly'], ['｛', 'curly'],
  ['「', 'quote'], ['『', 'quote'], ['„', 'quote'], ['《', 'title'], ['〈', 'title'],
]);
// Each closer with the openers it can close.
const closers = new Map<string, { family: PairFamily; partners: string }>([
  [')', { family: 'round', partners: '(（' }], ['）', { family: 'round', partners: '（(' }],
  [']', { family: 'square', partners: '[［' }], ['］', { family: 'square', partners: '［[' }], ['】', { family: 'square', partners: '【' }],
  ['}', { family: 'curly', partners: '{｛' }], ['｝', { family: 'curly', partners: '｛{' }],
  ['」', { family: 'quote', partners: '「' }], ['』', { family: 'quote', partners: '『' }],
  ['》', { family: 'title', partners: '《' }], ['〉', { family: 'title', partners: '〈' }],
]);
// Marks that open or close depending on what is open: “ closes „ in German but opens in English;
// » closes « in French but opens in Danish; ” closes “ and „, and opens in Swedish.
const ambiguous = new Map<string, string>([
  ['“', '„'], ['»', '«'], ['«', '»'], ['›', '‹'], ['‹', '›'], ['”', '“„”'], ['"', '"'],
]);

const interesting = /[()[\]{}（）［］【】｛｝「」『』„“”«»‹›《》〈〉"]/u;
const mark = /[()[\]{}（）［］【】｛｝「」『』„“”«»‹›《》〈〉"]/gu;

/** Brackets and quotes of a text that have no partner. */
export function unpairedMarks(text: string): UnpairedMark[] {
  if (!interesting.test(text)) return [];
  const stack: Opened[] = [];
  const stray: UnpairedMark[] = [];
  mark.lastIndex = 0;
  for (let found = mark.exec(text); found; found = mark.exec(text)) {
    const i = found.index;
    const char = found[0];
    const opens = openers.get(char);
    if (opens) {
      stack.push({ offset: i, char, family: opens });
      continue;
    }
    const closes = closers.get(char);
    if (closes) {
      if (closes.family === 'round' && isListMarker(text, i)) continue;
      closeOrStray(stack, stray, i, char, closes.family, closes.partners);
      continue;
    }
    const partners = ambiguous.get(char);
    if (partners !== undefined) {
      const top = stack[stack.length - 1];
      if (char === '"' && i > 0 && /\p{Nd}/u.test(text[i - 1] ?? '') && top?.char !== '"') continue; // 5" (inches)
      if (top && partners.includes(top.char)) stack.pop();
      else stack.push({ offset: i, char, family: 'quote' });
    }
  }
  for (const open of stack) stray.push({ offset: open.offset, char: open.char, family: open.family, side: 'open' });
  return stray.sort((a, b) => a.offset - b.offset);
}

function closeOrStray(stack: Opened[], stray: UnpairedMark[], offset: number, char: string, family: PairFamily, partners: string): void {
  for (let depth = stack.length - 1; depth >= 0; depth--) {
    const open = stack[depth];
    if (open && partners.includes(open.char)) {
      // Whatever was opened inside and never closed stays unpaired.
      for (const inner of stack.splice(depth)) {
        if (inner !== open) stray.push({ offset: inner.offset, char: inner.char, family: inner.family, side: 'open' });
      }
      return;
    }
  }
  stray.push({ offset, char, family, side: 'close' });
}

// "1) First", "a) Second": a closing parenthesis that numbers a list item at the start of the text.
function isListMarker(text: string, offset: number): boolean {
  return offset <= 3 && /^\s*[\p{L}\p{Nd}]{1,2}$/u.test(text.slice(0, offset));
}

/** What is unbalanced, per family and side: `quote:open:1` etc., to compare source and target. */
export function imbalanceSignature(marks: readonly UnpairedMark[]): string {
  const counts = new Map<string, number>();
  for (const mark of marks) {
    const key = `${mark.family}:${mark.side}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, n]) => `${key}:${n}`).sort().join(' ');
}
