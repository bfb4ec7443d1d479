import {
  appendFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cacheDir,
  fingerprint,
  readCachedLadder,
  TIMESTAMP_GRANULARITY_MS,
  writeCachedLadder,
  writeShippedLadder,
} from '../../src/io/ladder-cache.js';
import { contentOf } from '../../src/io/content-fingerprint.js';
import { openLadder, readLadderFiles } from '../../src/io/ladder-dir.js';
import { BUILD_ID } from '../../src/version.js';
import { ladderCopy, mustLoad, SHIPPED, tempDir } from '../helpers.js';

/**
 * Rewrites an entry's header as `edit` makes it, its levels' sections left where they are
 * (an entry is the sections, the header, then a line saying where the header starts).
 */
type Header = { writtenAt: number; ladder: { levels: Record<string, unknown>[] } };

function editHeader(path: string, edit: (header: Header) => unknown): void {
  const bytes = readFileSync(path);
  const start = Number(/ladder-cache-2 (\d{16})\n$/.exec(bytes.toString('latin1'))![1]);
  const header = JSON.parse(
    bytes.subarray(start, bytes.lastIndexOf('\nladder-cache-2 ')).toString(),
  ) as Header;
  const trailer = `\nladder-cache-2 ${String(start).padStart(16, '0')}\n`;
  writeFileSync(
    path,
    Buffer.concat([
      bytes.subarray(0, start),
      Buffer.from(JSON.stringify(edit(header))),
      Buffer.from(trailer),
    ]),
  );
}

/** A moment well after the files were written, so that an entry can be trusted. */
const later = () => Date.now() + 10 * TIMESTAMP_GRANULARITY_MS;

/** A copy of the shipped ladder, opened once so that its cache entry is written. */
async function cachedCopy() {
  const dir = ladderCopy(SHIPPED);
  const env = { XDG_CACHE_HOME: tempDir() };
  await openLadder(dir, env, { now: later });
  const cache = join(env.XDG_CACHE_HOME, 'ladder');
  return { dir, env, cache, path: join(cache, readdirSync(cache)[0]!) };
}

