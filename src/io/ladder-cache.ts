import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { isObject } from '../ladder/shapes.js';
import type { Ladder, Level } from '../ladder/types.js';
import { entryParts, lazyLevel, readHeader, type StoredLevel } from './cache-entry.js';
import { makeFolder, writeFileAtomic } from './write-file.js';

/**
 * Parsing YAML and checking the schema costs more than the rest of `ladder show` together, and
 * grows with the ladder. A checked ladder is kept as JSON, keyed by the build of ladder that
 * checked it and by the size, times and inode of each of its files (as git's index does), and
 * used while none of them has changed.
 */

type Env = Record<string, string | undefined>;

/**
 * Timestamps are this coarse on some file systems (FAT's are 2 s; many are 1 s). A file changed
 * within this much of when an entry was written could change again unseen, with every figure the
 * same: git calls it "racily clean", and so the entry is not trusted.
 */
export const TIMESTAMP_GRANULARITY_MS = 2000;

/**
 * $XDG_CACHE_HOME/ladder, else ~/.cache/ladder. The home folder is read from the environment, as
 * os.homedir() would (loading node:os is a cost every command would pay); with no home there
 * is no cache, and every run checks the ladder afresh.
 */
export function cacheDir(env: Env): string | undefined {
  if (env.LADDER_NO_CACHE === '1') return undefined;
  const home = env.HOME || env.USERPROFILE;
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, 'ladder');
  return home ? join(home, '.cache', 'ladder') : undefined;
}

/** The files a ladder is read from, each with what changes when it is written. */
export interface Fingerprint {
  files: string[];
  /** The latest modification or change time among them, in ms. */
  newest: number;
}

// Synchronous file calls throughout: node:fs/promises alone takes longer to load than a cache
// hit takes to serve.

export function fingerprint(dir: string): Fingerprint | undefined {
  try {
    let names: string[] = [];
    try {
      names = readdirSync(join(dir, 'levels'));
    } catch {
      // A ladder may have no levels yet.
    }
    let newest = 0;
    const files = [
      'ladder.yaml',
      ...names
        .filter((n) => /\.ya?ml$/i.test(n))
        .sort()
        .map((n) => `levels/${n}`),
    ].map((file) => {
      const s = statSync(join(dir, file));
      newest = Math.max(newest, s.mtimeMs, s.ctimeMs);
      return `${file}:${s.size}:${s.mtimeMs}:${s.ctimeMs}:${s.ino}`;
    });
    return { files, newest };
  } catch {
    return undefined;
  }
}

interface CacheEntry {
  build: string;
  dir: string;
  files: string[];
  /** When the entry was written, in ms: see TIMESTAMP_GRANULARITY_MS. */
  writtenAt: number;
  ladder: Ladder;
}

/**
 * One entry per ladder directory, named by a 32-bit FNV-1a hash of its absolute path (node:crypto
 * costs more to load than a cache hit saves). Entries record their directory, so two paths that
 * share a hash only evict each other.
 */
function entryPath(cache: string, absoluteDir: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < absoluteDir.length; i++) {
    hash = Math.imul(hash ^ absoluteDir.charCodeAt(i), 0x01000193);
  }
  return join(cache, `${(hash >>> 0).toString(16).padStart(8, '0')}.json`);
}

const isString = (v: unknown): v is string => typeof v === 'string';
const all = <T>(v: unknown, each: (x: unknown) => x is T): v is T[] =>
  Array.isArray(v) && v.every(each);
const isItem = (v: unknown) =>
  isObject(v) &&
  isString(v.text) &&
  (v.runs === undefined || all(v.runs, (r): r is object => isObject(r) && isString(r.text)));
const isValue = (v: unknown) =>
  isObject(v) &&
  ['defined', 'wip', 'n/a'].includes(v.status as string) &&
  (v.kind === 'text' || v.kind === 'list') &&
  all(v.items, (i): i is object => isItem(i));
/** Whether a level's body, read from an entry, has the shape this build writes. */
const isBody = (v: unknown): v is Pick<Level, 'sections' | 'lines'> =>
  isObject(v) &&
  isObject(v.sections) &&
  Object.values(v.sections).every(isValue) &&
  (v.lines === undefined || isObject(v.lines));
/** A level in an entry's header: all of it but its sections, and where they are. */
const isStoredLevel = (v: unknown): v is StoredLevel =>
  isObject(v) &&
  isString(v.id) &&
  isString(v.title) &&
  isString(v.track) &&
  isString(v.file) &&
  all(v.aliases, isString) &&
  typeof v.at === 'number' &&
  typeof v.size === 'number';

/** An entry's header, with its ladder's levels as stored. */
type StoredEntry = Omit<CacheEntry, 'ladder'> & {
  ladder: Omit<Ladder, 'levels'> & { levels: StoredLevel[] };
};

/**
 * Whether a header is of the shape this build writes: one of another shape, however it came
 * there, is a miss, never a crash of every command after it.
 */
function isEntry(v: unknown): v is StoredEntry {
  if (!isObject(v) || !isString(v.build) || !isString(v.dir) || !all(v.files, isString))
    return false;
  if (typeof v.writtenAt !== 'number' || !isObject(v.ladder)) return false;
  const l = v.ladder;
  return (
    isString(l.title) &&
    all(l.tracks, (t): t is object => isObject(t) && isString(t.id) && isString(t.title)) &&
    all(l.sections, (s): s is object => isObject(s) && isString(s.id) && isString(s.title)) &&
    all(l.levels, isStoredLevel)
  );
}

