/** Bigger ladder files are refused: nobody writes a 1 MiB level by hand. */
export const MAX_FILE_BYTES = 1024 * 1024;

/** A ladder file read from disk, not yet decoded. */
export interface RawFile {
  path: string;
  bytes: Uint8Array;
}
