#!/usr/bin/env node
// `npm run bench`: Verso's speed figures, measured, never asserted by timed tests.
//  1. UI scale: a generated set of 5 documents × 5,000 paragraphs opened through the real browser
//     host in Chromium: time to first aligned paint, time until every spacer zone is placed, and
//     scroll-sync frames (worst and p95) while the panes scroll together.
//  2. The other benchmarks that exist (alignment speed and quality: `npm run bench:align`).
//  3. QA checks over 5 documents × 10,000 sentences (`npm run bench:qa`).
// Options: --docs N --paragraphs N (default 5 × 5000), --skip-ui, --skip-align, --skip-qa.
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
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    await page.goto(serve.url);
    await page.waitForFunction(() => performance.getEntriesByName('verso:first-aligned-paint').length > 0, null, { timeout: 120_000 });
    await page.waitForFunction(() => window.__versoTest?.zonesComplete() === true, null, { timeout: 120_000 });
    const marks = await page.evaluate(() => ({
      firstPaint: performance.getEntriesByName('verso:first-aligned-paint')[0].startTime,
      allZones: performance.now(),
      rows: window.__versoTest.rowCount(),
      zones: window.__versoTest.zoneCount(),
      heapMB: performance.memory ? performance.memory.usedJSHeapSize / 1e6 : null,
    }));
    // Scroll the first pane with the wheel for ~4 s; record every frame's duration and whether
    // all panes were at the same scrollTop when the frame was drawn.
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
    return {
      ...marks,
      frames: frames.length,
      worstFrame: ms[ms.length - 1],
      p95Frame: ms[Math.floor(ms.length * 0.95)],
      medianFrame: ms[Math.floor(ms.length / 2)],
      outOfSync: frames.filter((f) => !f.inSync).length,
      scrolled,
    };
  } finally {
    await browser.close();
    serve.stop();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

ensureBuilt();
if (!process.argv.includes('--skip-ui')) {
  const r = await uiBench();
  const f = (x) => (x === null || x === undefined ? 'n/a' : `${Math.round(x)} ms`);
  console.log(`\nUI scale: ${docs} documents × ${paragraphs} paragraphs (${r.rows} aligned rows, ${r.zones} spacer zones), Chromium headless`);
  console.log(`  time to first aligned paint     ${f(r.firstPaint)}   (from navigation start)`);
  console.log(`  all spacer zones placed          ${f(r.allZones)}`);
  console.log(`  scroll-sync frames: worst ${f(r.worstFrame)}, p95 ${f(r.p95Frame)}, median ${f(r.medianFrame)} over ${r.frames} frames; out of sync: ${r.outOfSync}; scrolled ${Math.round(r.scrolled)} px`);
  if (r.heapMB) console.log(`  JS heap after                    ${Math.round(r.heapMB)} MB`);
}
if (fs.existsSync(path.join(root, 'scripts', 'bench-align.mjs')) && !process.argv.includes('--skip-align')) {
  console.log('\nAlignment (npm run bench:align):');
  spawnSync(process.execPath, [path.join(root, 'scripts', 'bench-align.mjs')], { stdio: 'inherit' });
}
if (!process.argv.includes('--skip-qa')) {
  console.log('\nQA checks (npm run bench:qa):');
  spawnSync(process.execPath, [path.join(root, 'scripts', 'bench-qa.mjs')], { stdio: 'inherit' });
}