describe('the ladder cache', () => {
  it('lives in $XDG_CACHE_HOME/ladder, else ~/.cache/ladder, and nowhere without a home', () => {
    expect(cacheDir({ XDG_CACHE_HOME: '/x', HOME: '/h' })).toBe(join('/x', 'ladder'));
    expect(cacheDir({ HOME: '/h' })).toBe(join('/h', '.cache', 'ladder'));
    expect(cacheDir({ USERPROFILE: 'C:/Users/a' })).toBe(join('C:/Users/a', '.cache', 'ladder'));
    expect(cacheDir({})).toBeUndefined();
    expect(cacheDir({ HOME: '/h', LADDER_NO_CACHE: '1' })).toBeUndefined();
  });

  it('serves an unchanged ladder, and stops as soon as a file changes', () => {
    const dir = ladderCopy(SHIPPED);
    const cache = join(tempDir(), 'cache');
    const ladder = mustLoad(dir);
    writeCachedLadder(cache, dir, fingerprint(dir)!, 'build-1', ladder, later());
    expect(readCachedLadder(cache, dir, fingerprint(dir)!, 'build-1')).toEqual(ladder);
    appendFileSync(join(dir, 'levels/vp-eng.yaml'), '\n# edited\n');
    expect(readCachedLadder(cache, dir, fingerprint(dir)!, 'build-1')).toBeUndefined();
  });

  it('is keyed on the build: a rebuilt program never serves what older code checked', () => {
    const dir = ladderCopy(SHIPPED);
    const cache = join(tempDir(), 'cache');
    writeCachedLadder(cache, dir, fingerprint(dir)!, 'build-1', mustLoad(dir), later());
    expect(readCachedLadder(cache, dir, fingerprint(dir)!, 'build-2')).toBeUndefined();
  });

  it("does not trust an entry written within the timestamps' granularity of a change (racy clean)", () => {
    // On a file system with one-second times, an edit of the same length within that second
    // leaves size, times and inode all as they were: nothing but the time of writing tells.
    const dir = ladderCopy(SHIPPED);
    const cache = join(tempDir(), 'cache');
    const second = Math.floor(Date.now() / 1000) - 60;
    for (const f of ['ladder.yaml', 'levels/director.yaml', 'levels/vp-eng.yaml'])
      utimesSync(join(dir, f), second, second);
    const print = fingerprint(dir)!;
    // ctime cannot be set back; the entry is written "within the same second" as the change.
    const racy = { ...print, newest: second * 1000 };
    writeCachedLadder(cache, dir, racy, 'b', mustLoad(dir), second * 1000 + 500);
    expect(existsSync(cache)).toBe(false);
    // An entry written long after the last change is trusted.
    writeCachedLadder(cache, dir, racy, 'b', mustLoad(dir), second * 1000 + 10_000);
    expect(readCachedLadder(cache, dir, racy, 'b')).toBeDefined();
    // And an entry claiming to be from within the second of the files' times is not.
    editHeader(join(cache, readdirSync(cache)[0]!), (entry) => ({
      ...entry,
      writtenAt: second * 1000 + 500,
    }));
    expect(readCachedLadder(cache, dir, racy, 'b')).toBeUndefined();
  });

  it('treats an entry of the wrong shape as a miss, not a crash', async () => {
    const { dir, env, cache, path } = await cachedCopy();
    editHeader(path, (entry) => {
      entry.ladder.levels[0]!.at = 'the old shape';
      return entry;
    });
    expect(readCachedLadder(cache, dir, fingerprint(dir)!, BUILD_ID)).toBeUndefined();
    for (const other of ['', 'not an entry', '{"build":1}\nladder-cache-2 0000000000000000\n']) {
      writeFileSync(path, other);
      expect(readCachedLadder(cache, dir, fingerprint(dir)!, BUILD_ID)).toBeUndefined();
    }
    const ladder = await openLadder(dir, env, { now: later });
    expect(ladder.levels.find((l) => l.id === 'director')!.sections.scope!.items[0]!.text).toBe(
      '4-6 teams / 3-4 directs, 15-20 total',
    );
  });

  it('reads only the sections of the levels looked at; damaged ones are a one-line error, and the entry is removed', async () => {
    const { dir, env, path } = await cachedCopy();
    // The first level's sections are the file's first bytes: spoil them, and only them.
    const bytes = readFileSync(path);
    bytes.write('}', 0);
    writeFileSync(path, bytes);
    const ladder = await openLadder(dir, env, { now: later });
    const [first, ...others] = ladder.levels;
    expect(others.every((l) => Object.keys(l.sections).length > 0)).toBe(true);
    expect(() => first!.sections).toThrow(
      /^the ladder cache is damaged; it is removed: run the command again$/,
    );
    expect(existsSync(path)).toBe(false);
    expect((await openLadder(dir, env, { now: later })).levels[0]!.sections).toEqual(
      mustLoad(dir).levels[0]!.sections,
    );
  });

  it('holds a few levels read at a time, reads one again when asked again, and keeps what is set', async () => {
    const dir = ladderCopy(SHIPPED);
    const director = readFileSync(join(dir, 'levels/director.yaml'), 'utf8');
    for (let i = 0; i < 300; i++)
      writeFileSync(
        join(dir, `levels/copy-${i}.yaml`),
        director
          .replace('id: director', `id: copy-${i}`)
          .replace('title: Director of Engineering', `title: Copy ${i}`)
          .replace(/^aliases: .*$/m, 'aliases: []')
          .replace('4-6 teams', `${i} teams`),
      );
    const env = { XDG_CACHE_HOME: tempDir() };
    await openLadder(dir, env, { now: later });
    const ladder = await openLadder(dir, env, { now: later });
    const scope = (id: string) =>
      ladder.levels.find((l) => l.id === id)!.sections.scope!.items[0]!.text;
    // More levels than are held: the first ones are read again, the same as ever.
    for (let i = 0; i < 300; i++)
      expect(scope(`copy-${i}`)).toBe(`${i} teams / 3-4 directs, 15-20 total`);
    expect(scope('copy-0')).toBe('0 teams / 3-4 directs, 15-20 total');
    const set = ladder.levels.find((l) => l.id === 'copy-1')!;
    set.sections = {};
    for (let i = 2; i < 300; i++) scope(`copy-${i}`);
    expect(set.sections).toEqual({});
  });

  it('reads no sections from an entry replaced after its header was read', async () => {
    const { dir, env, path } = await cachedCopy();
    const ladder = await openLadder(dir, env, { now: later });
    writeFileSync(`${path}.new`, readFileSync(path));
    renameSync(`${path}.new`, path);
    expect(() => ladder.levels[0]!.sections).toThrow(/the ladder cache changed while it was read/);
  });

  it('leaves no temporary file behind when the entry cannot be written', async () => {
    const { dir, env, cache, path } = await cachedCopy();
    // A folder where the entry should be: every run fails to write it.
    rmSync(path);
    mkdirSync(path);
    for (let i = 0; i < 3; i++) await openLadder(dir, env, { now: later });
    expect(readdirSync(cache)).toEqual([basename(path)]);
  });

  it('is used by openLadder, which re-reads a ladder after an edit', async () => {
    const dir = ladderCopy(SHIPPED);
    const env = { XDG_CACHE_HOME: tempDir() };
    expect((await openLadder(dir, env, { now: later })).title).toBe('Engineering career ladder');
    expect(readdirSync(join(env.XDG_CACHE_HOME, 'ladder'))).toHaveLength(1);
    appendFileSync(join(dir, 'ladder.yaml'), 'oops: true\n');
    await expect(openLadder(dir, env, { now: later })).rejects.toThrow(
      /ladder\.yaml:\d+:1: unknown key "oops"/,
    );
  });

  it('is skipped with LADDER_NO_CACHE=1', async () => {
    const env = { XDG_CACHE_HOME: tempDir(), LADDER_NO_CACHE: '1' };
    await openLadder(ladderCopy(SHIPPED), env, { now: later });
    expect(() => readdirSync(join(env.XDG_CACHE_HOME, 'ladder'))).toThrow();
  });
});

