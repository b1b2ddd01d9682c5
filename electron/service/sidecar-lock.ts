// One writer at a time per sidecar across processes (two Verso windows, a CLI next to the app):
// `<sidecar>.lock` is created with O_EXCL and holds the owner's pid, host and time. A lock whose
// owner died (killed mid-save, a crash) is recognised — dead pid on this host, or older than any
// save could take — and taken over, so a crash never blocks the review.
import { hostname } from 'node:os';
import { link, open, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { unwritable } from './atomic-file.js';
import { errnoCode, ReviewError } from './errors.js';

export interface LockOptions {
  /** Give up after this long (ms) and tell the reviewer who holds the lock. */
  timeout?: number;
  /** A lock older than this (ms) is stale even if its pid seems alive (pids get reused). */
  staleAfter?: number;
}

const DEFAULT_TIMEOUT = 10_000;
const DEFAULT_STALE_AFTER = 30_000;

interface LockOwner {
  pid: number;
  host: string;
  time: number;
}

/** Runs `job` while holding `<file>.lock`; the lock is released even when the job throws. */
export async function withFileLock<T>(file: string, job: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  const lock = `${file}.lock`;
  await acquire(lock, options.timeout ?? DEFAULT_TIMEOUT, options.staleAfter ?? DEFAULT_STALE_AFTER);
  try {
    return await job();
  } finally {
    await rm(lock, { force: true });
  }
}

async function acquire(lock: string, timeout: number, staleAfter: number): Promise<void> {
  const started = Date.now();
  let wait = 2;
  for (;;) {
    if (await tryCreate(lock)) return;
    const owner = await readOwner(lock);
    if (owner === 'gone') continue;
    if (owner === null || isStale(owner, staleAfter)) {
      await breakStaleLock(lock, owner);
      continue;
    }
    if (Date.now() - started > timeout) {
      throw new ReviewError(
        `${basename(lock)} is held by process ${owner.pid} on ${owner.host} (another Verso saving these comments) and was not released within ${Math.round(timeout / 1000)} s. If no other Verso is running, delete ${lock} and save again.`,
        'locked',
      );
    }
    await delay(wait + Math.random() * wait);
    wait = Math.min(wait * 2, 50);
  }
}

async function tryCreate(lock: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(lock, 'wx');
  } catch (error) {
    if (errnoCode(error) === 'EEXIST') return false;
    throw unwritable(lock.replace(/\.lock$/, ''), error);
  }
  try {
    const owner: LockOwner = { pid: process.pid, host: hostname(), time: Date.now() };
    await handle.writeFile(JSON.stringify(owner));
  } finally {
    await handle.close();
  }
  return true;
}

/** The lock's owner; 'gone' when the lock vanished meanwhile; null when unreadable (half-written). */
async function readOwner(lock: string): Promise<LockOwner | 'gone' | null> {
  let text: string;
  try {
    text = await readFile(lock, 'utf8');
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return 'gone';
    throw error;
  }
  try {
    const value = JSON.parse(text) as Partial<LockOwner>;
    if (typeof value.pid === 'number' && typeof value.host === 'string' && typeof value.time === 'number') return value as LockOwner;
  } catch {
    // Written between open and write, or by a process killed in between: judged by age below.
  }
  return null;
}

const unreadableSince = new Map<string, number>();

function isStale(owner: LockOwner, staleAfter: number): boolean {
  if (Date.now() - owner.time > staleAfter) return true;
  return owner.host === hostname() && !isAlive(owner.pid);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return errnoCode(error) === 'EPERM';
  }
}

/**
 * Removes a stale lock without removing a fresh one another process created meanwhile: the lock is
 * renamed aside (atomic), and if what was moved is not the stale lock we judged, it is put back.
 */
async function breakStaleLock(lock: string, judged: LockOwner | null): Promise<void> {
  if (judged === null) {
    // An empty lock file is normal for a moment while its owner writes it; only an old one is stale.
    const first = unreadableSince.get(lock) ?? Date.now();
    unreadableSince.set(lock, first);
    if (Date.now() - first < 1000) return delay(5);
  }
  unreadableSince.delete(lock);
  // Named like the store's temporary files, so one left by a process killed right here is cleaned up.
  const aside = join(dirname(lock), `.${basename(lock)}.${process.pid}.${randomBytes(4).toString('hex')}.stale.tmp`);
  try {
    await rename(lock, aside);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return;
    throw error;
  }
  const moved = await readOwner(aside);
  const sameLock = judged === null ? moved === null : moved !== 'gone' && moved !== null && moved.pid === judged.pid && moved.time === judged.time;
  if (!sameLock) {
    // We moved a live lock: put it back. Should a third writer have created one meanwhile (three
    // processes racing over a dead lock), both would write; each write is still atomic and merged.
    try {
      await link(aside, lock);
    } catch {
      // Someone created a new lock already; theirs stands.
    }
  }
  await rm(aside, { force: true });
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
