import { UserError } from '../errors.js';

/** A file that cannot be read, and why in words: "cannot read x: not a regular file". */
export class FileError extends UserError {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`cannot read ${path}: ${reason}`);
  }
}

/** UTF-8 text, or a one-line error naming the file and the line where it stops being UTF-8. */
export function decodeUtf8(path: string, bytes: Uint8Array): string {
  if (bytes.indexOf(0) !== -1) throw new FileError(path, 'a binary file, not text');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const line = lenient.slice(0, lenient.indexOf('\uFFFD')).split('\n').length;
    throw new FileError(path, `not valid UTF-8 text (line ${line})`);
  }
}
