import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ROOT, tempDir } from '../helpers.js';

/** The launcher bin/ladder.js starts: it hands out the built program. */
const LAUNCHER = join(ROOT, 'dist/launcher.cjs');

/** Node's own modules that a command loads, beyond those every Node process has. */
function builtinsLoadedBy(args: string[]): string[] {
  const script = `
    const before = new Set(process.moduleLoadList);
    require(${JSON.stringify(LAUNCHER)}).program().main(['node', 'ladder', ...${JSON.stringify(args)}], ${JSON.stringify(ROOT)})
      .then(() => {
        // Listed before process.stderr is touched: creating it loads modules of its own.
        const loaded = JSON.stringify(process.moduleLoadList.filter((m) => !before.has(m)));
        process.stderr.write(loaded);
      });
  `;
  const r = spawnSync(process.execPath, ['-e', script], {
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      XDG_CACHE_HOME: tempDir(),
      NO_COLOR: '1',
    },
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return (JSON.parse(r.stderr) as string[])
    .filter((m) => m.startsWith('NativeModule '))
    .map((m) => m.slice('NativeModule '.length));
}

// What a short command costs is mostly what it loads: these are each worth more than the
// command's own work, and none is needed to print a level into a pipe.
const HEAVY = ['child_process', 'net', 'tty', 'stream', 'crypto', 'readline', 'os', 'fs/promises'];

describe('start-up', () => {
  it.each([['show', 'vp-eng'], ['list'], ['search', 'strategy'], ['diff', 'director', 'vp']])(
    '`ladder %s` loads none of Node’s heavy modules when its output is not a terminal',
    (...args) => {
      // The first run reads the YAML; the second, like every run after it, is served by the cache.
      builtinsLoadedBy(args);
      const loaded = builtinsLoadedBy(args);
      expect(loaded.filter((m) => HEAVY.includes(m))).toEqual([]);
    },
  );
});
