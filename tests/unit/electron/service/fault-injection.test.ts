// A process saving a sidecar in a loop is killed with SIGKILL at random moments, 200 times. After
// every kill the sidecar must parse and be a complete known state, never older than before the kill.
// Starting node dominates the cost, so four sidecars are tortured side by side, 50 kills each.
import { spawn } from 'node:child_process';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSidecarText } from '../../../../shared/review/index.js';
import { bundleChild } from './persistence/bundle.js';
import { knownStateOf } from './persistence/known-states.js';
import { tempFolder } from './temp-folders.js';

const LANES = 4;
const KILLS_PER_LANE = 50;
let child = '';

beforeAll(async () => {
  child = await bundleChild('saving-loop-child');
}, 60_000);

afterAll(async () => {
  await rm(join(child, '..'), { recursive: true, force: true });
});

/**
 * Starts a writer, waits until it is saving (or, with `afterASave`, until it finished one save, so
 * that every lane makes progress however loaded the machine is), kills it after `afterMs` more and
 * waits for it to die.
 */
async function killDuringSaves(sidecar: string, afterMs: number, afterASave = false): Promise<void> {
  const process_ = spawn(process.execPath, [child, sidecar], { stdio: ['ignore', 'pipe', 'pipe'] });
  let errors = '';
  process_.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const exited = new Promise<void>((resolve) => process_.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    process_.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes(afterASave ? 'saved' : 'ready')) resolve();
    });
    process_.once('exit', (code) => reject(new Error(`the writer exited (${code}) before saving: ${errors}`)));
  });
  await new Promise((resolve) => setTimeout(resolve, afterMs));
  process_.kill('SIGKILL');
  await exited;
  expect(errors).toBe('');
}

function stateOnDisk(text: string, what: string): number {
  const reading = readSidecarText(text, what);
  if (reading.kind !== 'ok') throw new Error(`${what} is not a valid sidecar after a kill: ${reading.reason}`);
  const state = knownStateOf(reading.sidecar.annotations);
  if (state === null) throw new Error(`${what} holds annotations that are no known state`);
  return state;
}

/** One sidecar killed `kills` times; returns the last state seen. */
async function tortureLane(kills: number): Promise<{ folder: string; sidecar: string; last: number }> {
  const folder = await tempFolder();
  const sidecar = join(folder, 'doc.de.txt.review.json');
  let previous = 0;
  for (let kill = 1; kill <= kills; kill++) {
    await killDuringSaves(sidecar, Math.random() * 30, kill % 2 === 0);
    const text = await readFile(sidecar, 'utf8').catch(() => null);
    // Killed before its first save ever finished: no file yet is the old state.
    if (text === null) {
      expect(previous).toBe(0);
      continue;
    }
    const state = stateOnDisk(text, `${sidecar} after kill ${kill}`);
    expect(state).toBeGreaterThanOrEqual(previous);
    const backup = await readFile(`${sidecar}.bak`, 'utf8').catch(() => null);
    if (backup !== null) expect(stateOnDisk(backup, `${sidecar}.bak after kill ${kill}`)).toBeLessThanOrEqual(state);
    previous = state;
  }
  return { folder, sidecar, last: previous };
}

describe('fault injection: a saving process killed at random moments', () => {
  it(`leaves the old or the new state after each of ${LANES * KILLS_PER_LANE} kills`, async () => {
    const lanes = await Promise.all(Array.from({ length: LANES }, () => tortureLane(KILLS_PER_LANE)));
    // The writers made progress between kills, so the kills landed while saving, not before: every
    // other kill came after a finished save.
    for (const lane of lanes) expect(lane.last).toBeGreaterThanOrEqual(KILLS_PER_LANE / 2);
    // A last writer cleans what the killed ones left (temporary files; the lock is taken over).
    const { folder, sidecar } = lanes[0] as { folder: string; sidecar: string };
    await killDuringSaves(sidecar, 60);
    const left = (await readdir(folder)).filter((name) => name !== 'doc.de.txt.review.json' && name !== 'doc.de.txt.review.json.bak');
    expect(left.filter((name) => !name.endsWith('.tmp') && !name.endsWith('.lock'))).toEqual([]);
    // At most what the last writer itself was killed in the middle of.
    expect(left.filter((name) => name.endsWith('.tmp')).length).toBeLessThanOrEqual(2);
  }, 180_000);
});
