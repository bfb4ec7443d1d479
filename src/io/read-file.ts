import { closeSync, fstatSync, openSync, readSync, statSync, constants } from 'node:fs';
import { UserError } from '../errors.js';
import { fsError } from './fs-errors.js';

/**
 * Reads a file the user named or a command found, as bytes. Anything that is not a regular file
 * (a FIFO, a device, a folder) is refused before it is opened, so nothing ever waits on it; a
 * file over `maxBytes` is refused without being read.
 */
export function readRegularFile(path: string, maxBytes: number): Buffer {
  let info;
  try {
    info = statSync(path);
  } catch (error) {
    throw fsError('read', path, error);
  }
  if (info.isDirectory()) throw new UserError(`cannot read ${path}: is a folder`);
  if (!info.isFile()) throw new UserError(`cannot read ${path}: not a regular file`);
  if (info.size > maxBytes)
    throw new UserError(
      `${path} is larger than ${megabytes(maxBytes)} (${info.size} bytes); refused`,
    );
  let fd: number;
  try {
    // Non-blocking, in case the path became a FIFO after it was looked at.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw fsError('read', path, error);
  }
  try {
    if (!fstatSync(fd).isFile()) throw new UserError(`cannot read ${path}: not a regular file`);
    // One byte more than allowed, so that a file that grew since is caught.
    const buffer = Buffer.allocUnsafe(Math.min(maxBytes, fstatSync(fd).size) + 1);
    let length = 0;
    for (let n = 1; n > 0 && length < buffer.length; length += n)
      n = readSync(fd, buffer, length, buffer.length - length, null);
    if (length > maxBytes)
      throw new UserError(`${path} is larger than ${megabytes(maxBytes)}; refused`);
    return buffer.subarray(0, length);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw fsError('read', path, error);
  } finally {
    closeSync(fd);
  }
}

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MiB`;

/** UTF-8 text, or a one-line error naming the file and where its text stops being UTF-8. */
export function decodeUtf8(path: string, bytes: Uint8Array): string {
  if (bytes.indexOf(0) !== -1) throw new UserError(`${path} is a binary file, not text`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const line = lenient.slice(0, lenient.indexOf('\uFFFD')).split('\n').length;
    throw new UserError(`${path}:${line}: not valid UTF-8 text`);
  }
}
