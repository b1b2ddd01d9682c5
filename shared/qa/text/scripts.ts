// The writing system of letters, from code-point ranges: enough to tell Telugu from Latin text.
export type Script =
  | 'Latin' | 'Greek' | 'Cyrillic' | 'Armenian' | 'Hebrew' | 'Arabic' | 'Devanagari' | 'Bengali' | 'Gurmukhi'
  | 'Gujarati' | 'Oriya' | 'Tamil' | 'Telugu' | 'Kannada' | 'Malayalam' | 'Sinhala' | 'Thai' | 'Lao' | 'Tibetan'
  | 'Myanmar' | 'Georgian' | 'Hangul' | 'Ethiopic' | 'Khmer' | 'Hiragana' | 'Katakana' | 'Han';

// [first, last, script], sorted by first code point.
const ranges: [number, number, Script][] = [
  [0x41, 0x5a, 'Latin'], [0x61, 0x7a, 'Latin'], [0xc0, 0x24f, 'Latin'], [0x370, 0x3ff, 'Greek'],
  [0x400, 0x52f, 'Cyrillic'], [0x531, 0x58f, 'Armenian'], [0x5d0, 0x5ff, 'Hebrew'], [0x620, 0x64a, 'Arabic'],
  [0x66e, 0x6ff, 'Arabic'], [0x750, 0x77f, 'Arabic'], [0x8a0, 0x8ff, 'Arabic'], [0x900, 0x963, 'Devanagari'],
  [0x966, 0x97f, 'Devanagari'], [0x980, 0x9ff, 'Bengali'], [0xa00, 0xa7f, 'Gurmukhi'], [0xa80, 0xaff, 'Gujarati'],
  [0xb00, 0xb7f, 'Oriya'], [0xb80, 0xbff, 'Tamil'], [0xc00, 0xc7f, 'Telugu'], [0xc80, 0xcff, 'Kannada'],
  [0xd00, 0xd7f, 'Malayalam'], [0xd80, 0xdff, 'Sinhala'], [0xe00, 0xe7f, 'Thai'], [0xe80, 0xeff, 'Lao'],
  [0xf00, 0xfff, 'Tibetan'], [0x1000, 0x109f, 'Myanmar'], [0x10a0, 0x10ff, 'Georgian'], [0x1100, 0x11ff, 'Hangul'],
  [0x1200, 0x139f, 'Ethiopic'], [0x1780, 0x17ff, 'Khmer'], [0x1c90, 0x1cbf, 'Georgian'], [0x1e00, 0x1eff, 'Latin'],
  [0x1f00, 0x1fff, 'Greek'], [0x3041, 0x309f, 'Hiragana'], [0x30a0, 0x30ff, 'Katakana'], [0x3130, 0x318f, 'Hangul'],
  [0x31f0, 0x31ff, 'Katakana'], [0x3400, 0x4dbf, 'Han'], [0x4e00, 0x9fff, 'Han'], [0xa960, 0xa97f, 'Hangul'],
  [0xac00, 0xd7af, 'Hangul'], [0xf900, 0xfaff, 'Han'], [0xfb1d, 0xfb4f, 'Hebrew'], [0xfb50, 0xfdff, 'Arabic'],
  [0xfe70, 0xfeff, 'Arabic'], [0xff21, 0xff3a, 'Latin'], [0xff41, 0xff5a, 'Latin'], [0xff66, 0xff9f, 'Katakana'],
  [0x20000, 0x3134f, 'Han'],
];

export function scriptOf(codePoint: number): Script | null {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const range = ranges[middle];
    if (!range) return null;
    if (codePoint < range[0]) high = middle - 1;
    else if (codePoint > range[1]) low = middle + 1;
    else return range[2];
  }
  return null;
}

// Script of each range as a small number, for counting in a typed array rather than a Map.
const scriptNames: Script[] = [...new Set(ranges.map((range) => range[2]))];
const rangeScript = Int32Array.from(ranges, (range) => scriptNames.indexOf(range[2]));
const latinIndex = scriptNames.indexOf('Latin');
const tally = new Int32Array(scriptNames.length);
const firstSeen: number[] = [];

function rangeIndexOf(codePoint: number): number {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const range = ranges[middle];
    if (!range) return -1;
    if (codePoint < range[0]) high = middle - 1;
    else if (codePoint > range[1]) low = middle + 1;
    else return middle;
  }
  return -1;
}

