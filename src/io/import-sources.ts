import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import type { HeadingOptions } from '../ladder/pages/heading-page.js';
import { PageError, type Page } from '../ladder/pages/page.js';
import { holdsLadder, MAX_SHEET_BYTES, pagesOf } from '../ladder/pages/source-file.js';
import { MAX_FILE_BYTES } from '../ladder/raw-file.js';
import { FileError } from '../ladder/text-file.js';
import { errorCode, fsError } from './fs-errors.js';
import { readRegularFile } from './read-file.js';

/** A file named, or found in a folder named, for `ladder import`. */
export interface Source {
  path: string;
  /** Found in a folder, where a site keeps other pages (an index, an about page) beside its levels. */
  inFolder: boolean;
  /** The folder it is in under the one named, where a site keeps a folder per track. */
  folder?: string;
}

// A site's build output, its dependencies, and hidden folders are never its pages.
const SKIPPED = /^(?:_site|vendor|node_modules|\..*)$/;
const PAGE = /\.(?:md|markdown|html?|vue)$/i;

/** The pages under a folder, in its sub-folders too, each with the sub-folder it is in. */
function pagesUnder(root: string): Source[] {
  const found: Source[] = [];
  const walk = (dir: string, folder: string | undefined) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      throw fsError('read the folder', dir, error);
    }
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const path = join(dir, e.name);
      // Links are not followed: a folder linked into itself would never end.
      if (e.isDirectory() && !SKIPPED.test(e.name)) walk(path, folder ?? e.name);
      else if (e.isFile() && PAGE.test(e.name))
        found.push({ path, inFolder: true, ...(folder ? { folder } : {}) });
    }
  };
  walk(root, undefined);
  return found;
}

/** The files named: pages and sheets as they are, folders for the pages in them. */
export function sources(args: string[]): Source[] {
  return args.flatMap((arg): Source[] => {
    let info;
    try {
      info = statSync(arg);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') throw new UsageError(`no such file or folder: ${arg}`);
      throw fsError('read', arg, error);
    }
    return info.isDirectory() ? pagesUnder(arg) : [{ path: arg, inFolder: false }];
  });
}

/**
 * The pages of one source, read within its size limit: a page, or a sheet's columns. Every
 * failure names the file.
 */
export function readSource(
  { path, inFolder }: Source,
  options: HeadingOptions = {},
): Page[] | 'not a level page' {
  let bytes: Uint8Array;
  try {
    bytes = readRegularFile(path, holdsLadder(path) ? MAX_SHEET_BYTES : MAX_FILE_BYTES);
  } catch (error) {
    if (error instanceof FileError) throw new PageError(path, error.reason);
    throw error;
  }
  return pagesOf(path, bytes, inFolder, options);
}
