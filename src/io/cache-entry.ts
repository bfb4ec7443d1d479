import { closeSync, fstatSync, openSync, readSync, unlinkSync, type Stats } from 'node:fs';
import { UserError } from '../errors.js';
import type { Ladder, Level } from '../ladder/types.js';

// A cache entry as a file: each level's sections (and where they are in its file, for lint) as
// JSON, one after another, then a header (JSON: the entry with every level but those, each
// level saying where they are), then a last line saying where the header starts. A command
// reads the header, and the sections of only the levels it looks at: a warm `show` of a ladder
// of 50,000 levels parses one level's sections, not 100 MB of them.

/** The last line: the format's name and where the header starts, as 16 digits. */
const TRAILER = /\nladder-cache-2 (\d{16})\n$/;
const TRAILER_BYTES = '\nladder-cache-2 \n'.length + 16;

/** What of a level is read only when looked at. */
type Body = Pick<Level, 'sections' | 'lines'>;

/** Where a level's body is in the file, kept in the header in place of it. */
interface Stored {
  at: number;
  size: number;
}

/** A level as its entry's header holds it, once checked: all but its body, and where that is. */
export type StoredLevel = Record<string, unknown> & Stored & { file: string };

/** The entry's parts, in the order they are written: one level's body at a time. */
export function* entryParts<E extends { ladder: Ladder }>(entry: E): Generator<string> {
  const places: Stored[] = [];
  let at = 0;
  for (const { sections, lines } of entry.ladder.levels) {
    const text = JSON.stringify({ sections, lines });
    const size = Buffer.byteLength(text);
    places.push({ at, size });
    at += size;
    yield text;
  }
  const levels = entry.ladder.levels.map((level, i) => ({
    ...withoutBody(level),
    ...places[i],
  }));
  yield JSON.stringify({ ...entry, ladder: { ...entry.ladder, levels } });
  yield `\nladder-cache-2 ${String(at).padStart(16, '0')}\n`;
}

const withoutBody = ({ sections: _, lines: __, ...level }: Level) => level;

/** What `readHeader` found: the header, unchecked, and how to read a level's body. */
export interface Header {
  value: unknown;
  /** A level's body, from where the header says it is; checked by `check`. */
  body: (stored: Stored) => Body;
}

/** The same file, unchanged: an entry replaced since its header was read is another file. */
const same = (a: Stats, b: Stats) =>
  a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs;

function readAt(fd: number, at: number, size: number): Buffer {
  const bytes = Buffer.alloc(size);
  for (let done = 0; done < size;) {
    const n = readSync(fd, bytes, done, size - done, at + done);
    if (n === 0) break;
    done += n;
  }
  return bytes;
}

/**
 * An entry's header, when the file is one of this format; a level's sections are read from the
 * file when asked for and checked by `check`. A file of another shape, however it came there,
 * is a miss; a level's sections that turn out damaged, or a file replaced since, is a one-line
 * error, and the entry is removed so that the next run reads the ladder afresh.
 */
export function readHeader(
  path: string,
  check: (body: unknown) => body is Body,
): Header | undefined {
  const fd = openSync(path, 'r');
  let stat: Stats;
  let value: unknown;
  try {
    stat = fstatSync(fd);
    if (stat.size < TRAILER_BYTES) return undefined;
    const end = TRAILER.exec(readAt(fd, stat.size - TRAILER_BYTES, TRAILER_BYTES).toString());
    const start = Number(end?.[1] ?? NaN);
    if (!(start >= 0 && start < stat.size - TRAILER_BYTES)) return undefined;
    value = JSON.parse(readAt(fd, start, stat.size - TRAILER_BYTES - start).toString());
  } finally {
    closeSync(fd);
  }
  const damaged = (why: string): never => {
    try {
      unlinkSync(path);
    } catch {
      // Gone already: the next run reads the ladder afresh all the same.
    }
    throw new UserError(`the ladder cache ${why}; it is removed: run the command again`);
  };
  return {
    value,
    body({ at, size }) {
      const fd = openSync(path, 'r');
      let parsed: unknown;
      try {
        if (!same(fstatSync(fd), stat)) return damaged('changed while it was read');
        parsed = JSON.parse(readAt(fd, at, size).toString());
      } catch (error) {
        if (error instanceof UserError) throw error;
        return damaged('is damaged');
      } finally {
        closeSync(fd);
      }
      return check(parsed) ? parsed : damaged('is damaged');
    },
  };
}

interface Place extends Stored {
  read: Header['body'];
}

/** Where each lazy level's body is. */
const places = new WeakMap<object, Place>();

/**
 * The bodies read last, the most recent last: a command that goes through every level (an
 * export, a search) holds a few of them at a time, not all; one looked at again after so many
 * others is read again.
 */
const recent = new Map<Place, Body>();
const RECENT = 256;

function bodyOf(level: object): Body {
  const place = places.get(level)!;
  let body = recent.get(place);
  if (body) recent.delete(place);
  else body = place.read(place);
  recent.set(place, body);
  if (recent.size > RECENT) recent.delete(recent.keys().next().value!);
  return body;
}

// One getter for every level (not a closure for each: a ladder of 50,000 levels would hold
// 100,000 of them). A value set replaces the getter, and so is never dropped.
const field = (key: keyof Body): PropertyDescriptor => ({
  enumerable: true,
  configurable: true,
  get(this: object) {
    return bodyOf(this)[key];
  },
  set(this: object, value: unknown) {
    Object.defineProperty(this, key, {
      value,
      enumerable: true,
      configurable: true,
      writable: true,
    });
  },
});
const FIELDS = { sections: field('sections'), lines: field('lines') };

/**
 * A level whose body is read from the entry when it is looked at; `stored` is its header's
 * record, `file` the path it names the level's file by.
 */
export function lazyLevel(stored: StoredLevel, file: string, header: Header): Level {
  const { at, size, ...level } = stored;
  const made = Object.defineProperties({ ...level, file }, FIELDS) as unknown as Level;
  places.set(made, { read: header.body, at, size });
  return made;
}
