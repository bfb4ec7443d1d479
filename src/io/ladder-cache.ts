import { mkdirSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import type { Ladder } from '../ladder/types.js';

/**
 * Parsing YAML and checking the schema costs more than the rest of `ladder show` together, and
 * grows with the ladder. A checked ladder is kept as JSON, keyed by the size, times and inode of
 * each of its files (as git's index does), and used while none of them has changed.
 */
const FORMAT = 1;

type Env = Record<string, string | undefined>;

export function cacheDir(env: Env): string | undefined {
  if (env.LADDER_NO_CACHE === '1') return undefined;
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'ladder');
}

// Synchronous file calls throughout: node:fs/promises alone takes longer to load than a cache
// hit takes to serve.

/** The files a ladder is read from, each with what changes when it is written. */
export function fingerprint(dir: string): string[] | undefined {
  try {
    let names: string[] = [];
    try {
      names = readdirSync(join(dir, 'levels'));
    } catch {
      // A ladder may have no levels yet.
    }
    const files = [
      'ladder.yaml',
      ...names
        .filter((n) => /\.ya?ml$/i.test(n))
        .sort()
        .map((n) => `levels/${n}`),
    ];
    return files.map((file) => {
      const s = statSync(join(dir, file));
      return `${file}:${s.size}:${s.mtimeMs}:${s.ctimeMs}:${s.ino}`;
    });
  } catch {
    return undefined;
  }
}

interface CacheEntry {
  format: number;
  version: string;
  dir: string;
  files: string[];
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

/** The cached ladder, when every file is as it was; otherwise undefined. */
export function readCachedLadder(
  cache: string,
  dir: string,
  files: string[],
  version: string,
): Ladder | undefined {
  try {
    const absoluteDir = resolve(dir);
    const entry = JSON.parse(readFileSync(entryPath(cache, absoluteDir), 'utf8')) as CacheEntry;
    if (entry.format !== FORMAT || entry.version !== version || entry.dir !== absoluteDir) {
      return undefined;
    }
    if (entry.files.length !== files.length || entry.files.some((f, i) => f !== files[i]))
      return undefined;
    // Paths are kept relative to the ladder, which may be reached from another directory next time.
    const { ladder } = entry;
    return {
      ...ladder,
      dir,
      levels: ladder.levels.map((level) => ({ ...level, file: join(dir, level.file) })),
    };
  } catch {
    return undefined;
  }
}

/** Saves a checked ladder; a cache that cannot be written is only a slower next start. */
export function writeCachedLadder(
  cache: string,
  dir: string,
  files: string[],
  version: string,
  ladder: Ladder,
): void {
  const absoluteDir = resolve(dir);
  const entry: CacheEntry = {
    format: FORMAT,
    version,
    dir: absoluteDir,
    files,
    ladder: {
      ...ladder,
      dir: '.',
      levels: ladder.levels.map((level) => ({ ...level, file: relative(dir, level.file) })),
    },
  };
  const target = entryPath(cache, absoluteDir);
  const temporary = `${target}.${process.pid}.tmp`;
  try {
    mkdirSync(cache, { recursive: true, mode: 0o700 });
    writeFileSync(temporary, JSON.stringify(entry), { mode: 0o600 });
    renameSync(temporary, target);
  } catch {
    // Not worth a message: the ladder was read and is shown all the same.
  }
}
