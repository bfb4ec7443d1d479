import { existsSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withLock } from '../../src/io/lock.js';
import { removeDebris } from '../../src/io/write-file.js';
import { tempDir } from '../helpers.js';

const QUICK = { wait: 150, stale: 1000 };
const old = (path: string, seconds: number) => {
  const then = Date.now() / 1000 - seconds;
  utimesSync(path, then, then);
};
/** A pid that no process has: past the kernel's default pid_max. */
const GONE = 4_194_304 + 7;

describe('a lock file', () => {
  it('is created exclusively, held while the work runs, and removed after, even on a throw', () => {
    const path = join(tempDir(), 'ids.lock');
    const inside = withLock(path, () => readFileSync(path, 'utf8'), QUICK);
    expect(inside).toMatch(new RegExp(`^${process.pid} ${hostname()} [a-z0-9]+\\n$`));
    expect(existsSync(path)).toBe(false);
    expect(() =>
      withLock(path, () => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(existsSync(path)).toBe(false);
  });

  it('held by a running process, is waited for, then fails in one line naming the file', () => {
    const path = join(tempDir(), 'ids.lock');
    writeFileSync(path, `${process.pid} ${hostname()} other\n`);
    old(path, 3600);
    const started = Date.now();
    let ran = false;
    expect(() => withLock(path, () => (ran = true), QUICK)).toThrow(
      expect.objectContaining({
        message: `${path} is held by another ladder (waited 0.15 s)`,
        exitCode: 1,
      }),
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect(ran).toBe(false);
    // Someone else's lock is never removed by a writer that gave up.
    expect(readFileSync(path, 'utf8')).toContain('other');
  });

  it('left by a process that is gone is removed once it is old, and the work runs', () => {
    const path = join(tempDir(), 'ids.lock');
    writeFileSync(path, `${GONE} ${hostname()} killed\n`);
    old(path, 5);
    expect(withLock(path, () => 'ran', QUICK)).toBe('ran');
    expect(existsSync(path)).toBe(false);
  });

  it('left by a process that is gone is still waited for while it is young', () => {
    const path = join(tempDir(), 'ids.lock');
    writeFileSync(path, `${GONE} ${hostname()} just-now\n`);
    expect(() => withLock(path, () => 'ran', QUICK)).toThrow(/is held by another ladder/);
  });

  it('from another machine is never taken as stale: its process cannot be checked', () => {
    const path = join(tempDir(), 'ids.lock');
    writeFileSync(path, `${GONE} some-other-host x\n`);
    old(path, 3600);
    expect(() => withLock(path, () => 'ran', QUICK)).toThrow(/is held by another ladder/);
  });

  it('released when another holder gives it up while this one waits', async () => {
    const path = join(tempDir(), 'ids.lock');
    writeFileSync(path, `${process.pid} ${hostname()} other\n`);
    const { spawn } = await import('node:child_process');
    // A separate process frees it, as a writer that is done would.
    const freeing = spawn(process.execPath, [
      '-e',
      `setTimeout(() => require('fs').unlinkSync(${JSON.stringify(path)}), 100)`,
    ]);
    expect(withLock(path, () => 'ran', { wait: 3000, stale: 30000 })).toBe('ran');
    await new Promise((done) => freeing.on('close', done));
  });
});

describe('debris of a killed writer', () => {
  it('is removed when old; a temporary file being written and other files are left', () => {
    const dir = tempDir();
    const names = {
      left: '.alice.2026-11-20-1.json.k3j9x2ab.tmp',
      writing: '.alice.2026-11-20-2.json.q8w7e6r5.tmp',
      mine: 'notes.tmp',
      entry: 'alice.2026-11-20-1.json',
    };
    for (const name of Object.values(names)) writeFileSync(join(dir, name), 'x');
    old(join(dir, names.left), 3600);
    old(join(dir, names.mine), 3600);
    removeDebris(dir);
    expect(readdirSync(dir).sort()).toEqual([names.writing, names.entry, names.mine].sort());
  });
});
