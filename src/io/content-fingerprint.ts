import { basename } from 'node:path';
import type { LadderFiles } from '../ladder/raw-file.js';

/** The names of a ladder's files as its fingerprints give them: `ladder.yaml`, `levels/<name>`. */
export const fileNames = (raw: LadderFiles): string[] => [
  'ladder.yaml',
  ...raw.levelFiles.map((f) => `levels/${basename(f.path)}`),
];

/**
 * 64 bits of a file's bytes, as two 32-bit FNV-1a hashes from different offsets, in hex. Not a
 * cryptographic hash, and not meant as one: whoever can write the package's ladder can write
 * its program. node:crypto would load node:stream with it, on a start that needs neither.
 */
function hash64(bytes: Uint8Array): string {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < bytes.length; i++) {
    a = Math.imul(a ^ bytes[i]!, 0x01000193);
    b = Math.imul(b ^ bytes[i]!, 0x01000193) ^ (b >>> 15);
  }
  return `${(a >>> 0).toString(16).padStart(8, '0')}${(b >>> 0).toString(16).padStart(8, '0')}`;
}

/**
 * A ladder's files by name, size and content, as the entry shipped for the package's own
 * ladder keeps them: an install gives the files new times and inodes, never new bytes.
 */
export function contentOf(raw: LadderFiles): string[] {
  const names = fileNames(raw);
  return [raw.ladderFile, ...raw.levelFiles.map((f) => f.read())].map(
    ({ bytes }, i) => `${names[i]}:${bytes.length}:${hash64(bytes)}`,
  );
}
