#!/usr/bin/env node
// `npm run bench:align`: accuracy of the aligner on the public test sets in ../shared/align-bench
// (scored with that folder's score.mjs) beside a length-only Gale–Church baseline, then speed and
// memory of the built CLI, process start included.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { galeChurch } from '../tests/bench/align/gale-church.mjs';
import { documentsOf, goldParagraphs, paragraphsPlaced, reorderings } from '../tests/bench/align/moved-content.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = path.resolve(root, '../shared/align-bench');
if (!fs.existsSync(path.join(benchDir, 'score.mjs'))) {
  console.log(`bench:align skipped: the test sets are not at ${benchDir} (expected next to the repository, as ../shared/align-bench).`);
  process.exit(0);
}
const { scoreMultiple, parseAlign } = await import(pathToFileURL(path.join(benchDir, 'score.mjs')).href);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'verso-bench-align-'));
const cli = await findCli();

const readLines = (file) => fs.readFileSync(file, 'utf8').replace(/\n$/, '').split('\n');
const beadsText = (beads) => beads.map(([a, b]) => `[${a.join(',')}]:[${b.join(',')}]`).join('\n');

function runCli(args, { measure = false } = {}) {
  const rssFile = path.join(work, 'rss.txt');
  const hook = path.join(work, 'rss-hook.cjs');
  // Peak memory and CPU time from inside the process: CPU time says more than wall time when
  // other work shares the machine.
  fs.writeFileSync(hook, `process.on('exit', () => { const u = process.resourceUsage(); require('node:fs').writeFileSync(${JSON.stringify(rssFile)}, JSON.stringify([u.maxRSS, (u.userCPUTime + u.systemCPUTime) / 1000])); });\n`);
  const nodeArgs = measure ? ['--require', hook, cli, 'align', ...args] : [cli, 'align', ...args];
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, nodeArgs, { encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (run.status !== 0) throw new Error(`verso align ${args.join(' ')} failed (exit ${run.status}): ${run.stderr}`);
  const [rssKb, cpuMs] = measure && fs.existsSync(rssFile) ? JSON.parse(fs.readFileSync(rssFile, 'utf8')) : [NaN, NaN];
  return { stdout: run.stdout, ms, rssMb: rssKb / 1024, cpuMs };
}

const sets = fs.readdirSync(benchDir).filter((d) => fs.statSync(path.join(benchDir, d)).isDirectory()).sort();
const rows = [];
const corpus = { src: [], tgt: [] };
const moved = { far: [0, 0], swap: [0, 0], rest: [0, 0] };
let seed = 7;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
for (const set of sets) {
  const docs = fs.readdirSync(path.join(benchDir, set)).map((d) => path.join(benchDir, set, d)).filter((d) => fs.existsSync(path.join(d, 'gold.txt'))).sort();
  const gold = [];
  const ours = [];
  const baseline = [];
  const asDocuments = [];
  for (const dir of docs) {
    const src = path.join(dir, 'src.txt');
    const tgt = path.join(dir, 'tgt.txt');
    gold.push(parseAlign(fs.readFileSync(path.join(dir, 'gold.txt'), 'utf8')));
    ours.push(parseAlign(runCli(['--segmented', src, tgt]).stdout));
    asDocuments.push(documentPathBeads(readLines(src), readLines(tgt)));
    baseline.push(parseAlign(beadsText(galeChurch(readLines(src), readLines(tgt)))));
    corpus.src.push(...readLines(src));
    corpus.tgt.push(...readLines(tgt));
    countMoved(goldParagraphs(readLines(src), readLines(tgt), gold[gold.length - 1]));
  }
  rows.push({ set, verso: scoreMultiple(gold, ours), gc: scoreMultiple(gold, baseline), documents: scoreMultiple(gold, asDocuments) });
}

/**
 * What the app shows: the pair read as two documents of one-sentence paragraphs (blank lines
 * between the set's lines), aligned at paragraph level by `verso align --json`, rows mapped back
 * to line numbers.
 */
function documentPathBeads(srcLines, tgtLines) {
  const files = [srcLines, tgtLines].map((lines, k) => {
    const file = path.join(work, `document-path.${k}.txt`);
    fs.writeFileSync(file, lines.join('\n\n') + '\n');
    return file;
  });
  const { rows: aligned } = JSON.parse(runCli([...files, '--source', '0', '--level', 'paragraph', '--json']).stdout);
  const starts = [srcLines, tgtLines].map((lines) => {
    const out = [];
    let at = 0;
    for (const line of lines) {
      out.push(at);
      at += line.length + 2;
    }
    return out;
  });
  const lineOf = (d, offset) => {
    const xs = starts[d];
    let lo = 0;
    let hi = xs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (xs[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const beads = aligned
    .map((row) => [0, 1].map((d) => [...new Set((row.cells[d] ?? []).map((s) => lineOf(d, s.start)))].sort((x, y) => x - y)))
    .filter(([a, b]) => a.length + b.length > 0);
  // Lines no row holds (blank ones) stand alone, as the test sets' gold has them.
  for (const d of [0, 1]) {
    const seen = new Set(beads.flatMap((x) => x[d]));
    (d ? tgtLines : srcLines).forEach((_, k) => {
      if (!seen.has(k)) beads.push(d ? [[], [k]] : [[k], []]);
    });
  }
  return parseAlign(beadsText(beads));
}

const f = (x) => x.toFixed(3);
// Strict F1 targets: the embedding aligners' level (Vecalign 0.902 on textberg) without a model.
const F1_TARGET = { 'textberg-test-de-fr': 0.9, 'parice-en-is': 0.9 };
const verdict = (ok) => (ok ? 'met' : 'NOT MET');
console.log('\nSentence alignment (strict / lax P, R, F1; score.mjs). "verso": `verso align --segmented`; "document path": the');
console.log('same pair read as two documents of one-sentence paragraphs and aligned at paragraph level, as the app does.\n');
console.log('| set | verso strict P/R/F1 | verso lax P/R/F1 | Gale–Church strict F1 | Gale–Church lax F1 | document path strict / lax F1 | target strict F1 |');
console.log('|---|---|---|---|---|---|---|');
for (const { set, verso: v, gc, documents: dp } of rows) {
  const target = F1_TARGET[set];
  const goal = target === undefined ? '(tuning set: reported only)' : `≥ ${target.toFixed(2)}: ${verdict(v.f1_strict >= target)}`;
  console.log(`| ${set} | ${f(v.precision_strict)} / ${f(v.recall_strict)} / **${f(v.f1_strict)}** | ${f(v.precision_lax)} / ${f(v.recall_lax)} / ${f(v.f1_lax)} | ${f(gc.f1_strict)} | ${f(gc.f1_lax)} | ${f(dp.f1_strict)} / ${f(dp.f1_lax)} | ${goal} |`);
}

const share = ([ok, all]) => `${ok} of ${all} (${((100 * ok) / Math.max(1, all)).toFixed(0)}%)`;
console.log('\nMoved content (paragraphs of 4 gold-aligned sentences from each test document; aligned at paragraph level with');
console.log('`verso align --json`; a paragraph counts when it shares a row with its counterpart alone, or is a move linked to it)\n');
console.log('| case | paragraphs placed |');
console.log('|---|---|');
console.log(`| one paragraph moved far away | ${share(moved.far)} |`);
console.log(`| two neighbouring paragraphs swapped | ${share(moved.swap)} |`);
console.log(`| every other paragraph of those documents | ${share(moved.rest)} |`);

/** Each speed run is repeated this many times; the median counts. */
const SPEED_RUNS = 5;

// Speed: the test sets' sentences repeated to 10,000 lines a side (parallel, in the same order).
const repeat = (lines, n) => Array.from({ length: n }, (_, k) => lines[k % lines.length]);
const pairCount = Math.min(corpus.src.length, corpus.tgt.length);
const big = { src: [], tgt: [] };
while (big.src.length < 10_000) {
  big.src.push(...corpus.src);
  big.tgt.push(...corpus.tgt);
}
fs.writeFileSync(path.join(work, 'big.src.txt'), big.src.slice(0, 10_000).join('\n') + '\n');
// Keep the target parallel: cut it where the source was cut, in whole test documents.
fs.writeFileSync(path.join(work, 'big.tgt.txt'), big.tgt.slice(0, Math.round((10_000 * corpus.tgt.length) / corpus.src.length)).join('\n') + '\n');
const tenK = timed(['--segmented', path.join(work, 'big.src.txt'), path.join(work, 'big.tgt.txt')]);

// N-way: five documents of 2,000 sentences in paragraphs of five, with omissions in some.
const para = (lines) => lines.reduce((out, line, k) => out + line + (k % 5 === 4 ? '\n\n' : ' '), '');
const base = { de: repeat(corpus.src, 2000), fr: repeat(corpus.tgt.slice(0, pairCount), 2000) };
const variants = [
  ['set.de.txt', base.de],
  ['set.fr.txt', base.fr],
  ['set2.de.txt', base.de.filter((_, k) => k % 53 !== 7)],
  ['set2.fr.txt', base.fr.filter((_, k) => k % 41 !== 3)],
  ['set3.fr.txt', base.fr.filter((_, k) => k % 67 !== 11)],
];
for (const [name, lines] of variants) fs.writeFileSync(path.join(work, name), para(lines));
const nWay = timed([...variants.map(([name]) => path.join(work, name)), '--source', '0', '--json']);
// Without a source the pairs are rated and joined along a spanning tree: slower, reported beside.
const nWayFree = timed([...variants.map(([name]) => path.join(work, name)), '--json']);

// Targets: the UI aligns on every open, so both runs must feel instant; memory must leave room.
const TIME_TARGET_MS = 1000;
const MEMORY_TARGET_MB = 300;
const speedRow = (label, run, timeTarget) =>
  `| ${label} | ${run.ms.toFixed(0)} ms (${run.minMs.toFixed(0)}–${run.maxMs.toFixed(0)}) | ${run.cpuMs.toFixed(0)} ms | ${timeTarget ? `< ${timeTarget} ms: ${verdict(run.ms < timeTarget)}` : '(reported only)'} | ${run.rssMb.toFixed(0)} MB | < ${MEMORY_TARGET_MB} MB: ${verdict(run.rssMb < MEMORY_TARGET_MB)} |`;
console.log(`\nSpeed (built CLI, process start included; median of ${SPEED_RUNS} runs, range in brackets; machine load ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores: wall time grows with it)\n`);
console.log('| run | wall time | CPU time (incl. GC threads) | time target | peak memory (most) | memory target |');
console.log('|---|---|---|---|---|---|');
console.log(speedRow(`--segmented 10,000 × ${Math.round((10_000 * corpus.tgt.length) / corpus.src.length)} sentences`, tenK, TIME_TARGET_MS));
console.log(speedRow('5 documents × ~2,000 sentences, N-way --json --source 0', nWay, TIME_TARGET_MS));
console.log(speedRow('same 5 documents, no source (spanning tree)', nWayFree, null));
console.log(`\nCLI: ${path.relative(root, cli)}; test sets: ${benchDir}`);
fs.rmSync(work, { recursive: true, force: true });

/**
 * One speed measurement: the run repeated SPEED_RUNS times (a single run on a shared machine is
 * noise); median wall and CPU time, the range of wall times, and the most memory any run took.
 */
function timed(args) {
  const runs = Array.from({ length: SPEED_RUNS }, () => runCli(args, { measure: true }));
  const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  const ms = runs.map((r) => r.ms);
  return { ms: median(ms), minMs: Math.min(...ms), maxMs: Math.max(...ms), cpuMs: median(runs.map((r) => r.cpuMs)), rssMb: Math.max(...runs.map((r) => r.rssMb)) };
}

/** Adds one document's paragraphs, with one far move and one swap per draw, to `moved`. */
function countMoved(paragraphs) {
  if (paragraphs.length < 8) return;
  for (const { kind, order, changed } of reorderings(paragraphs.length, random, 2)) {
    const [a, b] = documentsOf(paragraphs, order).map((text, k) => {
      const file = path.join(work, `moved.${k}.txt`);
      fs.writeFileSync(file, text);
      return file;
    });
    const placed = paragraphsPlaced(JSON.parse(runCli([a, b, '--source', '0', '--level', 'paragraph', '--json']).stdout).rows, paragraphs, order);
    placed.forEach((ok, k) => {
      const bucket = moved[changed.includes(k) ? kind : 'rest'];
      bucket[0] += ok ? 1 : 0;
      bucket[1] += 1;
    });
  }
}

/** $VERSO_DIST/cli.cjs (a build elsewhere), dist/cli.cjs when built; else a bundle of the align command alone (same code, same output). */
async function findCli() {
  const built = path.join(process.env.VERSO_DIST ? path.resolve(process.env.VERSO_DIST) : path.join(root, 'dist'), 'cli.cjs');
  if (process.env.VERSO_DIST && !fs.existsSync(built)) throw new Error(`VERSO_DIST is set but ${built} does not exist: build it with node scripts/build.mjs --dist ${process.env.VERSO_DIST} --node-only`);
  if (fs.existsSync(built)) return built;
  const { build } = await import('esbuild');
  const out = path.join(work, 'verso-align.cjs');
  await build({
    stdin: {
      contents: `import { runAlignCommand } from './electron/cli/align-command.ts';
import { readFile } from 'node:fs/promises';
const args = process.argv.slice(2);
if (args[0] === 'align') args.shift();
runAlignCommand(args, { readFile: async (p) => (await readFile(p, 'utf8')).replace(/^\\uFEFF/, ''), stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) }).then((code) => { process.exitCode = code; });`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true, platform: 'node', target: 'node20', format: 'cjs', outfile: out, logLevel: 'warning',
  });
  console.log('dist/cli.cjs not built: measuring a bundle of electron/cli/align-command.ts instead.');
  return out;
}
