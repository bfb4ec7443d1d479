import { chmodSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { UserError } from '../errors.js';
import type { Assessment, StoredAssessment } from '../ladder/assessment.js';
import { assessmentProblem, knowsAssessmentFormat } from '../ladder/store-schemas.js';
import { errorCode, fsError, fsReason } from './fs-errors.js';
import { decodeUtf8, FileError } from '../ladder/text-file.js';
import { withLock } from './lock.js';
import { readRegularFile } from './read-file.js';
import { AlreadyExists, removeDebris, writeFileAtomic, type WriteOptions } from './write-file.js';
import { compareText } from '../ladder/words.js';
import type { Store } from './store-location.js';

/** No assessment or evidence a person types is anywhere near this; a bigger file is not one. */
const MAX_STORE_FILE_BYTES = 4 * 1024 * 1024;

/** The newest file format this version writes; anything newer is refused, never misread. */
const FORMAT = 2;

/**
 * How an outcome names the assessments it settles: by file name when they are in the store
 * beside it, so that the store can move or be reached from anywhere; else by absolute path.
 */
export function storeReference(store: Store, path: string): string {
  return resolve(dirname(path)) === resolve(store.assessments) ? basename(path) : resolve(path);
}

/** The file a store reference names. */
export const fromStoreReference = (store: Store, reference: string): string =>
  isAbsolute(reference) ? reference : join(store.assessments, reference);

/**
 * A store folder ready for a write. A store holds personal notes: its folders are the owner's
 * alone (0700). What a killed writer left in it is removed.
 */
export function prepareStoreFolder(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    chmodSync(dir, 0o700);
    removeDebris(dir);
  } catch (error) {
    const hint =
      'pass --store <dir> or set LADDER_STORE (or XDG_DATA_HOME) to a folder you can write';
    if (errorCode(error) === 'EEXIST')
      throw new UserError(`${dir} is a file, not a folder`, 1, hint);
    throw fsError('create', dir, error, hint);
  }
}

/** A file of the store that is not what it should be: one line that names it. */
export class BadStoreFile extends UserError {
  constructor(
    readonly path: string,
    readonly reason: string,
    readonly what = 'assessment',
  ) {
    super(`${path} is not a readable ${what}: ${reason}`);
  }
}

/** A store file, read whole and parsed as JSON; anything wrong with it is a BadStoreFile. */
export function readStoreJson(path: string, what: string): unknown {
  let text: string;
  try {
    text = decodeUtf8(path, readRegularFile(path, MAX_STORE_FILE_BYTES));
  } catch (error) {
    if (error instanceof FileError) throw new BadStoreFile(path, error.reason, what);
    throw error;
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new BadStoreFile(path, 'not JSON', what);
  }
}

/** Every file of a store folder, read with `read`; those that cannot be are named with why. */
export function readStoreFolder<T>(
  dir: string,
  read: (path: string) => T,
): { found: { path: string; value: T }[]; skipped: BadStoreFile[] } {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    // No folder yet, or no store at all: nothing saved. Saving says why it cannot.
    if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR')
      return { found: [], skipped: [] };
    throw fsError('read the folder', dir, error);
  }
  const found: { path: string; value: T }[] = [];
  const skipped: BadStoreFile[] = [];
  for (const name of names.filter((n) => n.endsWith('.json') && !n.startsWith('.')).sort()) {
    const path = join(dir, name);
    try {
      found.push({ path, value: read(path) });
    } catch (error) {
      if (!(error instanceof BadStoreFile)) throw error;
      skipped.push(error);
    }
  }
  return { found, skipped };
}

/** A format-1 assessment as format 2: a self-assessment by someone the file does not name. */
function fromFormat1(value: Record<string, unknown>): Assessment {
  return {
    format: 2,
    level: value.level as Assessment['level'],
    subject: null,
    assessor: null,
    role: 'self',
    startedAt: value.startedAt as string,
    updatedAt: value.updatedAt as string,
    complete: value.complete as boolean,
    years: (value.years as number | null | undefined) ?? null,
    yearsGuideline: (value.yearsGuideline as string | null | undefined) ?? null,
    items: value.items as Assessment['items'],
    retired: (value.retired as Assessment['retired'] | undefined) ?? [],
  };
}

/**
 * Reads and checks one assessment file, whatever is in it: each format is checked against its
 * own JSON Schema, and a format newer than this version knows is refused, never misread.
 */