/** Letters of each script in a text, in the order each script first appears (ASCII Latin last). */
export function scriptCounts(text: string): Map<Script, number> {
  // Letters come in runs of one script: the last range found answers most characters without a search.
  let lastFirst = 1;
  let lastLast = 0;
  let lastScript = -1;
  let latin = 0;
  firstSeen.length = 0;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code < 0x41) continue;
    if (code < 0x80) {
      if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) latin++;
      continue;
    }
    if (code >= 0xd800 && code <= 0xdbff) {
      code = text.codePointAt(i) ?? code;
      i++;
    }
    // × and ÷ sit inside the Latin-1 letters.
    if (code === 0xd7 || code === 0xf7) continue;
    if (code < lastFirst || code > lastLast) {
      const index = rangeIndexOf(code);
      const range = ranges[index];
      if (!range) continue;
      lastFirst = range[0];
      lastLast = range[1];
      lastScript = rangeScript[index] ?? -1;
    }
    if (lastScript < 0) continue;
    if (tally[lastScript] === 0) firstSeen.push(lastScript);
    tally[lastScript] = (tally[lastScript] ?? 0) + 1;
  }
  if (latin > 0) {
    if (tally[latinIndex] === 0) firstSeen.push(latinIndex);
    tally[latinIndex] = (tally[latinIndex] ?? 0) + latin;
  }
  const counts = new Map<Script, number>();
  for (const index of firstSeen) {
    const name = scriptNames[index];
    if (name) counts.set(name, tally[index] ?? 0);
    tally[index] = 0;
  }
  return counts;
}

const scriptsByLanguage: Record<string, Script[]> = {
  ru: ['Cyrillic'], uk: ['Cyrillic'], be: ['Cyrillic'], bg: ['Cyrillic'], mk: ['Cyrillic'], kk: ['Cyrillic'],
  ky: ['Cyrillic'], mn: ['Cyrillic'], tg: ['Cyrillic'], sr: ['Cyrillic', 'Latin'], el: ['Greek'], hy: ['Armenian'],
  he: ['Hebrew'], yi: ['Hebrew'], ar: ['Arabic'], fa: ['Arabic'], ur: ['Arabic'], ps: ['Arabic'], sd: ['Arabic'],
  ug: ['Arabic'], hi: ['Devanagari'], mr: ['Devanagari'], ne: ['Devanagari'], sa: ['Devanagari'],
  bn: ['Bengali'], as: ['Bengali'], pa: ['Gurmukhi'], gu: ['Gujarati'], or: ['Oriya'], ta: ['Tamil'], te: ['Telugu'],
  kn: ['Kannada'], ml: ['Malayalam'], si: ['Sinhala'], th: ['Thai'], lo: ['Lao'], bo: ['Tibetan'], dz: ['Tibetan'],
  my: ['Myanmar'], ka: ['Georgian'], ko: ['Hangul', 'Han'], am: ['Ethiopic'], ti: ['Ethiopic'], km: ['Khmer'],
  ja: ['Hiragana', 'Katakana', 'Han'], zh: ['Han'], yue: ['Han'],
};

const latinLanguages = new Set([
  'en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'sv', 'da', 'no', 'nb', 'nn', 'fi', 'is', 'pl', 'cs', 'sk', 'sl', 'hr',
  'bs', 'hu', 'ro', 'tr', 'az', 'uz', 'et', 'lv', 'lt', 'id', 'ms', 'vi', 'tl', 'fil', 'sw', 'ca', 'gl', 'eu', 'ga',
  'cy', 'mt', 'sq', 'af', 'lb', 'fo', 'zu', 'xh', 'yo', 'ha', 'ig', 'so', 'mi', 'haw', 'la', 'eo', 'gd', 'br', 'fy',
]);

/** Scripts a language is written in, or null when we do not know. */
export function expectedScripts(primaryLanguage: string): Script[] | null {
  if (latinLanguages.has(primaryLanguage)) return ['Latin'];
  return scriptsByLanguage[primaryLanguage] ?? null;
}

/** Scripts that do not put spaces between words. */
export const unspacedScripts = new Set<Script>(['Han', 'Hiragana', 'Katakana', 'Thai', 'Lao', 'Khmer', 'Myanmar', 'Tibetan']);
