/** About this much text is written at a time: few writes, and none of a whole large page. */
const CHUNK = 1 << 16;

/** Parts of a text joined into chunks of about 64 KiB, as they come. */
export function* inChunks(parts: Iterable<string>): Generator<string> {
  let pending: string[] = [];
  let length = 0;
  for (const part of parts) {
    pending.push(part);
    length += part.length;
    if (length < CHUNK) continue;
    yield pending.join('');
    pending = [];
    length = 0;
  }
  if (pending.length) yield pending.join('');
}
