import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import { PageError, type Page } from '../ladder/pages/page.js';
import { isSheet, MAX_SHEET_BYTES, pagesOf } from '../ladder/pages/source-file.js';
import { MAX_FILE_BYTES } from '../ladder/raw-file.js';
import { FileError } from '../ladder/text-file.js';
import { errorCode, fsError } from './fs-errors.js';
import { readRegularFile } from './read-file.js';

/** A file named, or found in a folder named, for `ladder import`. */
export interface Source {
  path: string;
  /** Found in a folder, where a site keeps other pages (an index, an about page) beside its levels. */
  inFolder: boolean;
}

/** The files named: pages and sheets as they are, folders for their *.md pages. */
export function sources(args: string[]): Source[] {
  return args.flatMap((arg): Source[] => {
    let info;
    try {
      info = statSync(arg);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') throw new UsageError(`no such file or folder: ${arg}`);
      throw fsError('read', arg, error);
    }
    if (!info.isDirectory()) return [{ path: arg, inFolder: false }];
    try {
      return readdirSync(arg)
        .filter((n) => /\.(?:md|markdown)$/i.test(n))
        .sort()
        .map((n) => ({ path: join(arg, n), inFolder: true }));
    } catch (error) {
      throw fsError('read the folder', arg, error);
    }
  });
}

/**
 * The pages of one source, read within its size limit: a page, or a sheet's columns. Every
 * failure names the file.
 */
export function readSource({ path, inFolder }: Source): Page[] | 'not a level page' {
  let bytes: Uint8Array;
  try {
    bytes = readRegularFile(path, isSheet(path) ? MAX_SHEET_BYTES : MAX_FILE_BYTES);
  } catch (error) {
    if (error instanceof FileError) throw new PageError(path, error.reason);
    throw error;
  }
  return pagesOf(path, bytes, inFolder);
}
