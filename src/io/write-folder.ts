import { readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UserError } from '../errors.js';
import { errorCode, fsError } from './fs-errors.js';
import {
  completeInterruptedWrite,
  JOURNAL,
  replay,
  rollBack,
  type Journal,
} from './folder-journal.js';
import { makeFolder, randomSuffix, syncFolder, writeFileAtomic } from './write-file.js';

export interface FolderWrite {
  /** File contents by path relative to the folder. */
  files: Record<string, string>;
  /**
   * The entries of the folder (files or folders) that this write owns: each is replaced as a
   * whole, so a file in an owned folder that the new set lacks is gone afterwards. Any other
   * entry of the folder is left alone.
   */
  owned: string[];
  /** Write into a folder that is not empty. */
  force?: boolean;
  /** Runs after each move into place; tests copy the folder there to see what a kill leaves. */
  afterMove?: () => void;
}

/** The entries of a folder, or none when it does not exist; a file in the way is refused. */
function entriesOf(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return [];
    if (errorCode(error) === 'ENOTDIR') throw new UserError(`${dir} is a file, not a folder`);
    throw fsError('read the folder', dir, error);
  }
}

/** The one rule for writing into a folder: it must be new or empty, unless --force. */
export function checkFolderWritable(dir: string, force: boolean): void {
  if (entriesOf(dir).length > 0 && !force) {
    throw new UserError(`${dir} is not empty`, 1, 'pass --force to write into it anyway');
  }
}

/**
 * Moves each owned entry of `staging` into `dir`, the old one aside into the staging folder,
 * with a journal in `dir` while the moves are made. A move that fails is undone with the ones
 * before it; a kill leaves the journal for `completeInterruptedWrite`.
 */
function swapInto(dir: string, staging: string, { owned, afterMove }: FolderWrite): void {
  const journal: Journal = {
    staging: basename(staging),
    entries: owned.map((name) => ({
      name,
      old: statSync(join(dir, name), { throwIfNoEntry: false }) !== undefined,
      new: statSync(join(staging, name), { throwIfNoEntry: false }) !== undefined,
    })),
  };
  const journalPath = join(dir, JOURNAL);
  writeFileAtomic(journalPath, `${JSON.stringify(journal)}\n`, { force: true });
  try {
    replay(dir, journal, afterMove);
  } catch (error) {
    rollBack(dir, journal);
    rmSync(journalPath, { force: true });
    throw error;
  }
  rmSync(journalPath);
  syncFolder(dir);
}

/**
 * Writes a set of files into a folder as one change. Everything is written first into a
 * temporary folder beside it, through the one file writer; only then are the owned entries
 * moved into place. A failure while writing leaves the folder as it was, with no debris.
 */
export function writeFolder(dir: string, write: FolderWrite): void {
  completeInterruptedWrite(dir);
  checkFolderWritable(dir, Boolean(write.force));
  const parent = dirname(dir);
  makeFolder(parent);
  const staging = join(parent, `.${basename(dir)}.${randomSuffix()}.tmp`);
  try {
    makeFolder(staging);
    for (const [name, text] of Object.entries(write.files)) {
      makeFolder(dirname(join(staging, name)));
      // Not flushed one by one: what a folder write holds can be made again from its source.
      writeFileAtomic(join(staging, name), text, { durable: false });
    }
    if (entriesOf(dir).length === 0) {
      // A new or empty folder: the staging folder becomes it, in one rename.
      if (statSync(dir, { throwIfNoEntry: false })) rmSync(dir, { recursive: true });
      renameSync(staging, dir);
      syncFolder(parent);
      return;
    }
    swapInto(dir, staging, write);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw fsError('write', dir, error);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