describe("the entry shipped for the package's own ladder", () => {
  /**
   * A copy of the shipped ladder with an entry for it, written as the build writes it but with
   * another title, so that a test can tell which of the two a run served.
   */
  function shippedCopy(build = BUILD_ID) {
    const dir = ladderCopy(SHIPPED);
    const entry = join(tempDir(), 'ladder.cache');
    const ladder = { ...mustLoad(dir), title: 'As the build checked it' };
    writeShippedLadder(entry, dir, contentOf(readLadderFiles(dir)), build, ladder);
    return { dir, entry, env: { XDG_CACHE_HOME: tempDir() } };
  }

  it('serves a first run whose files hold what the build read, and keeps it for the next', async () => {
    const { dir, entry, env } = shippedCopy();
    const ladder = await openLadder(dir, env, { now: later, shipped: entry });
    expect(ladder.title).toBe('As the build checked it');
    expect(ladder.levels.map((l) => l.file)).toEqual(mustLoad(dir).levels.map((l) => l.file));
    expect(ladder.levels[1]!.sections).toEqual(mustLoad(dir).levels[1]!.sections);
    rmSync(entry);
    expect((await openLadder(dir, env, { now: later })).title).toBe('As the build checked it');
  });

  it('is skipped with LADDER_NO_CACHE=1: the ladder is checked afresh', async () => {
    const { dir, entry } = shippedCopy();
    const env = { XDG_CACHE_HOME: tempDir(), LADDER_NO_CACHE: '1' };
    expect((await openLadder(dir, env, { now: later, shipped: entry })).title).toBe(
      'Engineering career ladder',
    );
  });

  it('is not served once a file holds anything else, though its name and size are the same', async () => {
    const { dir, entry, env } = shippedCopy();
    const file = join(dir, 'ladder.yaml');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('Engineering career ladder', 'Engineering career ladddr'));
    expect((await openLadder(dir, env, { now: later, shipped: entry })).title).toBe(
      'Engineering career ladddr',
    );
  });

  it('is not served for a folder with a level more or less, or one written by another build', async () => {
    const added = shippedCopy();
    writeFileSync(
      join(added.dir, 'levels', 'zz.yaml'),
      readFileSync(join(added.dir, 'levels', 'vp-eng.yaml'), 'utf8')
        .replace(/^id: .*$/m, 'id: zz')
        .replace(/^title: .*$/m, 'title: Z')
        .replace(/^aliases:.*$/m, 'aliases: []')
        .replace(/^order: .*$/m, 'order: 14'),
    );
    const served = (c: ReturnType<typeof shippedCopy>) =>
      openLadder(c.dir, c.env, { now: later, shipped: c.entry }).then((l) => l.title);
    expect(await served(added)).toBe('Engineering career ladder');
    const removed = shippedCopy();
    rmSync(join(removed.dir, 'levels', 'vp-eng.yaml'));
    expect(await served(removed)).toBe('Engineering career ladder');
    expect(await served(shippedCopy('another build'))).toBe('Engineering career ladder');
  });

  it('is a miss, not an error, when it is missing or damaged', async () => {
    const { dir, entry, env } = shippedCopy();
    writeFileSync(entry, 'not an entry');
    expect((await openLadder(dir, env, { now: later, shipped: entry })).title).toBe(
      'Engineering career ladder',
    );
    // A level's sections damaged, the header whole: read afresh all the same.
    const damaged = shippedCopy();
    const bytes = readFileSync(damaged.entry);
    writeFileSync(damaged.entry, Buffer.concat([Buffer.from('#'), bytes.subarray(1)]));
    expect(
      (await openLadder(damaged.dir, damaged.env, { now: later, shipped: damaged.entry })).title,
    ).toBe('Engineering career ladder');
    const missing = shippedCopy();
    rmSync(missing.entry);
    expect(
      (await openLadder(missing.dir, missing.env, { now: later, shipped: missing.entry })).title,
    ).toBe('Engineering career ladder');
  });
});
