#!/usr/bin/env node
// `node scripts/bench-qa.mjs`: speed of the QA checks alone. Five generated documents of 10,000
// sentences each (deterministic pseudo-text with numbers, quotes, URLs and a few gaps) are aligned
// by construction, so only runQa is timed. Target: under 1 s. Options: --docs N --sentences N --runs N.
import { build } from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { prng as random } from './prng.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return Number(i >= 0 ? process.argv[i + 1] : fallback);
};
const docCount = arg('docs', 5);
const sentenceCount = arg('sentences', 10_000);
const runs = arg('runs', 7);
const targetMs = 1000;

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'verso-bench-qa-'));
const bundle = path.join(work, 'qa.mjs');
await build({ entryPoints: [path.join(root, 'shared/qa/index.ts')], bundle: true, format: 'esm', platform: 'node', outfile: bundle, logLevel: 'error' });
const { runQa } = await import(pathToFileURL(bundle).href);


const languages = [
  { tag: 'en', words: 'the seed library lends packets to members who grow them and bring back seeds from the best plants every autumn'.split(' '), open: '“', close: '”', stop: '.' },
  { tag: 'de', words: 'die Saatgutbibliothek verleiht Tüten an Mitglieder die sie anbauen und im Herbst Samen der besten Pflanzen zurückbringen'.split(' '), open: '„', close: '“', stop: '.' },
  { tag: 'es', words: 'la biblioteca de semillas presta sobres a los socios que los cultivan y devuelven semillas de las mejores plantas cada otoño'.split(' '), open: '«', close: '»', stop: '.' },
  { tag: 'ru', words: 'библиотека семян выдаёт пакеты участникам которые выращивают растения и осенью возвращают семена лучших растений'.split(' '), open: '«', close: '»', stop: '.' },
  { tag: 'ja', words: '種子 図書館 は 会員 に 袋 を 貸し 出し 秋 に 最良 の 株 から 種 を 返して もらいます'.split(' '), open: '「', close: '」', stop: '。', joiner: '' },
];

/** One document: its text, and for each sentence index the sentence's span (null where it was left out). */
function generate(lang, docIndex) {
  const next = random(1000 + docIndex);
  const plan = random(7); // shared by every document, so sentence k carries the same numbers everywhere
  let text = '';
  const spans = [];
  for (let k = 0; k < sentenceCount; k++) {
    const length = 6 + Math.floor(plan() * 14);
    const number = Math.floor(plan() * 5000);
    const quoted = plan() < 0.1;
    const linked = plan() < 0.02;
    // Targets leave out about one sentence in 400: partial rows for the omission checks.
    if (docIndex > 0 && next() < 0.0025) {
      spans.push(null);
      continue;
    }
    // No word follows itself, so the text holds no accidental repetitions for repeated-words to report.
    const words = [];
    for (let w = 0, last = -1; w < length; w++) {
      last = (last + 1 + Math.floor(next() * (lang.words.length - 1))) % lang.words.length;
      words.push(lang.words[last]);
    }
    words.splice(2, 0, String(number));
    if (quoted) words.splice(4, 0, `${lang.open}${words[5] ?? ''}${lang.close}`);
    if (linked) words.push('https://example.org/seeds');
    let sentence = words.join(lang.joiner ?? ' ') + lang.stop;
    sentence = sentence[0].toUpperCase() + sentence.slice(1);
    if (k > 0) text += k % 5 === 0 ? '\n\n' : lang.joiner ?? ' ';
    spans.push({ start: text.length, end: text.length + sentence.length, text: sentence });
    text += sentence;
  }
  return { id: `large.${lang.tag}.md`, language: lang.tag, text, spans };
}

for (const lang of languages) lang.words = [...new Set(lang.words)];
const documents = languages.slice(0, docCount).map(generate);
const rows = [];
for (let k = 0; k < sentenceCount; k++) {
  const cells = documents.map((d) => (d.spans[k] ? [d.spans[k]] : []));
  rows.push({ cells, kind: cells.some((c) => c.length === 0) ? 'partial' : 'match' });
}
const input = { documents: documents.map(({ id, language, text }) => ({ id, language, text })), rows, sourceIndex: 0 };

const times = [];
let findings = 0;
for (let r = 0; r < runs; r++) {
  const started = process.hrtime.bigint();
  // Fresh arrays each run: runQa remembers set-wide figures per rows array, and a reviewer's rerun
  // after re-alignment gets new rows too.
  const found = runQa({ ...input, documents: input.documents.slice(), rows: rows.slice() });
  times.push(Number(process.hrtime.bigint() - started) / 1e6);
  findings = found.length;
  if (r === 0 && process.argv.includes('--tally')) {
    const tally = new Map();
    for (const f of found) {
      const key = `${f.check} (${input.documents[f.documentIndex].language})`;
      tally.set(key, (tally.get(key) ?? 0) + 1);
    }
    console.log([...tally].map(([key, n]) => `  ${key}: ${n}`).join('\n'));
  }
}
const first = times.shift();
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
fs.rmSync(work, { recursive: true, force: true });

console.log(`\nQA checks: ${docCount} documents × ${sentenceCount.toLocaleString('en')} sentences, ${rows.length.toLocaleString('en')} rows, ${findings.toLocaleString('en')} findings`);
// Cold: the first run, with nothing memoised yet (what a reviewer waits for after opening a set).
// Warm: later runs over fresh rows arrays that reuse the same segments (a rerun after re-alignment).
console.log(`runQa cold (first run): ${first.toFixed(0)} ms; target < ${targetMs} ms: ${first < targetMs ? 'met' : 'NOT met'}`);
console.log(`runQa warm over ${runs - 1} more runs: median ${median.toFixed(0)} ms (fastest ${times[0].toFixed(0)} ms, slowest ${times[times.length - 1].toFixed(0)} ms); target < ${targetMs} ms: ${median < targetMs ? 'met' : 'NOT met'}`);
