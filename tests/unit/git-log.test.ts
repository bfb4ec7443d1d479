import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import { readCommits } from '../../src/io/git-log.js';

setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

const dir = mkdtempSync(join(tmpdir(), 'ladder-git-log-'));
const git = (...args: string[]) =>
  execFileSync('git', ['-C', dir, ...args], {
    env: {
      PATH: process.env.PATH,
      GIT_AUTHOR_NAME: 'Sam Lee',
      GIT_AUTHOR_EMAIL: 'sam@example.com',
      GIT_COMMITTER_NAME: 'Sam Lee',
      GIT_COMMITTER_EMAIL: 'sam@example.com',
      GIT_CONFIG_NOSYSTEM: '1',
      HOME: dir,
    },
  });
git('init', '-q', '-b', 'main');
for (const n of [1, 2, 3]) git('commit', '-q', '--allow-empty', '-m', `Work ${n}`);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readCommits', () => {
  it('reads every commit, newest first, with one author object for all', async () => {
    const commits = await readCommits(dir, '2000-01-01');
    expect(commits.map((c) => c.subject)).toEqual(['Work 3', 'Work 2', 'Work 1']);
    expect(new Set(commits.map((c) => c.author)).size).toBe(1);
    expect(commits[0]!.parents[0]).toBe(commits[1]!.hash);
  });

  it('lets go of the history while its caller still runs on the finished child', async () => {
    // The caller goes on in the same job as git's exit: nothing of the child may hold on to
    // the history then, or a long one is kept whole while its work is scored and printed.
    const freed: string[] = [];
    const registry = new FinalizationRegistry((what: string) => freed.push(what));
    const count = async () => {
      const commits = await readCommits(dir, '2000-01-01');
      registry.register(commits, 'history');
      return commits.length;
    };
    expect(await count()).toBe(3);
    collect();
    // The registry's callback comes in a later task, once the collector has run; nothing
    // else here allocates enough for another collection to run meanwhile.
    for (let wait = 0; wait < 20 && !freed.length; wait++)
      await new Promise((resolve) => setTimeout(resolve, 10));
    expect(freed).toEqual(['history']);
  });
});
