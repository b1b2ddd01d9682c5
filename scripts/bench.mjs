#!/usr/bin/env node
// `npm run bench`: Verso's speed figures, measured, never asserted by timed tests.
//  1. UI scale: a generated set of 5 documents × 5,000 paragraphs opened through the real browser
//     host in Chromium, once in the Paragraphs view and once in the Sentences view: time to first
//     aligned paint, time until every spacer zone is placed, and scroll-sync frames (worst and
//     p95) while the panes scroll together.
//  2. The other benchmarks that exist (alignment speed and quality: `npm run bench:align`).
//  3. QA checks over 5 documents × 10,000 sentences (`npm run bench:qa`).
// Options: --docs N --paragraphs N (default 5 × 5000), --views paragraph,sentence (default both),
// --skip-ui, --skip-align, --skip-qa.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const docs = Number(arg('docs', '5'));
const paragraphs = Number(arg('paragraphs', '5000'));
const views = arg('views', 'paragraph,sentence').split(',');

function ensureBuilt() {
  if (!fs.existsSync(path.join(root, 'dist', 'cli.cjs')) || !fs.existsSync(path.join(root, 'dist', 'renderer', 'index.html'))) {
    const r = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
}

async function startServe(setDir, userData) {
  const child = spawn(process.execPath, [path.join(root, 'dist', 'cli.cjs'), 'serve', setDir, '--port', '0', '--no-open'], {
    env: { ...process.env, VERSO_USER_DATA: userData },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL from verso serve:\n${out}`)), 30_000);
    const onData = (d) => {
      out += d;
      const m = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(out);
      if (m) { clearTimeout(timer); resolve(m[0]); }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`verso serve exited ${code}:\n${out}`)));
  });
  return { url, stop: () => child.kill('SIGTERM') };
}

/** Calls a ReviewApi method over HTTP as the renderer does (the token is in the served URL). */
async function callApi(url, method, args) {
  const { origin, searchParams } = new URL(url);
  const response = await fetch(`${origin}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Verso-Token': searchParams.get('token') ?? '' },
    body: JSON.stringify(args),
  });
  const body = await response.json();
  if (!response.ok) throw new Error(`${method}: ${response.status} ${body.error ?? ''}`);
  return body;
}

/**
 * Opens the set in a fresh page with `level` as the view remembered for it, and measures: first
 * aligned paint, all spacer zones placed, the alignSet request as the page saw it, and ~4 s of
 * wheel scrolling (every frame's duration and whether all panes were at the same scrollTop); with
 * `toggle`, also the toggle to the other view and back.
 */
async function measureView(browser, url, root, level, toggle) {
  await callApi(url, 'updateSettings', { viewBySet: { [root]: level } });
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  try {
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('verso:first-aligned-paint').length > 0, null, { timeout: 300_000 });
    await page.waitForFunction(() => window.__versoTest?.zonesComplete() === true, null, { timeout: 300_000 });
    const marks = await page.evaluate(() => ({
      firstPaint: performance.getEntriesByName('verso:first-aligned-paint')[0].startTime,
      allZones: performance.now(),
      rows: window.__versoTest.rowCount(),
      zones: window.__versoTest.zoneCount(),
      alignRequest: performance.getEntriesByType('resource').find((e) => e.name.includes('/api/alignSet'))?.duration ?? null,
      heapMB: performance.memory ? performance.memory.usedJSHeapSize / 1e6 : null,
    }));
    const shown = await page.getByTestId(`view-${level}`).getAttribute('aria-pressed');
    if (shown !== 'true') throw new Error(`The ${level} view was remembered for ${root} but the page opened another view.`);
    const box = await page.locator('[data-testid="pane-0"] .monaco-editor').boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.evaluate(() => {
      const t = window.__versoTest;
      window.__frames = [];
      let last = performance.now();
      const loop = (now) => {
        const tops = Array.from({ length: t.paneCount() }, (_, i) => t.scrollTop(i));
        window.__frames.push({ ms: now - last, inSync: tops.every((x) => x === tops[0]) });
        last = now;
        if (!window.__stopFrames) requestAnimationFrame(loop);
      };
      requestAnimationFrame(loop);
    });
    for (let i = 0; i < 120; i++) {
      await page.mouse.wheel(0, 400);
      await page.waitForTimeout(30);
    }
    const frames = await page.evaluate(() => { window.__stopFrames = true; return window.__frames.slice(2); });
    const ms = frames.map((f) => f.ms).sort((a, b) => a - b);
    const scrolled = await page.evaluate(() => window.__versoTest.scrollTop(0));
    // The toggle both ways, on the last page only: a switch aligns the other level on the server,
    // which would spare a later page's first paint its alignment. The other view's rows come from
    // the server's cache, then this view's rows are still held by the page.
    const other = level === 'sentence' ? 'paragraph' : 'sentence';
    const switchAway = toggle ? await timeSwitch(page, other) : null;
    const switchBack = toggle ? await timeSwitch(page, level) : null;
    return {
      ...marks,
      frames: frames.length,
      worstFrame: ms[ms.length - 1],
      p95Frame: ms[Math.floor(ms.length * 0.95)],
      medianFrame: ms[Math.floor(ms.length / 2)],
      outOfSync: frames.filter((f) => !f.inSync).length,
      slowFrames: frames.filter((f) => f.ms > 50).length,
      scrolled,
      switchAway,
      switchBack,
    };
  } finally {
    await page.close();
  }
}

