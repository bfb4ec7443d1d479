import {
  closeSync,
  lstatSync,
  readdirSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UserError } from '../errors.js';
import { errorCode, fsError } from './fs-errors.js';

export interface WriteOptions {
  /** Replace a file that exists; without it an existing file is refused. */
  force?: boolean;
  mode?: number;
  /** Flush the file and its folder to disk: for what the user cannot make again. */
  durable?: boolean;
  /** Runs between the write and the rename; tests use it to stand in for a kill. */
  beforeRename?: () => void;
}

/** Writes all of `bytes`: one writeSync may write less than it is given. */
function writeAll(fd: number, bytes: Uint8Array): void {
  for (let done = 0; done < bytes.length;) done += writeSync(fd, bytes, done);
}

/**
 * Writes all of a text, encoded by Node as it writes (no buffer for the collector to free
 * later: a file written in ten thousand parts would leave ten thousand).
 */
function writeText(fd: number, text: string): void {
  const written = writeSync(fd, text);
  if (written < Buffer.byteLength(text)) writeAll(fd, Buffer.from(text).subarray(written));
}

/** Refusing to overwrite is a failure (exit 1) with a hint, never a usage error. */
export class AlreadyExists extends UserError {
  constructor(readonly path: string) {
    super(`${path} already exists`, 1, 'pass --force to overwrite it');
  }
}

/**
 * The one writer of files. A temporary file beside the target is created exclusively (never
 * through a link planted at its name), written, flushed and renamed into place, so the target
 * is the old file or the new one and never a torn one. Without `force` the new file is linked
 * into place, which fails if the target appeared meanwhile. Whatever fails, the temporary file
 * is removed, and the error is one line in words.
 */
export function writeFileAtomic(
  path: string,
  /** The bytes, or their parts, written as they come (a large file in bounded memory). */
  content: string | Uint8Array | Iterable<string | Uint8Array>,
  options: WriteOptions = {},
): void {
  const { force = false, mode = 0o644, durable = true } = options;
  if (!force && statSync(path, { throwIfNoEntry: false })) throw new AlreadyExists(path);
  const folder = dirname(path);
  let temporary = '';
  let created = false;
  try {
    const fd = openTemporary(folder, basename(path), mode, (name) => (temporary = name));
    created = true;
    try {
      const parts =
        typeof content === 'string' || content instanceof Uint8Array ? [content] : content;
      for (const part of parts)
        if (typeof part === 'string') writeText(fd, part);
        else writeAll(fd, part);
      if (durable) fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    options.beforeRename?.();
    if (force) renameSync(temporary, path);
    else linkIntoPlace(temporary, path);
    created = false;
  } catch (error) {
    if (created) removeQuietly(temporary);
    if (error instanceof UserError) throw error;
    if (errorCode(error) === 'EEXIST' && !force) throw new AlreadyExists(path);
    throw fsError('write', path, error);
  }
  if (durable) syncFolder(folder);
}

/** A random suffix; node:crypto would cost the start of every command that may write a cache. */
export const randomSuffix = (): string => Math.random().toString(36).slice(2, 10);

/** The name the one writer gives its temporary files: `.<name>.<suffix>.tmp`. */
const TEMPORARY = /^\..+\.[a-z0-9]{1,8}\.tmp$/;

/** No write takes minutes: a temporary file this old was left by a writer that was killed. */
const DEBRIS_AGE_MS = 10 * 60 * 1000;

/**
 * Removes the temporary files a killed writer left in `folder` (they may hold what was being
 * written, so they are not left forever); a write in progress is younger and is left alone.
 */
export function removeDebris(folder: string, now = Date.now()): void {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    if (!TEMPORARY.test(name)) continue;
    const path = join(folder, name);
    const stat = lstatSync(path, { throwIfNoEntry: false });
    if (stat?.isFile() && now - stat.mtimeMs > DEBRIS_AGE_MS) removeQuietly(path);
  }
}

/**
 * Creates a temporary file beside the target, exclusively: never through a link planted at its
 * name, and never one another process is writing. `named` is told the name chosen.
 */
function openTemporary(
  folder: string,
  base: string,
  mode: number,
  named: (path: string) => void,
): number {
  for (let tries = 0; ; tries++) {
    const path = join(folder, `.${base}.${randomSuffix()}.tmp`);
    try {
      const fd = openSync(path, 'wx', mode);
      named(path);
      return fd;
    } catch (error) {
      if (errorCode(error) !== 'EEXIST' || tries === 10) throw error;
    }
  }
}

/** Moves a new file to a name that must be free, even if the name was taken meanwhile. */
function linkIntoPlace(temporary: string, path: string): void {
  try {
    linkSync(temporary, path);
  } catch (error) {
    // A file system without hard links: check, then rename, which is all it allows.
    if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS'].includes(errorCode(error) ?? '')) throw error;
    if (statSync(path, { throwIfNoEntry: false })) throw new AlreadyExists(path);
    renameSync(temporary, path);
    return;
  }
  unlinkSync(temporary);
}

/** Makes a rename in `folder` durable; not every file system lets a folder be synced. */
export function syncFolder(folder: string): void {
  try {
    const fd = openSync(folder, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Nothing more can be done.
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone.
  }
}

/** Makes a folder (and its parents), or says in words why it cannot. */
export function makeFolder(path: string, mode = 0o755): void {
  try {
    mkdirSync(path, { recursive: true, mode });
  } catch (error) {
    throw fsError('create the folder', path, error);
  }
}
