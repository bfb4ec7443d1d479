import { unzipSync } from 'fflate';

/**
 * The entries of a zip file (an .xlsx or .ods workbook) that `wanted` names, unpacked, or why
 * they cannot be. An entry larger than `limit` unpacked is refused before it is unpacked:
 * fflate writes into a buffer of the size the entry declares, so a lying entry stops there too.
 * (A wrapper loaded on first call exports functions only: the problem is returned, not thrown.)
 */
export function unzipEntries(
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
  limit: number,
): { entries: Record<string, Uint8Array> } | { problem: string } {
  const tooLarge: string[] = [];
  let entries;
  try {
    entries = unzipSync(bytes, {
      filter: (file) => {
        if (!wanted(file.name)) return false;
        if (file.originalSize <= limit) return true;
        tooLarge.push(file.name);
        return false;
      },
    });
  } catch (error) {
    return { problem: `not a readable zip file (${(error as Error).message})` };
  }
  if (tooLarge.length)
    return { problem: `${tooLarge[0]} is over ${Math.round(limit / 2 ** 20)} MB unpacked` };
  return { entries };
}
