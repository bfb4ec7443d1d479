/** Bigger ladder files are refused: nobody writes a 1 MiB level by hand. */
export const MAX_FILE_BYTES = 1024 * 1024;

/** A level file's name without its folder and extension: the id its level must have. */
export const fileIdOf = (path: string): string =>
  path.replace(/^.*[\\/]/, '').replace(/\.ya?ml$/i, '');

/** A ladder file read from disk, not yet decoded. */
export interface RawFile {
  path: string;
  bytes: Uint8Array;
  /** The whole file's size, when only its start was read (or none of it): it is over the limit. */
  size?: number;
}

/** A ladder file to be read when its turn comes, so that a large ladder is never all in memory. */
export interface LazyFile {
  path: string;
  read: () => RawFile;
}

export interface LadderFiles {
  ladderFile: RawFile;
  levelFiles: LazyFile[];
}

/** Files already in memory, as lazy ones. */
export const inMemory = (file: RawFile): LazyFile => ({ path: file.path, read: () => file });
