import { closeSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { UserError } from '../errors.js';
import { hostName } from '../lib/os.js';
import { errorCode, fsError } from './fs-errors.js';
import { randomSuffix } from './write-file.js';

// A lock is a file created exclusively (`wx`), as git does with `index.lock`: whoever creates
// it holds it, and removes it when done. proper-lockfile was measured and not taken: its sync
// call cannot wait for a lock (it refuses retries), it locks with mkdir so a lock cannot say
// whose it is, and it costs 6.7 ms to load because graceful-fs patches node:fs.

export interface LockTiming {
  /** How long a writer waits for a lock another holds, in ms. */
  wait: number;
  /** How old a lock must be, in ms, before a lock whose process is gone is removed. */
  stale: number;
}

export const LOCK_TIMING: LockTiming = { wait: 5000, stale: 30000 };

/** Whom a lock file names: the process that holds it and its machine. */
interface Holder {
  pid: number;
  host: string;
}

const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

function holderOf(path: string): Holder | undefined {
  try {
    const [pid, host] = readFileSync(path, 'utf8').split(' ');
    return Number.isInteger(Number(pid)) && host ? { pid: Number(pid), host } : undefined;
  } catch {
    return undefined;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as someone else.
    return errorCode(error) === 'EPERM';
  }
}

/**
 * Removes a lock left by a process that is gone: older than `stale`, and its holder not running
 * on this machine (a lock from another machine cannot be checked, so it is waited for). The file
 * is checked again just before it is removed, so a lock taken meanwhile is left alone.
 */
function removeIfStale(path: string, stale: number): boolean {
  const before = statSync(path, { throwIfNoEntry: false });
  if (!before) return true;
  if (Date.now() - before.mtimeMs < stale) return false;
  const holder = holderOf(path);
  if (holder && (holder.host !== hostName() || isRunning(holder.pid))) return false;
  const now = statSync(path, { throwIfNoEntry: false });
  if (now && (now.ino !== before.ino || now.mtimeMs !== before.mtimeMs)) return false;
  try {
    unlinkSync(path);
  } catch {
    // Someone else removed it first.
  }
  return true;
}

function tryCreate(path: string, token: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o600);
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    throw fsError('create the lock', path, error);
  }
  try {
    writeSync(fd, token);
  } finally {
    closeSync(fd);
  }
  return true;
}

/**
 * Runs `use` while holding the lock file `path`. A lock another process holds is waited for,
 * up to `timing.wait`; then it fails with one line naming the lock file.
 */
export function withLock<T>(path: string, use: () => T, timing: LockTiming = LOCK_TIMING): T {
  const token = `${process.pid} ${hostName()} ${randomSuffix()}\n`;
  const deadline = Date.now() + timing.wait;
  for (let wait = 5; !tryCreate(path, token); wait = Math.min(wait * 2, 100)) {
    if (removeIfStale(path, timing.stale)) continue;
    if (Date.now() >= deadline)
      throw new UserError(
        `${path} is held by another ladder (waited ${timing.wait / 1000} s)`,
        1,
        'try again when it is done; if no ladder is running, delete that file',
      );
    pause(wait);
  }
  try {
    return use();
  } finally {
    // Only our own lock is removed, never one a stale check handed to someone else.
    try {
      if (readFileSync(path, 'utf8') === token) unlinkSync(path);
    } catch {
      // Already gone.
    }
  }
}
