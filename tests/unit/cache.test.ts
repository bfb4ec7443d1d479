import { appendFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fingerprint, readCachedLadder, writeCachedLadder } from '../../src/io/ladder-cache.js';
import { openLadder } from '../../src/io/ladder-dir.js';
import { ladderCopy, mustLoad, SHIPPED, tempDir } from '../helpers.js';

describe('the ladder cache', () => {
  it('serves an unchanged ladder, and stops as soon as a file changes', () => {
    const dir = ladderCopy(SHIPPED);
    const cache = join(tempDir(), 'cache');
    const ladder = mustLoad(dir);
    writeCachedLadder(cache, dir, fingerprint(dir)!, 'v1', ladder);
    expect(readCachedLadder(cache, dir, fingerprint(dir)!, 'v1')).toEqual(ladder);
    expect(readCachedLadder(cache, dir, fingerprint(dir)!, 'v2')).toBeUndefined();
    appendFileSync(join(dir, 'levels/vp-eng.yaml'), '\n# edited\n');
    expect(readCachedLadder(cache, dir, fingerprint(dir)!, 'v1')).toBeUndefined();
  });

  it('is used by openLadder, which re-reads a ladder after an edit', async () => {
    const dir = ladderCopy(SHIPPED);
    const env = { XDG_CACHE_HOME: tempDir() };
    expect((await openLadder(dir, env)).title).toBe('Engineering career ladder');
    expect(readdirSync(join(env.XDG_CACHE_HOME, 'ladder'))).toHaveLength(1);
    appendFileSync(join(dir, 'ladder.yaml'), 'oops: true\n');
    await expect(openLadder(dir, env)).rejects.toThrow(/ladder\.yaml:\d+:1: unknown key "oops"/);
  });

  it('is skipped with LADDER_NO_CACHE=1', async () => {
    const env = { XDG_CACHE_HOME: tempDir(), LADDER_NO_CACHE: '1' };
    await openLadder(ladderCopy(SHIPPED), env);
    expect(() => readdirSync(join(env.XDG_CACHE_HOME, 'ladder'))).toThrow();
  });
});
