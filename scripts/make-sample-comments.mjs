#!/usr/bin/env node
// Writes the example review comments of the default sample set (samples/article/) as sidecars
// (DESIGN.md §5). Each comment names its span by exact quote, so the sidecars follow the texts
// when those are edited: rerun this script and commit its output. Ids and timestamps are fixed
// so that the output is byte-for-byte the same on every run.
//
//   node scripts/make-sample-comments.mjs           write the sidecars
//   node scripts/make-sample-comments.mjs --check   exit 1 if a sidecar is missing or stale
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SET_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'samples', 'article');
const SOURCE = 'field-guide.en.md';
const AUTHOR = 'Sample Reviewer';
const CONTEXT_CODE_POINTS = 32;

/**
 * One comment per entry. `exact` must occur exactly once in `file`; `source` must occur exactly
 * once in the English source and is the sentence the comment concerns.
 */
const COMMENTS = [
  {
    file: 'field-guide.de.md',
    exact: 'Please replace any green sachet as soon as you notice it.',
    source: 'Please replace any green sachet as soon as you notice it.',
    category: 'accuracy/untranslated',
    severity: 'major',
    comment: 'This sentence was left in English. German readers would skip an instruction that matters for keeping the seeds alive.',
    suggestion: 'Bitte ersetzen Sie jedes grüne Beutelchen, sobald Sie es bemerken.',
  },
  {
    file: 'field-guide.de.md',
    exact: '“Jeder Samen, der zurückkommt, lehrt uns etwas, auch die, die nicht keimen.”',
    source: 'Our second coordinator, Tomás Reyes, puts it this way: “Every seed that comes back teaches us something, even the ones that do not grow.”',
    category: 'linguistic-conventions/punctuation',
    severity: 'minor',
    comment: 'English quotation marks. German uses „…“, as elsewhere in this file.',
    suggestion: '„Jeder Samen, der zurückkommt, lehrt uns etwas, auch die, die nicht keimen.“',
  },
  {
    file: 'field-guide.te.md',
    exact: '1,520',
    source: 'Today the collection holds 1,250 packets covering 212 varieties, and more than 400 members borrow from it every year.',
    category: 'accuracy/mistranslation',
    severity: 'major',
    comment: 'The source says 1,250 packets; the digits are transposed.',
    suggestion: '1,250',
  },
  {
    file: 'field-guide.te.md',
    exact: '4 కంటే తక్కువ మొలకెత్తితే, ఆ బ్యాచ్‌ను కంపోస్ట్ చేస్తాము, అయినా దాన్ని తిరిగి ఇచ్చిన సభ్యుడికి కృతజ్ఞతలు చెబుతాము.',
    source: 'A poor result is usually caused by a wet summer, not by a careless grower.',
    category: 'accuracy/omission',
    severity: 'major',
    comment: 'The last sentence of the paragraph is missing: a poor result is usually caused by a wet summer, not by a careless grower. It matters because it keeps members from feeling blamed.',
    suggestion: '4 కంటే తక్కువ మొలకెత్తితే, ఆ బ్యాచ్‌ను కంపోస్ట్ చేస్తాము, అయినా దాన్ని తిరిగి ఇచ్చిన సభ్యుడికి కృతజ్ఞతలు చెబుతాము. పేలవమైన ఫలితానికి సాధారణంగా తడి వేసవే కారణం, పెంచిన వ్యక్తి అజాగ్రత్త కాదు.',
  },
  {
    file: 'field-guide.ar.md',
    exact: 'ولا يُسمح بتناول الطعام أو الشراب داخل غرفة التخزين.',
    source: "Treated seeds are always kept in red-labelled jars and are never packed for children's workshops.",
    category: 'accuracy/addition',
    severity: 'minor',
    comment: 'This sentence (no eating or drinking in the storage room) is not in the source. Remove it, or ask the coordinators to add the rule to the English guide first.',
    suggestion: '',
  },
];

