import { readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { UserError } from '../errors.js';
import { fsError } from './fs-errors.js';
import { makeFolder, syncFolder } from './write-file.js';

// A folder write that replaces entries of a folder is several renames. Its journal, in the
// folder, says what they are before the first is made, so that a kill between two of them is
// completed by the next command that opens the folder, never left half old and half new.

/**
 * The record of a swap in progress, written into the folder before its first move: a kill
 * between the moves leaves it, and the next command that opens the folder completes the swap.
 */
export const JOURNAL = '.ladder-write.journal';

export interface Journal {
  /** The staging folder, beside the folder: what is moved in, and where the old goes. */
  staging: string;
  /** Each owned entry, whether the folder had one before, and whether the write has one. */
  entries: { name: string; old: boolean; new: boolean }[];
}

const exists = (path: string) => Boolean(statSync(path, { throwIfNoEntry: false }));

/**
 * Makes the moves a journal records, from wherever a kill stopped them: each old entry aside
 * into the staging folder, then the new one into its place. Each step is done only if it is
 * still to do, so it can run again after another kill.
 */
export function replay(dir: string, journal: Journal, afterMove?: () => void): void {
  const staging = join(dirname(dir), journal.staging);
  const old = join(staging, '.replaced');
  for (const entry of journal.entries) {
    const [inDir, aside, staged] = [
      join(dir, entry.name),
      join(old, entry.name),
      join(staging, entry.name),
    ];
    if (entry.old && !exists(aside) && exists(inDir)) {
      makeFolder(dirname(aside));
      renameSync(inDir, aside);
      afterMove?.();
    }
    if (entry.new && exists(staged)) {
      makeFolder(dirname(inDir));
      renameSync(staged, inDir);
      afterMove?.();
    }
  }
  syncFolder(dir);
}

/** Undoes what `replay` did, in reverse: after a move that failed, the folder is as it was. */
export function rollBack(dir: string, journal: Journal): void {
  const staging = join(dirname(dir), journal.staging);
  for (const entry of [...journal.entries].reverse()) {
    const [inDir, aside, staged] = [
      join(dir, entry.name),
      join(staging, '.replaced', entry.name),
      join(staging, entry.name),
    ];
    if (entry.new && !exists(staged) && exists(inDir)) renameSync(inDir, staged);
    if (entry.old && exists(aside)) renameSync(aside, inDir);
  }
}

/** A journal left in `dir`, or undefined when there is none. */
export const interruptedWrite = (dir: string): string | undefined =>
  exists(join(dir, JOURNAL)) ? join(dir, JOURNAL) : undefined;

/**
 * Completes a write into `dir` that a kill interrupted, from its journal: the folder is then
 * the new one, whole. A journal that cannot be completed is one line naming it.
 */
export function completeInterruptedWrite(dir: string): void {
  const path = interruptedWrite(dir);
  if (!path) return;
  const cannot = (why: string) =>
    new UserError(
      `a write into ${dir} was interrupted and cannot be completed: ${why}`,
      1,
      `its record is ${path}`,
    );
  let journal: Journal;
  try {
    journal = JSON.parse(readFileSync(path, 'utf8')) as Journal;
  } catch {
    throw cannot('its record is not readable');
  }
  const named = (name: unknown) =>
    typeof name === 'string' && name !== '' && !name.split(/[\\/]/).includes('..');
  if (
    !named(journal?.staging) ||
    journal.staging.includes('/') ||
    !Array.isArray(journal.entries) ||
    !journal.entries.every((e) => named(e?.name))
  )
    throw cannot('its record is not one ladder wrote');
  const staging = join(dirname(dir), journal.staging);
  if (!exists(staging)) throw cannot(`the files it was writing are gone (${staging})`);
  try {
    replay(dir, journal);
  } catch (error) {
    throw cannot(fsError('move', dir, error).message);
  }
  rmSync(path);
  rmSync(staging, { recursive: true, force: true });
  syncFolder(dir);
}