/** Clicks the toggle to `level`: ms until the new panes' first aligned paint and until all their zones are placed. */
async function timeSwitch(page, level) {
  const rowsBefore = await page.evaluate(() => window.__versoTest.rowCount());
  const start = await page.evaluate(() => { performance.clearMarks('verso:first-aligned-paint'); return performance.now(); });
  await page.getByTestId(`view-${level}`).click();
  await page.waitForFunction(() => performance.getEntriesByName('verso:first-aligned-paint').length > 0, null, { timeout: 300_000 });
  const firstPaint = await page.evaluate(() => performance.getEntriesByName('verso:first-aligned-paint')[0].startTime);
  await page.waitForFunction((before) => window.__versoTest?.zonesComplete() === true && window.__versoTest.rowCount() !== before, rowsBefore, { timeout: 300_000 });
  const allZones = await page.evaluate(() => performance.now());
  return { level, firstPaint: firstPaint - start, allZones: allZones - start };
}

/** Both views of the generated set, Paragraphs first (each view's alignment is computed on its first request). */
async function uiBench() {
  const { chromium } = await import('@playwright/test');
  const executablePath = process.env.VERSO_CHROMIUM ?? '/usr/bin/chromium';
  if (!fs.existsSync(executablePath)) throw new Error(`Chromium not found at ${executablePath}: run \`npm run setup\`.`);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'verso-bench-'));
  const setDir = path.join(work, 'large');
  const gen = spawnSync(process.execPath, [path.join(root, 'scripts', 'generate-large-set.mjs'), setDir, '--docs', String(docs), '--paragraphs', String(paragraphs)], { encoding: 'utf8' });
  if (gen.status !== 0) throw new Error(`generate-large-set failed: ${gen.stderr}`);
  fs.mkdirSync(path.join(work, 'user'));
  const serve = await startServe(setDir, path.join(work, 'user'));
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  try {
    const opened = await callApi(serve.url, 'openSet', { path: setDir });
    const results = [];
    for (const [i, level] of views.entries()) results.push({ level, ...(await measureView(browser, serve.url, opened.set.root, level, i === views.length - 1)) });
    return results;
  } finally {
    await browser.close();
    serve.stop();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

function printView(r) {
  const f = (x) => (x === null || x === undefined ? 'n/a' : `${Math.round(x)} ms`);
  const name = r.level === 'sentence' ? 'Sentences view' : 'Paragraphs view';
  console.log(`\nUI scale, ${name}: ${docs} documents × ${paragraphs} paragraphs (${r.rows} aligned rows, ${r.zones} spacer zones), Chromium headless`);
  console.log(`  time to first aligned paint     ${f(r.firstPaint)}   (from navigation start; alignSet request ${f(r.alignRequest)})`);
  console.log(`  all spacer zones placed          ${f(r.allZones)}`);
  console.log(`  scroll-sync frames: worst ${f(r.worstFrame)}, p95 ${f(r.p95Frame)}, median ${f(r.medianFrame)} over ${r.frames} frames (${r.slowFrames} over 50 ms); out of sync: ${r.outOfSync}; scrolled ${Math.round(r.scrolled)} px`);
  if (r.heapMB) console.log(`  JS heap after                    ${Math.round(r.heapMB)} MB`);
  const viewName = (level) => (level === 'sentence' ? 'Sentences' : 'Paragraphs');
  for (const s of [r.switchAway, r.switchBack].filter(Boolean)) {
    console.log(`  toggle to ${viewName(s.level).padEnd(10)}            first aligned paint ${f(s.firstPaint)}, all zones ${f(s.allZones)}   (from the click)`);
  }
}

ensureBuilt();
if (!process.argv.includes('--skip-ui')) {
  for (const r of await uiBench()) printView(r);
}
if (fs.existsSync(path.join(root, 'scripts', 'bench-align.mjs')) && !process.argv.includes('--skip-align')) {
  console.log('\nAlignment (npm run bench:align):');
  spawnSync(process.execPath, [path.join(root, 'scripts', 'bench-align.mjs')], { stdio: 'inherit' });
}
if (!process.argv.includes('--skip-qa')) {
  console.log('\nQA checks (npm run bench:qa):');
  spawnSync(process.execPath, [path.join(root, 'scripts', 'bench-qa.mjs')], { stdio: 'inherit' });
}
