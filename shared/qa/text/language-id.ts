// A small offline language identifier tuned for precision: it only answers when a segment is
// clearly not in the expected language. Scripts settle most cases (Latin text in a Telugu document);
// between Latin-script languages, the share of each language's function words decides.
import { primaryLanguage } from '../pairs.js';
import { hasSurrogate, letterClass, wordStart } from './letter-table.js';
import { expectedScripts, scriptCounts, unspacedScripts, type Script } from './scripts.js';
import { closelyRelated, languageNames, stopwords } from './stopwords.js';

export interface ForeignText {
  /** ISO 639-1 code when the language is known, else null (only the script is). */
  language: string | null;
  /** For messages: "English", "Cyrillic-script text"… */
  label: string;
}

const minimumWords = 5;
const minimumUnspacedLetters = 10;
const dominantShare = 0.8;
const urls = /\b(?:https?|ftp):\/\/\S+|\bwww\.\S+/gu;
const emails = /\S+@\S+/gu;
const asciiOnly = /^[\t\n\r\x20-\x7e]*$/;
// Elisions split into their words: French "l’ordinateur" counts "l" and "ordinateur".
const wordPattern = /[\p{L}\p{M}]+/gu;

const profiledLanguages = [...stopwords.keys()];
// Word → indices (into profiledLanguages) of the languages that list it: one lookup per word.
const languagesOfWord = new Map<string, number[]>();
profiledLanguages.forEach((language, index) => {
  for (const word of stopwords.get(language) ?? []) {
    const list = languagesOfWord.get(word);
    if (list) list.push(index);
    else languagesOfWord.set(word, [index]);
  }
});

const scratchHits = new Int32Array(profiledLanguages.length);
let longestStopword = 0;
for (const word of languagesOfWord.keys()) longestStopword = Math.max(longestStopword, word.length);

/** The language a segment is in, when it is confidently not `expected`; null otherwise. */
export function foreignLanguage(text: string, expected: string): ForeignText | null {
  // Five words take more than a dozen characters in any spaced script, and ten letters in any other.
  if (text.length < 10) return null;
  const expectedLanguage = primaryLanguage(expected);
  let clean = text.includes('://') || text.includes('www.') ? text.replace(urls, ' ') : text;
  if (clean.includes('@')) clean = clean.replace(emails, ' ');
  const scripts = expectedScripts(expectedLanguage);
  if (scripts && scripts.length === 1 && scripts[0] === 'Latin' && asciiOnly.test(clean)) return latinLanguage(clean, expectedLanguage);
  const counts = scriptCounts(clean);
  let total = 0;
  let dominant: Script | null = null;
  let dominantCount = 0;
  for (const [script, count] of counts) {
    total += count;
    if (count > dominantCount) {
      dominant = script;
      dominantCount = count;
    }
  }
  if (!dominant || total === 0) return null;
  if (unspacedScripts.has(dominant)) {
    if (total < minimumUnspacedLetters) return null;
  } else {
    // A segment in one of the expected scripts other than Latin is never foreign, however many words
    // it has: only count words (up to the few that matter) where the answer can depend on them.
    if (expectedLanguage !== 'zh' && scripts && scripts.includes(dominant) && dominant !== 'Latin') return null;
    if (!hasWords(clean, minimumWords)) return null;
  }

  if (expectedLanguage === 'zh') {
    const kana = (counts.get('Hiragana') ?? 0) + (counts.get('Katakana') ?? 0);
    if (kana / total >= 0.15) return { language: 'ja', label: 'Japanese' };
  }
  if (scripts && !scripts.includes(dominant)) {
    const expectedCount = scripts.reduce((sum, script) => sum + (counts.get(script) ?? 0), 0);
    if (dominantCount / total < dominantShare || expectedCount / total > 0.1) return null;
    if (dominant === 'Latin') return latinLanguage(clean, null) ?? { language: null, label: 'Latin-script text' };
    return { language: null, label: `${dominant}-script text` };
  }
  if (dominant === 'Latin' && (!scripts || scripts.includes('Latin'))) return latinLanguage(clean, expectedLanguage);
  return null;
}

function hasWords(text: string, wanted: number): boolean {
  let count = 0;
  if (hasSurrogate(text)) {
    wordPattern.lastIndex = 0;
    while (count < wanted && wordPattern.exec(text)) count++;
    return count >= wanted;
  }
  for (let i = 0; i < text.length && count < wanted; ) {
    if (!isWordLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    for (i++; i < text.length && isWordLetter(text.charCodeAt(i)); i++);
    count++;
  }
  return count >= wanted;
}

/**
 * Calls `visit` with each word wordPattern finds that is at most `longest` characters long (no
 * function word is longer: the rest need no copy); returns how many words there were in all.
 */
function forEachWord(text: string, longest: number, visit: (word: string) => void): number {
  if (hasSurrogate(text)) {
    let count = 0;
    wordPattern.lastIndex = 0;
    for (let match = wordPattern.exec(text); match; match = wordPattern.exec(text)) {
      count++;
      if (match[0].length <= longest) visit(match[0]);
    }
    return count;
  }
  let count = 0;
  for (let i = 0; i < text.length; ) {
    if (!isWordLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    for (i++; i < text.length && isWordLetter(text.charCodeAt(i)); i++);
    count++;
    if (i - start <= longest) visit(text.slice(start, i));
  }
  return count;
}

function isWordLetter(code: number): boolean {
  if (code < 0x80) {
    const lower = code | 0x20;
    return lower >= 0x61 && lower <= 0x7a;
  }
  return (letterClass(code) & wordStart) !== 0;
}

/**
 * Which profiled Latin-script language the text is in, if clearly not `expected`. With `expected`
 * null (the script alone already shows the text is foreign) any clear winner is named.
 */
function latinLanguage(text: string, expected: string | null): ForeignText | null {
  const lower = text.toLowerCase();
  // One scratch array and no word list: this runs for nearly every segment of a Latin-script target.
  const hits = scratchHits.fill(0);
  const wordCount = forEachWord(lower, longestStopword, (word) => {
    const languages = languagesOfWord.get(word);
    if (languages) for (const index of languages) hits[index] = (hits[index] ?? 0) + 1;
  });
  if (wordCount < minimumWords) return null;
  let best = '';
  let bestHits = 0;
  for (let index = 0; index < hits.length; index++) {
    const count = hits[index] ?? 0;
    if (count > bestHits) {
      best = profiledLanguages[index] ?? '';
      bestHits = count;
    }
  }
  if (!best || best === expected) return null;
  const share = bestHits / wordCount;
  const found = { language: best, label: languageNames[best] ?? best };
  if (expected === null) return bestHits >= 2 ? found : null;
  if (closelyRelated(best, expected)) return null;
  const expectedIndex = profiledLanguages.indexOf(expected);
  const expectedHits = expectedIndex < 0 ? undefined : (hits[expectedIndex] ?? 0);
  if (expectedHits === undefined) {
    // No profile for the expected language: only a strong showing of another language counts.
    return bestHits >= 4 && share >= 0.35 ? found : null;
  }
  return bestHits >= 3 && share >= 0.25 && expectedHits * 3 <= bestHits ? found : null;
}
