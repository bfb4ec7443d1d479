import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, mkdirSync, openSync, readFileSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { UserError } from '../errors.js';
import { STATUSES, type Assessment, type StoredAssessment } from '../ladder/assessment.js';
import { fsReason } from './fs-errors.js';
import { writeFileAtomic, type WriteOptions } from './write-file.js';

type Env = Record<string, string | undefined>;

/** $XDG_DATA_HOME/ladder/assessments, or ~/.local/share/ladder/assessments. */
export function assessmentsDir(env: Env): string {
  return join(env.XDG_DATA_HOME || join(homedir(), '.local', 'share'), 'ladder', 'assessments');
}

/** A self-assessment is personal: the folder is the owner's alone (0700). */
function ensureDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    chmodSync(dir, 0o700);
  } catch (error) {
    throw new UserError(
      `cannot create ${dir}: ${fsReason(error)}`,
      1,
      'set XDG_DATA_HOME to a folder you can write',
    );
  }
}

/**
 * Writes the assessment through the one writer, atomically: a kill at any moment leaves the old
 * file or the new, never a torn one. The file is 0600; `beforeRename` is for tests.
 */
export function saveAssessment(
  path: string,
  assessment: Assessment,
  hooks: Pick<WriteOptions, 'beforeRename'> = {},
): void {
  ensureDir(dirname(path));
  writeFileAtomic(path, `${JSON.stringify(assessment, null, 2)}\n`, {
    ...hooks,
    force: true,
    mode: 0o600,
  });
}

/**
 * A new file for an assessment of `levelId`, named by the level and the start time. It is
 * created at once, exclusively, so two sessions started in the same second never share one.
 */
export function createAssessmentFile(dir: string, levelId: string, startedAt: string): string {
  ensureDir(dir);
  const stamp = startedAt.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  for (;;) {
    const path = join(dir, `${levelId}-${stamp}-${randomBytes(2).toString('hex')}.json`);
    try {
      closeSync(openSync(path, 'wx', 0o600));
      return path;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST')
        throw new UserError(`cannot create a file in ${dir}: ${fsReason(error)}`);
    }
  }
}

function isAssessment(value: unknown): value is Assessment {
  const a = value as Assessment;
  return (
    typeof a === 'object' &&
    a !== null &&
    a.format === 1 &&
    typeof a.level?.id === 'string' &&
    typeof a.startedAt === 'string' &&
    Array.isArray(a.items) &&
    a.items.every(
      (i) =>
        typeof i.text === 'string' &&
        typeof i.section === 'string' &&
        (i.status === null || STATUSES.includes(i.status)),
    )
  );
}

export function loadAssessment(path: string): Assessment {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(`cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : code}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new UserError(`${path} is not an assessment file (not JSON)`);
  }
  if (!isAssessment(value)) throw new UserError(`${path} is not an assessment file`);
  return {
    ...value,
    retired: value.retired ?? [],
    years: value.years ?? null,
    yearsGuideline: value.yearsGuideline ?? null,
  };
}

/** Every readable assessment, oldest first. Unreadable files are skipped, named in `skipped`. */
export function listAssessments(dir: string): { found: StoredAssessment[]; skipped: string[] } {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return { found: [], skipped: [] };
  }
  const found: StoredAssessment[] = [];
  const skipped: string[] = [];
  for (const name of names.filter((n) => n.endsWith('.json') && !n.startsWith('.')).sort()) {
    const path = join(dir, name);
    try {
      found.push({ path, assessment: loadAssessment(path) });
    } catch {
      skipped.push(path);
    }
  }
  found.sort((a, b) => a.assessment.startedAt.localeCompare(b.assessment.startedAt));
  return { found, skipped };
}
