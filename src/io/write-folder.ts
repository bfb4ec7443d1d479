import { readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UserError } from '../errors.js';
import { errorCode, fsError } from './fs-errors.js';
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
 * Moves each owned entry of `staging` into `dir`, the old one aside into the staging folder.
 * If a move fails, the moves made so far are undone in reverse, so the folder is as it was.
 */
function swapInto(dir: string, staging: string, owned: string[]): void {
  const old = join(staging, '.replaced');
  makeFolder(old);
  const done: [string, string][] = [];
  const move = (from: string, to: string) => {
    renameSync(from, to);
    done.push([from, to]);
  };
  try {
    for (const entry of owned) {
      makeFolder(dirname(join(old, entry)));
      if (statSync(join(dir, entry), { throwIfNoEntry: false }))
        move(join(dir, entry), join(old, entry));
      if (statSync(join(staging, entry), { throwIfNoEntry: false }))
        move(join(staging, entry), join(dir, entry));
    }
  } catch (error) {
    for (const [from, to] of done.reverse()) renameSync(to, from);
    throw error;
  }
  syncFolder(dir);
}

/**
 * Writes a set of files into a folder as one change. Everything is written first into a
 * temporary folder beside it, through the one file writer; only then are the owned entries
 * moved into place. A failure while writing leaves the folder as it was, with no debris.
 */
export function writeFolder(dir: string, write: FolderWrite): void {
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
    swapInto(dir, staging, write.owned);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw fsError('write', dir, error);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
