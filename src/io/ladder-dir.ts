import { closeSync, openSync, readSync, readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { ProblemsError, UserError } from '../errors.js';
import { VERSION } from '../version.js';
import { cacheDir, fingerprint, readCachedLadder, writeCachedLadder } from './ladder-cache.js';
import { MAX_FILE_BYTES, type RawFile } from '../ladder/raw-file.js';
import type { Ladder, Problem } from '../ladder/types.js';

/** Where the ladder is: --ladder, then LADDER_DIR, then the ladder shipped with the package. */
export function chooseLadderDir(
  option: string | undefined,
  env: Record<string, string | undefined>,
  bundled: string,
  cwd: string,
): string {
  const dir = resolve(cwd, option ?? (env.LADDER_DIR || bundled));
  // Paths in messages read best relative to where the user is.
  const rel = relative(cwd, dir);
  return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? dir : rel;
}

/** Reads at most one byte more than the size limit, so a huge file is refused, not loaded. */
export function readCapped(path: string): RawFile {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw failure(error, path);
  }
  try {
    const buffer = Buffer.alloc(MAX_FILE_BYTES + 1);
    let length = 0;
    for (let n = 1; n > 0 && length < buffer.length; length += n) {
      n = readSync(fd, buffer, length, buffer.length - length, null);
    }
    return { path, bytes: buffer.subarray(0, length) };
  } catch (error) {
    throw failure(error, path);
  } finally {
    closeSync(fd);
  }
}

function failure(error: unknown, path: string): UserError {
  const code = errorCode(error);
  const reason =
    code === 'EACCES'
      ? 'permission denied'
      : code === 'EISDIR'
        ? 'is a directory'
        : (code ?? String(error));
  return new UserError(`cannot read ${path}: ${reason}`);
}

export interface LadderFiles {
  ladderFile: RawFile;
  levelFiles: RawFile[];
}

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException).code;

/** Reads ladder.yaml and levels/*.yaml of a ladder directory. */
export function readLadderFiles(dir: string): LadderFiles {
  const isDirectory = (() => {
    try {
      return statSync(dir).isDirectory();
    } catch {
      return false;
    }
  })();
  if (!isDirectory) {
    throw new UserError(
      `ladder directory not found: ${dir}`,
      1,
      'pass --ladder <dir> or set LADDER_DIR',
    );
  }
  const ladderPath = join(dir, 'ladder.yaml');
  if (!statSync(ladderPath, { throwIfNoEntry: false })) {
    throw new UserError(
      `${dir} has no ladder.yaml: not a ladder directory`,
      1,
      'a ladder directory holds ladder.yaml and levels/<id>.yaml',
    );
  }
  const levelsDir = join(dir, 'levels');
  let names: string[] = [];
  try {
    names = readdirSync(levelsDir);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw failure(error, levelsDir);
  }
  const levelPaths = names
    .filter((n) => /\.ya?ml$/i.test(n))
    .sort()
    .map((n) => join(levelsDir, n));
  return { ladderFile: readCapped(ladderPath), levelFiles: levelPaths.map(readCapped) };
}

/** Bad ladder data: the first problem, with a hint to see them all. Exit code 1. */
export class LadderDataError extends ProblemsError {
  constructor(problems: Problem[]) {
    super(
      problems,
      problems.length > 1
        ? `the ladder has ${problems.length} problems; run "ladder validate" to see them all`
        : 'run "ladder validate" to check the whole ladder',
    );
  }
}

/**
 * Reads and checks a ladder; any problem stops here, so commands only ever see a sound ladder.
 * A ladder whose files have not changed since it was last checked comes from the cache.
 */
export async function openLadder(
  dir: string,
  env: Record<string, string | undefined>,
): Promise<Ladder> {
  const cache = cacheDir(env);
  const files = cache ? fingerprint(dir) : undefined;
  if (cache && files) {
    const cached = readCachedLadder(cache, dir, files, VERSION);
    if (cached) return cached;
  }
  const raw = readLadderFiles(dir);
  // The YAML parser and the schema validators load only when the cache cannot answer.
  const { loadLadder } = await import('../lazy/parsing.js');
  const result = loadLadder(dir, raw);
  if (result.problems.length > 0 || !result.ladder) throw new LadderDataError(result.problems);
  if (cache && files) writeCachedLadder(cache, dir, files, VERSION, result.ladder);
  return result.ladder;
}
