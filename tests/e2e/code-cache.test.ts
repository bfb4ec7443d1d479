import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../helpers.js';

describe('the code caches a first run writes', () => {
  it('are written for every file loaded, from one exit listener, with no warning from Node', () => {
    // The program as a Node it was not built under finds it: no code cache beside it.
    const dist = join(tempDir(), 'dist');
    cpSync(join(ROOT, 'dist'), dist, { recursive: true, filter: (f) => !f.endsWith('.cache') });
    const cache = tempDir();
    // Several commands in one process, as the build's warm-up runs them: more than ten files.
    const script = `
      const { program } = require(${JSON.stringify(join(dist, 'launcher.cjs'))});
      (async () => {
        for (const args of [['show', 'vp-eng'], ['diff', 'director', 'vp-eng'], ['list'],
          ['search', 'strategy'], ['validate'], ['lint'], ['history'], ['evidence', 'list'],
          ['team'], ['completion', 'bash'], ['show', 'vp-eng', '--context']])
          await program().main(['node', 'ladder', ...args], ${JSON.stringify(ROOT)});
      })();`;
    const run = spawnSync(process.execPath, ['-e', script], {
      encoding: 'utf8',
      cwd: tempDir(),
      env: {
        PATH: process.env.PATH,
        HOME: tempDir(),
        XDG_CACHE_HOME: cache,
        LADDER_STORE: tempDir(),
        LADDER_USER: 'Test',
        NO_COLOR: '1',
      },
    });
    expect(run.stderr).toBe('');
    const [folder] = readdirSync(join(cache, 'ladder', 'code'));
    expect(readdirSync(join(cache, 'ladder', 'code', folder!)).length).toBeGreaterThan(10);
  });
});