/**
 * The entry at `path` kept under `key`, when there is one of the shape this build writes, with
 * its levels' files named by `file` and their sections read when first looked at.
 */
function readEntry(
  path: string,
  key: string,
  build: string,
  dir: string,
  file: (path: string) => string,
): (Omit<CacheEntry, 'ladder'> & { ladder: Ladder }) | undefined {
  let header;
  try {
    header = readHeader(path, isBody);
  } catch {
    return undefined;
  }
  const entry = header?.value;
  if (!header || !isEntry(entry) || entry.build !== build || entry.dir !== key) return undefined;
  const levels = entry.ladder.levels.map((l) => lazyLevel(l, file(l.file), header));
  return { ...entry, ladder: { ...entry.ladder, dir, levels } };
}

/**
 * Keeps an entry, written a level at a time; a cache that cannot be written is only a slower
 * next start.
 */
function writeEntry(cache: string, entry: CacheEntry): void {
  try {
    makeFolder(cache, 0o700);
    writeFileAtomic(entryPath(cache, entry.dir), entryParts(entry), {
      force: true,
      mode: 0o600,
      durable: false,
    });
  } catch {
    // Not worth a message: the ladder was read and is shown all the same.
  }
}

/** The ladder with each level's file given by `file`. */
const withFiles = (ladder: Ladder, dir: string, file: (path: string) => string): Ladder => ({
  ...ladder,
  dir,
  levels: ladder.levels.map((level) => ({ ...level, file: file(level.file) })),
});

/** Whether two fingerprints' files are the same, in the same order. */
export const sameFiles = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((f, i) => f === b[i]);

/** The cached ladder, when every file is as it was and was so for long enough; else undefined. */
export function readCachedLadder(
  cache: string,
  dir: string,
  fingerprint: Fingerprint,
  build: string,
): Ladder | undefined {
  // Paths are kept relative to the ladder, which may be reached from another directory next time.
  const key = resolve(dir);
  const entry = readEntry(entryPath(cache, key), key, build, dir, (file) => join(dir, file));
  if (!entry) return undefined;
  if (!sameFiles(entry.files, fingerprint.files)) return undefined;
  if (fingerprint.newest >= entry.writtenAt - TIMESTAMP_GRANULARITY_MS) return undefined;
  return entry.ladder;
}

/**
 * Saves a checked ladder, through the one writer. A ladder whose files changed a moment ago is
 * not saved: the entry could not be trusted (see TIMESTAMP_GRANULARITY_MS), and the next run
 * will save it.
 */
export function writeCachedLadder(
  cache: string,
  dir: string,
  fingerprint: Fingerprint,
  build: string,
  ladder: Ladder,
  now: number,
): void {
  if (fingerprint.newest >= now - TIMESTAMP_GRANULARITY_MS) return;
  writeEntry(cache, {
    build,
    dir: resolve(dir),
    files: fingerprint.files,
    writtenAt: now,
    ladder: withFiles(ladder, '.', (file) => relative(dir, file)),
  });
}

// A ladder folder as git holds it at some revision is a tree, which never changes: its entry
// is kept under the tree's hash, and trusted whenever it is found.
const treeKey = (tree: string) => `git-tree:${tree}`;

/**
 * The ladder of a git tree, checked before; its files are named under `prefix`, such as
 * `HEAD~1:ladder/`, whatever revision it was first read at.
 */
export function readCachedTree(
  cache: string,
  tree: string,
  build: string,
  prefix: string,
): Ladder | undefined {
  const key = treeKey(tree);
  return readEntry(entryPath(cache, key), key, build, prefix, (file) => `${prefix}${file}`)?.ladder;
}

export function writeCachedTree(
  cache: string,
  tree: string,
  build: string,
  prefix: string,
  ladder: Ladder,
): void {
  writeEntry(cache, {
    build,
    dir: treeKey(tree),
    files: [],
    writtenAt: 0,
    ladder: withFiles(ladder, '.', (file) => file.slice(prefix.length)),
  });
}

// The package's own ladder, checked by the build, ships as an entry beside the program: a
// user's first run serves it rather than loading the YAML parser and the schema validators.
// An install gives its files new times and inodes, so this entry is keyed by what they hold
// (see content-fingerprint.ts), and trusted when every one of them holds what the build read.
const SHIPPED = 'shipped';

/** The shipped entry at `path`, when this build wrote it: its ladder, and the files it is of. */
export function readShippedLadder(
  path: string,
  dir: string,
  build: string,
): { ladder: Ladder; files: string[] } | undefined {
  return readEntry(path, SHIPPED, build, dir, (file) => join(dir, file));
}

/** Writes the shipped entry: by the build, for the ladder it ships, read from `dir`. */
export function writeShippedLadder(
  path: string,
  dir: string,
  files: string[],
  build: string,
  ladder: Ladder,
): void {
  writeFileAtomic(
    path,
    entryParts({
      build,
      dir: SHIPPED,
      files,
      writtenAt: 0,
      ladder: withFiles(ladder, '.', (file) => relative(dir, file)),
    }),
    { force: true, durable: false },
  );
}
