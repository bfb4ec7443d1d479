import { closeSync, openSync, writeSync } from 'node:fs';
import { UserError } from '../errors.js';

/** Writes all of `text`: one writeSync may write less than it is given. */
export function writeAll(fd: number, text: string): void {
  const buffer = Buffer.from(text);
  for (let done = 0; done < buffer.length;) done += writeSync(fd, buffer, done);
}

/**
 * Writes a file the user asked for, never over an existing one unless `force`; a full disk or
 * a folder that cannot be written is a one-line error.
 */
export function writeNewFile(path: string, text: string, force: boolean, mode = 0o644): void {
  let fd: number;
  try {
    fd = openSync(path, force ? 'w' : 'wx', mode);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST')
      throw new UserError(`${path} already exists`, 1, 'pass --force to overwrite it');
    throw new UserError(`cannot write ${path}: ${code}`);
  }
  try {
    const buffer = Buffer.from(text);
    for (let done = 0; done < buffer.length;) done += writeSync(fd, buffer, done);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(`cannot write ${path}: ${code === 'ENOSPC' ? 'the disk is full' : code}`);
  } finally {
    closeSync(fd);
  }
}
