import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { UserError } from '../errors.js';
import { FileError } from '../ladder/text-file.js';
import { fsReason } from './fs-errors.js';

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MiB`;

/**
 * Reads a file the user named or a command found, as bytes. Anything that is not a regular file
 * (a FIFO, a device, a folder) is refused before anything is read from it, and nothing ever
 * waits on it; a file over `maxBytes` is refused without being read.
 */
export function readRegularFile(path: string, maxBytes: number): Buffer {
  const bytes = readUpTo(path, maxBytes);
  if (bytes.length > maxBytes)
    throw new FileError(path, `larger than ${megabytes(maxBytes)}; refused`);
  return bytes;
}

/**
 * As readRegularFile, but a file over `maxBytes` comes back cut at one byte more, for the caller
 * to report as it reports other problems. Each file is read at its own size, in four system
 * calls (open, fstat, read, close): `team` reads thousands.
 */
export function readUpTo(path: string, maxBytes: number): Buffer {
  let fd: number;
  try {
    // Non-blocking, so that opening a FIFO never waits for a writer, and never a terminal's
    // controller: what it is, is asked of the open file, before a byte is read.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch (error) {
    throw new FileError(path, fsReason(error));
  }
  try {
    const opened = fstatSync(fd);
    if (opened.isDirectory()) throw new FileError(path, 'is a folder');
    if (!opened.isFile()) throw new FileError(path, 'not a regular file');
    // One byte more than allowed, so that a larger file (or one that grew since) shows.
    const buffer = Buffer.allocUnsafe(Math.min(maxBytes, opened.size) + 1);
    // A file within the limit is read to its size; one at the limit, a byte further.
    const enough = opened.size < maxBytes ? opened.size : buffer.length;
    let length = 0;
    for (let n = 1; n > 0 && length < enough; length += n)
      n = readSync(fd, buffer, length, buffer.length - length, null);
    return buffer.subarray(0, length);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new FileError(path, fsReason(error));
  } finally {
    closeSync(fd);
  }
}