export function readAssessment(path: string): Assessment {
  const value = readStoreJson(path, 'assessment');
  const format = (value as { format?: unknown } | null)?.format;
  if (typeof format === 'number' && format > FORMAT)
    throw new BadStoreFile(
      path,
      `written by a newer ladder (format ${format}); update ladder to read it`,
    );
  if (typeof format !== 'number' || !knowsAssessmentFormat(format))
    throw new BadStoreFile(path, 'no assessment format it knows');
  const problem = assessmentProblem(format, value);
  if (problem !== undefined) throw new BadStoreFile(path, problem);
  const assessment =
    format === 1 ? fromFormat1(value as Record<string, unknown>) : (value as Assessment);
  if (assessment.progress && assessment.progress.item >= Math.max(1, assessment.items.length))
    throw new BadStoreFile(path, 'progress: points past the last item');
  return assessment;
}

/** Every readable assessment in the store, oldest first; the others are named with why. */
export function listAssessments(store: Store): {
  found: StoredAssessment[];
  skipped: BadStoreFile[];
} {
  const { found, skipped } = readStoreFolder(store.assessments, readAssessment);
  return {
    found: found
      .map(({ path, value }) => ({ path, assessment: value }))
      .sort(
        (a, b) =>
          compareText(a.assessment.startedAt, b.assessment.startedAt) ||
          compareText(a.path, b.path),
      ),
    skipped,
  };
}

const json = (assessment: Assessment) => `${JSON.stringify(assessment, null, 2)}\n`;

/**
 * Saves an assessment over its file, atomically, through the one writer: a kill at any moment
 * leaves the old file or the new. `beforeRename` is for tests.
 */
export function saveAssessment(
  path: string,
  assessment: Assessment,
  hooks: Pick<WriteOptions, 'beforeRename'> = {},
): void {
  prepareStoreFolder(dirname(path));
  writeFileAtomic(path, json(assessment), { ...hooks, force: true, mode: 0o600 });
}

/**
 * Saves a new assessment in a file of its own, named by who it is about, the level, the role and
 * the start time: `alice-martin.director.manager.20261126T100000Z.json`. The file comes into
 * being with its first answer in it, so there is never an empty one. A second session started
 * in the same second gets `…Z-2.json`: the name is taken by creating the file, so two never
 * share one, and the same answers at the same time give the same name.
 */
export function saveNewAssessment(store: Store, assessment: Assessment): string {
  prepareStoreFolder(store.assessments);
  const stamp = assessment.startedAt.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  const who = fileLabel(assessment.subject?.id ?? 'me');
  const base = `${who}.${fileLabel(assessment.level.id)}.${assessment.role}.${stamp}`;
  for (let n = 1; ; n++) {
    const path = join(store.assessments, `${base}${n > 1 ? `-${n}` : ''}.json`);
    try {
      writeFileAtomic(path, json(assessment), { mode: 0o600 });
      return path;
    } catch (error) {
      if (n < 1000 && error instanceof AlreadyExists) continue;
      throw error;
    }
  }
}

/**
 * An id as a part of a file name, cut to 64 characters: a name holds at most 255 bytes, and an
 * id may be 200. The file is still unique (it is created exclusively, the next name if taken),
 * and the full id is in the file, which is all that any reader goes by.
 */
export const fileLabel = (id: string): string => id.slice(0, 64).replace(/-+$/, '');

/** Deletes a file of the store; a file already gone is a one-line error, like any other. */
export function removeStoreFile(path: string): void {
  try {
    rmSync(path);
  } catch (error) {
    throw new UserError(`cannot delete ${path}: ${fsReason(error)}`);
  }
}

/**
 * Runs `use` holding the lock of a store folder, which guards the ids given out across its
 * files (action ids, evidence ids): read the ids taken and save the new file inside `use`.
 */
export function withFolderLock<T>(folder: string, use: () => T): T {
  prepareStoreFolder(folder);
  return withLock(join(folder, 'ids.lock'), use);
}

/**
 * Changes one store file under its own lock: `change` is given the file as it is now, not as
 * it was read before, so two writers at once both keep their change.
 */
export function updateStoreFile<T>(
  path: string,
  read: (path: string) => T,
  change: (value: T) => T,
  save: (path: string, value: T) => void,
): T {
  return withLock(`${path}.lock`, () => {
    const changed = change(read(path));
    save(path, changed);
    return changed;
  });
}

/** An assessment changed under its lock, from what the file holds now. */
export const updateAssessment = (path: string, change: (a: Assessment) => Assessment): Assessment =>
  updateStoreFile(path, readAssessment, change, (p, a) => saveAssessment(p, a));
