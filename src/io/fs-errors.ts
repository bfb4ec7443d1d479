import { UserError } from '../errors.js';

/** What each Node error code means, in words: the one map, so no raw code reaches the user. */
const REASONS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a folder',
  ENOTDIR: 'a part of the path is a file, not a folder',
  ENOTEMPTY: 'the folder is not empty',
  EEXIST: 'already exists',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EFBIG: 'the file is too large',
  ENAMETOOLONG: 'the name is too long',
  ELOOP: 'too many symbolic links',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
  EBUSY: 'the file is busy',
  ETXTBSY: 'the file is busy',
  EIO: 'an input/output error',
  EINVAL: 'not a valid name here',
  EXDEV: 'it is on another file system',
  ENXIO: 'no such device',
  EAGAIN: 'it would block',
};

export const errorCode = (error: unknown): string | undefined =>
  (error as NodeJS.ErrnoException | null)?.code;

/** The reason a file call failed, in words. */
export function fsReason(error: unknown): string {
  const code = errorCode(error);
  return (code && REASONS[code]) ?? code ?? String((error as Error)?.message ?? error);
}

/** "cannot read x: permission denied", as a UserError (exit 1) with an optional hint. */
export function fsError(action: string, path: string, error: unknown, hint?: string): UserError {
  return new UserError(`cannot ${action} ${path}: ${fsReason(error)}`, 1, hint);
}