function readText(file) {
  const path = join(SET_DIR, file);
  if (!existsSync(path)) throw new Error(`${path}: file not found. Restore the sample file or remove its comments from scripts/make-sample-comments.mjs.`);
  const text = readFileSync(path, 'utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** UTF-16 offset of the only occurrence of `quote`, or an error naming the file and the quote. */
function findOnce(text, quote, file) {
  const first = text.indexOf(quote);
  if (first < 0) throw new Error(`${file}: the quote "${quote}" is not in the text. Update the comment's quote in scripts/make-sample-comments.mjs.`);
  if (text.indexOf(quote, first + 1) >= 0) throw new Error(`${file}: the quote "${quote}" occurs more than once. Lengthen it in scripts/make-sample-comments.mjs so it names one place.`);
  return first;
}

const codePoints = (s) => Array.from(s).length;

// Context is cut at grapheme boundaries so that a prefix never starts with a detached vowel
// sign or combining mark (Telugu, Arabic), while staying within the code-point budget.
const graphemes = (s) => Array.from(new Intl.Segmenter('und', { granularity: 'grapheme' }).segment(s), (g) => g.segment);

function lastCodePoints(s, n) {
  const kept = [];
  let used = 0;
  for (const g of graphemes(s).reverse()) {
    used += codePoints(g);
    if (used > n) break;
    kept.unshift(g);
  }
  return kept.join('');
}

function firstCodePoints(s, n) {
  const kept = [];
  let used = 0;
  for (const g of graphemes(s)) {
    used += codePoints(g);
    if (used > n) break;
    kept.push(g);
  }
  return kept.join('');
}

function hashOf(text) {
  // As Verso hashes it (electron/service/text-cache.ts): line endings normalised to LF.
  return `sha256:${createHash('sha256').update(text.replace(/\r\n?/g, '\n'), 'utf8').digest('hex')}`;
}

function buildAnnotation(entry, index, text, sourceText) {
  const start = findOnce(text, entry.exact, entry.file);
  const end = start + entry.exact.length;
  const linkStart = findOnce(sourceText, entry.source, SOURCE);
  const time = `2026-11-20T10:${String(index).padStart(2, '0')}:00.000Z`;
  return {
    id: `sample-${index + 1}`,
    target: {
      selector: [
        {
          type: 'TextQuoteSelector',
          exact: entry.exact,
          prefix: lastCodePoints(text.slice(0, start), CONTEXT_CODE_POINTS),
          suffix: firstCodePoints(text.slice(end), CONTEXT_CODE_POINTS),
        },
        { type: 'TextPositionSelector', start: codePoints(text.slice(0, start)), end: codePoints(text.slice(0, end)) },
      ],
    },
    links: [{ documentId: SOURCE, start: linkStart, end: linkStart + entry.source.length, text: entry.source }],
    category: entry.category,
    severity: entry.severity,
    comment: entry.comment,
    suggestion: entry.suggestion,
    status: 'open',
    author: AUTHOR,
    created: time,
    modified: time,
    replies: [],
  };
}

/** Sidecar file name -> its JSON text, for every commented document. */
function buildSidecars() {
  const sourceText = readText(SOURCE);
  const byFile = new Map();
  COMMENTS.forEach((entry, index) => {
    const text = readText(entry.file);
    const annotations = byFile.get(entry.file)?.annotations ?? [];
    annotations.push(buildAnnotation(entry, index, text, sourceText));
    byFile.set(entry.file, {
      schema: 1,
      document: { fileName: entry.file, hash: hashOf(text), length: codePoints(text) },
      annotations,
    });
  });
  const out = new Map();
  for (const [file, sidecar] of byFile) out.set(`${file}.review.json`, `${JSON.stringify(sidecar, null, 2)}\n`);
  return out;
}

function main() {
  const check = process.argv.includes('--check');
  const sidecars = buildSidecars();
  const stale = [];
  for (const [name, json] of sidecars) {
    const path = join(SET_DIR, name);
    if (check) {
      if (!existsSync(path) || readFileSync(path, 'utf8') !== json) stale.push(path);
    } else {
      writeFileSync(path, json, 'utf8');
      console.log(`wrote ${path}`);
    }
  }
  if (stale.length > 0) {
    console.error(`Stale sample comments:\n  ${stale.join('\n  ')}\nRun: node scripts/make-sample-comments.mjs`);
    process.exit(1);
  }
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
