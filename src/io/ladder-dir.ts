import { readdirSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { ProblemsError, UserError, type Problem } from '../errors.js';
import { BUILD_ID } from '../version.js';
import { errorCode, fsError } from './fs-errors.js';
import {
  cacheDir,
  fingerprint,
  readCachedLadder,
  readShippedLadder,
  sameFiles,
  writeCachedLadder,
} from './ladder-cache.js';
import { contentOf, fileNames } from './content-fingerprint.js';
import { completeInterruptedWrite } from './folder-journal.js';
import { readUpTo } from './read-file.js';
import { MAX_FILE_BYTES, type LadderFiles, type RawFile } from '../ladder/raw-file.js';
import type { Ladder } from '../ladder/types.js';

type Env = Record<string, string | undefined>;

/**
 * The ladder of the git repository `cwd` is in: `ladder.yaml` at its top, else
 * `ladder/ladder.yaml`. Found by looking for `.git` up from `cwd`, without starting git: a
 * start cannot afford it.
 */
export function repositoryLadder(cwd: string): string | undefined {
  const top = repositoryTop(cwd);
  for (const at of top ? [top, join(top, 'ladder')] : [])
    if (statSync(join(at, 'ladder.yaml'), { throwIfNoEntry: false })?.isFile()) return at;
  return undefined;
}

/** The top folder of the git repository `dir` is in: the nearest one up that holds `.git`. */
export function repositoryTop(dir: string): string | undefined {
  for (let at = resolve(dir); ; at = dirname(at)) {
    if (statSync(join(at, '.git'), { throwIfNoEntry: false })) return at;
    if (dirname(at) === at) return undefined;
  }
}

/**
 * Where the ladder is: --ladder, then LADDER_DIR, then the ladder of the git repository you
 * are in, then the ladder shipped with the package.
 */
export function chooseLadderDir(
  option: string | undefined,
  env: Record<string, string | undefined>,
  bundled: string,
  cwd: string,
): string {
  const dir = resolve(cwd, option ?? (env.LADDER_DIR || repositoryLadder(cwd) || bundled));
  // Paths in messages read best relative to where the user is.
  const rel = relative(cwd, dir);
  return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? dir : rel;
}

/**
 * A ladder file, cut at one byte over the limit: parsing reports a larger one as a problem,
 * with its real size.
 */
function readCapped(path: string): RawFile {
  const bytes = readUpTo(path, MAX_FILE_BYTES);
  return bytes.length > MAX_FILE_BYTES
    ? { path, bytes, size: statSync(path, { throwIfNoEntry: false })?.size ?? bytes.length }
    : { path, bytes };
}

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
    if (errorCode(error) !== 'ENOENT') throw fsError('read the folder', levelsDir, error);
  }
  const levelPaths = names
    .filter((n) => /\.ya?ml$/i.test(n))
    .sort()
    .map((n) => join(levelsDir, n));
  return {
    ladderFile: readCapped(ladderPath),
    levelFiles: levelPaths.map((path) => ({ path, read: () => readCapped(path) })),
  };
}

/**
 * Bad ladder data: the first problem, with a hint to see them all that names the folder, so
 * that pasted it checks the ladder that failed (not the shipped one). Exit code 1.
 */
export class LadderDataError extends ProblemsError {
  constructor(problems: Problem[], validate: string) {
    super(
      problems,
      problems.length > 1
        ? `the ladder has ${problems.length} problems; see them all with: ${validate}`
        : `check the whole ladder with: ${validate}`,
    );
  }
}

/** The ladder as it was last checked, when none of its files has changed since. */
export function cachedLadder(dir: string, env: Env): Ladder | undefined {
  const cache = cacheDir(env);
  const files = cache && fingerprint(dir);
  return cache && files ? readCachedLadder(cache, dir, files, BUILD_ID) : undefined;
}

/** Keeps a ladder that checked clean, for the next command. */
export function rememberLadder(dir: string, env: Env, ladder: Ladder, now = Date.now()): void {
  const cache = cacheDir(env);
  const files = cache && fingerprint(dir);
  if (cache && files) writeCachedLadder(cache, dir, files, BUILD_ID, ladder, now);
}

/** The entry of the package's own ladder, checked by its build: see readShippedLadder. */
export const shippedEntry = (packageDir: string): string =>
  join(packageDir, 'dist', 'ladder.cache');

/**
 * The ladder of the entry the package shipped at `path`, when this build wrote it and the
 * folder's files hold what the build read (checked by name first, without reading them).
 */
function shippedLadder(path: string, dir: string, raw: LadderFiles): Ladder | undefined {
  const entry = readShippedLadder(path, dir, BUILD_ID);
  if (!entry) return undefined;
  const names = entry.files.map((f) => f.slice(0, f.indexOf(':')));
  if (!sameFiles(fileNames(raw), names) || !sameFiles(contentOf(raw), entry.files))
    return undefined;
  try {
    // Read whole now: a damaged part of it is a miss, never an error on every first run of an
    // install that cannot remove it.
    return { ...entry.ladder, levels: entry.ladder.levels.map((level) => ({ ...level })) };
  } catch {
    return undefined;
  }
}

export interface OpenOptions {
  /** The real time, for the cache; tests move it on. */
  now?: () => number;
  /** The entry the package shipped for its own ladder (`shippedEntry`); LADDER_NO_CACHE skips it. */
  shipped?: string;
}

/**
 * Reads and checks a ladder; any problem stops here, so commands only ever see a sound ladder.
 * A ladder whose files have not changed since it was last checked comes from the cache; the
 * package's own, on a first run, from the entry its build shipped.
 */
export async function openLadder(
  dir: string,
  env: Env,
  { now = Date.now, shipped }: OpenOptions = {},
): Promise<Ladder> {
  completeInterruptedWrite(dir);
  const cached = cachedLadder(dir, env);
  if (cached) return cached;
  const raw = readLadderFiles(dir);
  const checked = shipped && env.LADDER_NO_CACHE !== '1' && shippedLadder(shipped, dir, raw);
  if (checked) {
    rememberLadder(dir, env, checked, now());
    return checked;
  }
  // The YAML parser and the schema validators load only when the cache cannot answer.
  const { loadLadder } = await import('../ladder/parsing.js');
  const result = loadLadder(dir, raw);
  if (result.problems.length > 0 || !result.ladder) {
    // Quoting a command loads shell-quote, which no start should pay for.
    const { ladderCommand } = await import('../render/command-line.js');
    throw new LadderDataError(result.problems, ladderCommand('validate', '--ladder', dir));
  }
  rememberLadder(dir, env, result.ladder, now());
  return result.ladder;
}
