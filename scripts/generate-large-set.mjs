#!/usr/bin/env node
// Generates a large document set for the scale benchmark: an English-like source and
// "translations" made by transliterating it into other scripts, word by word. The text is
// nonsense, but it has what the aligner and the panes care about: sentence and paragraph lengths
// that differ per language (so wrapping differs), headings every 15–25 paragraphs, numbers that
// survive translation, a few merged sentences, and a few paragraphs left out or added so that
// the alignment has gaps. Same arguments, same bytes: everything comes from a seeded PRNG.
//
//   node scripts/generate-large-set.mjs OUTDIR [--docs 5] [--paragraphs 5000] [--seed 1]
//
// Prints a JSON summary (documents with their paragraph, heading, omitted and added counts).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { prng } from './prng.mjs';

const USAGE = 'Usage: node scripts/generate-large-set.mjs OUTDIR [--docs 5] [--paragraphs 5000] [--seed 1]';


const between = (rand, lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
const pick = (rand, list) => list[Math.floor(rand() * list.length)];

/** FNV-1a: a word's transliteration must not depend on where the word occurs. */
function wordHash(word) {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i += 1) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

// ---- The source language ----

const FUNCTION_WORDS = ['the', 'a', 'of', 'to', 'and', 'in', 'on', 'for', 'with', 'by', 'at', 'from', 'is', 'are', 'was', 'that', 'this', 'it', 'as', 'or', 'not', 'each', 'every', 'some', 'their', 'our'];
const ONSETS = ['b', 'c', 'd', 'f', 'g', 'h', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'w', 'br', 'cl', 'dr', 'gr', 'pl', 'st', 'tr', 'sh', 'ch', 'th'];
const NUCLEI = ['a', 'e', 'i', 'o', 'u', 'ea', 'ou', 'ai'];
const CODAS = ['', '', 'n', 'r', 's', 't', 'l', 'nd', 'st', 'ck', 'ng'];

function makeLexicon(rand, size) {
  const words = new Set();
  while (words.size < size) {
    let word = '';
    const syllables = between(rand, 1, 4);
    for (let s = 0; s < syllables; s += 1) word += pick(rand, ONSETS) + pick(rand, NUCLEI) + pick(rand, CODAS);
    words.add(word);
  }
  return [...words];
}

function makeNumber(rand) {
  const kind = rand();
  if (kind < 0.4) return String(between(rand, 2, 99));
  if (kind < 0.7) return String(between(rand, 1900, 2030));
  const n = between(rand, 1000, 99999);
  return n.toLocaleString('en-US');
}

function makeSentence(rand, lexicon) {
  const words = [];
  const length = between(rand, 6, 22);
  for (let w = 0; w < length; w += 1) {
    const roll = rand();
    if (roll < 0.35) words.push(pick(rand, FUNCTION_WORDS));
    else if (roll < 0.37) words.push(makeNumber(rand));
    else words.push(pick(rand, lexicon));
  }
  if (length > 10 && rand() < 0.3) words[between(rand, 3, length - 3)] += ',';
  return words;
}

function makeParagraph(rand, lexicon) {
  const sentences = [];
  const count = between(rand, 2, 5);
  for (let s = 0; s < count; s += 1) sentences.push(makeSentence(rand, lexicon));
  return sentences;
}

function makeHeading(rand, lexicon, number) {
  const words = [];
  const length = between(rand, 2, 5);
  for (let w = 0; w < length; w += 1) words.push(pick(rand, lexicon));
  return { level: 2, number, words };
}

// ---- Writing systems the "translations" are transliterated into ----

const letterMap = (pairs) => Object.fromEntries(pairs.split(' ').map((p) => [p[0], p.slice(1)]));
const CYRILLIC = letterMap('aа bб cц dд eе fф gг hх iи jй kк lл mм nн oо pп qк rр sс tт uу vв wв xкс yы zз');
const GREEK = letterMap('aα bβ cκ dδ eε fφ gγ hη iι jι kκ lλ mμ nν oο pπ qκ rρ sσ tτ uυ vβ wω xξ yυ zζ');
const ARABIC = letterMap('bب cك dد fف gغ hه jج kك lل mم nن pب qق rر sس tت vف wو xكس yي zز');
const DEVANAGARI_CONSONANTS = letterMap('bब cक dद fफ gग hह jज kक lल mम nन pप qक rर sस tत vव wव xक्स yय zज');
const DEVANAGARI_VOWELS = { a: ['अ', ''], e: ['ए', 'े'], i: ['इ', 'ि'], o: ['ओ', 'ो'], u: ['उ', 'ु'] };
const KANA = 'あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをんがぎぐげござじずぜぞだでどばびぶべぼ';
const KANJI = '種図書館会員返却発芽試験保管記録広報季節土地水火山川田町村市年月日時人手口目耳心力気';
const GERMAN_ENDINGS = ['', '', 'en', 'ung', 'lich', 'er', 'heit', 'ig'];

const upperFirst = (w) => w.charAt(0).toUpperCase() + w.slice(1);
const mapLetters = (word, map) => Array.from(word, (c) => map[c] ?? c).join('');

/** Each language: how one lower-case source word is written, and how sentences are punctuated. */
const LANGUAGES = [
  {
    lang: 'de',
    label: 'German-like (Latin, longer words)',
    word: (w, h) => {
      const shifted = w.replace(/ou/g, 'au').replace(/ea/g, 'ei').replace(/c(?!h)/g, 'k').replace(/w/g, 'v').replace(/th/g, 't');
      const word = shifted + GERMAN_ENDINGS[h % GERMAN_ENDINGS.length];
      return h % 3 === 0 ? upperFirst(word) : word;
    },
    cased: true,
    space: ' ',
    comma: ',',
    stop: '.',
  },
  {
    lang: 'ar',
    label: 'Arabic-like (right to left, shorter words)',
    word: (w, h) => {
      const body = mapLetters(w.replace(/[aeiou]/g, (v, i) => (i === 0 ? 'ا' : '')), ARABIC);
      return (h % 4 === 0 ? 'ال' : '') + (body || 'و');
    },
    cased: false,
    space: ' ',
    comma: '،',
    stop: '.',
  },
  {
    lang: 'ja',
    label: 'Japanese-like (no spaces)',
    word: (w, h) => {
      let out = h % 5 === 0 ? KANJI[h % KANJI.length] : '';
      for (let i = 0; i < w.length; i += 3) out += KANA[wordHash(w.slice(i, i + 3)) % KANA.length];
      return out;
    },
    cased: false,
    space: '',
    comma: '、',
    stop: '。',
  },
  {
    lang: 'hi',
    label: 'Hindi-like (Devanagari)',
    word: (w) => {
      let out = '';
      for (let i = 0; i < w.length; i += 1) {
        const c = w.charAt(i);
        const vowel = DEVANAGARI_VOWELS[c];
        const afterConsonant = i > 0 && !DEVANAGARI_VOWELS[w.charAt(i - 1)];
        if (vowel) out += afterConsonant ? vowel[1] : vowel[0];
        else out += DEVANAGARI_CONSONANTS[c] ?? c;
      }
      return out;
    },
    cased: false,
    space: ' ',
    comma: ',',
    stop: '।',
  },
  {
    lang: 'ru',
    label: 'Russian-like (Cyrillic)',
    word: (w) => mapLetters(w, CYRILLIC),
    cased: true,
    space: ' ',
    comma: ',',
    stop: '.',
  },
  {
    lang: 'el',
    label: 'Greek-like',
    word: (w) => mapLetters(w, GREEK).replace(/σ$/, 'ς'),
    cased: true,
    space: ' ',
    comma: ',',
    stop: '.',
  },
];

const SOURCE = { lang: 'en', label: 'English-like (source)', word: (w) => w, cased: true, space: ' ', comma: ',', stop: '.' };

function writeWord(language, cache, raw) {
  const comma = raw.endsWith(',');
  const word = comma ? raw.slice(0, -1) : raw;
  let out = cache.get(word);
  if (out === undefined) {
    out = /^[\d,]+$/.test(word) ? word : language.word(word, wordHash(word + language.lang));
    cache.set(word, out);
  }
  return comma ? out + language.comma : out;
}

function writeSentence(language, cache, words, last) {
  const written = words.map((w) => writeWord(language, cache, w));
  if (language.cased) written[0] = upperFirst(written[0] ?? '');
  return written.join(language.space) + (last ? language.stop : language.comma);
}

function writeParagraph(language, cache, sentences, rand) {
  const out = [];
  sentences.forEach((words, i) => {
    // Now and then a translation joins two sentences into one, as translators do (a 2:1 bead).
    const merge = language !== SOURCE && i < sentences.length - 1 && rand() < 0.04;
    out.push(writeSentence(language, cache, words, !merge));
  });
  return out.join(language.space === '' ? '' : ' ');
}

function writeHeading(language, cache, heading) {
  const words = heading.words.map((w) => writeWord(language, cache, w));
  const title = language === SOURCE ? words.map(upperFirst) : words;
  const number = heading.number > 0 ? `${heading.number}. ` : '';
  return `${'#'.repeat(heading.level)} ${number}${title.join(language.space === '' ? '・' : ' ')}`;
}

/** Which source paragraphs a translation leaves out, and after which ones it adds its own. */
function planGaps(docIndex, paragraphCount, rand) {
  const gaps = Math.max(1, Math.floor(paragraphCount / 1250));
  const omit = new Set();
  const addAfter = new Set();
  const kind = docIndex % 4; // 1: omits, 2: adds, 3: both, 0: none — so some documents have no gaps
  while ((kind === 1 || kind === 3) && omit.size < gaps && omit.size < paragraphCount - 1) omit.add(between(rand, 1, paragraphCount - 1));
  while ((kind === 2 || kind === 3) && addAfter.size < gaps) addAfter.add(between(rand, 0, paragraphCount - 1));
  return { omit, addAfter };
}

function buildSource(paragraphCount, seed) {
  const rand = prng(seed);
  const lexicon = makeLexicon(rand, 1500);
  const blocks = [];
  let sinceHeading = 0;
  let nextHeading = between(rand, 15, 25);
  let headingNumber = 1;
  blocks.push({ kind: 'heading', heading: { level: 1, number: 0, words: ['large', 'sample', 'set'] } });
  blocks.push({ kind: 'heading', heading: makeHeading(rand, lexicon, headingNumber) });
  for (let p = 0; p < paragraphCount; p += 1) {
    if (sinceHeading === nextHeading) {
      headingNumber += 1;
      blocks.push({ kind: 'heading', heading: makeHeading(rand, lexicon, headingNumber) });
      sinceHeading = 0;
      nextHeading = between(rand, 15, 25);
    }
    blocks.push({ kind: 'paragraph', index: p, sentences: makeParagraph(rand, lexicon) });
    sinceHeading += 1;
  }
  return { blocks, lexicon };
}

function renderDocument(language, docIndex, source, paragraphCount, seed) {
  const rand = prng(seed * 7919 + docIndex);
  const cache = new Map();
  const { omit, addAfter } = docIndex === 0 ? { omit: new Set(), addAfter: new Set() } : planGaps(docIndex, paragraphCount, rand);
  const lines = [];
  let paragraphs = 0;
  let headings = 0;
  for (const block of source.blocks) {
    if (block.kind === 'heading') {
      lines.push(writeHeading(language, cache, block.heading), '');
      headings += 1;
      continue;
    }
    if (!omit.has(block.index)) {
      lines.push(writeParagraph(language, cache, block.sentences, rand), '');
      paragraphs += 1;
    }
    if (addAfter.has(block.index)) {
      lines.push(writeParagraph(language, cache, makeParagraph(rand, source.lexicon), rand), '');
      paragraphs += 1;
    }
  }
  return { text: `${lines.join('\n').trimEnd()}\n`, paragraphs, headings, omitted: omit.size, added: addAfter.size };
}

function parseArgs(argv) {
  const options = { outDir: '', docs: 5, paragraphs: 5000, seed: 1 };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const readCount = (name, min, max) => {
      const value = Number(argv[(i += 1)]);
      if (!Number.isInteger(value) || value < min || value > max) throw new Error(`${name} must be a whole number from ${min} to ${max}.\n${USAGE}`);
      return value;
    };
    if (arg === '--docs') options.docs = readCount('--docs', 2, LANGUAGES.length + 1);
    else if (arg === '--paragraphs') options.paragraphs = readCount('--paragraphs', 2, 1_000_000);
    else if (arg === '--seed') options.seed = readCount('--seed', 0, 2 ** 31);
    else if (arg.startsWith('--')) throw new Error(`Unknown option ${arg}.\n${USAGE}`);
    else if (!options.outDir) options.outDir = arg;
    else throw new Error(`Only one output folder, please (got ${options.outDir} and ${arg}).\n${USAGE}`);
  }
  if (!options.outDir) throw new Error(`Name the folder to write the set into.\n${USAGE}`);
  return options;
}

function main() {
  const options = parseArgs(process.argv.slice(2));
  const outDir = resolve(options.outDir);
  mkdirSync(outDir, { recursive: true });
  const source = buildSource(options.paragraphs, options.seed);
  const languages = [SOURCE, ...LANGUAGES.slice(0, options.docs - 1)];
  const documents = languages.map((language, docIndex) => {
    const doc = renderDocument(language, docIndex, source, options.paragraphs, options.seed);
    const path = `large.${language.lang}.md`;
    writeFileSync(join(outDir, path), doc.text, 'utf8');
    return { path, lang: language.lang, role: docIndex === 0 ? 'source' : 'target', label: language.label, paragraphs: doc.paragraphs, headings: doc.headings, omitted: doc.omitted, added: doc.added };
  });
  const manifest = {
    name: `Generated large set (${options.paragraphs} paragraphs, seed ${options.seed})`,
    documents: documents.map(({ path, lang, role, label }) => ({ path, lang, role, label })),
  };
  writeFileSync(join(outDir, 'verso.json'), `${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
  console.log(JSON.stringify({ outDir, documents }, null, 2));
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
