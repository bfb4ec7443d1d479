import { copyFileSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir, writeLadder } from '../helpers.js';

// Every limit is met where the value is entered, in one line that names it: never a file the
// store then cannot read, and never a raw failure.

const ANSWERS = join(ROOT, 'examples/check-in/bob.yaml');

function workspace() {
  const store = join(tempDir(), 'store');
  const env = (extra: Record<string, string> = {}) => ({
    env: {
      LADDER_STORE: store,
      LADDER_USER: 'Bob Lee',
      LADDER_NOW: '2026-11-24T10:00:00Z',
      LADDER_NO_CACHE: '1',
      COLUMNS: '400',
      ...extra,
    },
  });
  return { store, env };
}

const oneLine = (stderr: string) => stderr.trimEnd().split('\n')[0];

describe('limits met where a value is entered', () => {
  it('an evidence text over 10,000 characters is a usage error naming the limit; nothing is saved', async () => {
    const { store, env } = workspace();
    const r = await runCli(
      ['evidence', 'add', 'x'.repeat(10_001), '--item', 'director:external-talks'],
      env(),
    );
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toBe('error: the text is 10,001 characters; the limit is 10,000');
    expect(existsSync(join(store, 'evidence'))).toBe(false);
  });

  it('a link over 4,096 characters, and 101 links, are usage errors naming the limit', async () => {
    const { env } = workspace();
    const long = await runCli(
      [
        'evidence',
        'add',
        'Work',
        '--item',
        'director:external-talks',
        '--link',
        `https://x.example/${'a'.repeat(4100)}`,
      ],
      env(),
    );
    expect(long.code).toBe(2);
    expect(oneLine(long.stderr)).toBe('error: --link is 4,118 characters; the limit is 4,096');
    const many = Array.from({ length: 101 }, (_, i) => ['--link', `https://x.example/${i}`]).flat();
    const r = await runCli(
      ['evidence', 'add', 'Work', '--item', 'director:external-talks', ...many],
      env(),
    );
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toBe('error: 101 links is more than the 100 one entry can hold');
  });

  it('a note over 10,000 characters in an answers file is a problem at its line', async () => {
    const { env } = workspace();
    const file = join(tempDir(), 'answers.yaml');
    writeFileSync(
      file,
      `checkpoints:\n  external-talks:\n    status: met\n    note: ${'n'.repeat(10_001)}\n`,
    );
    const r = await runCli(['assess', 'director', '--answers', file], env());
    expect(r.code).toBe(1);
    expect(oneLine(r.stderr)).toMatch(
      /answers\.yaml:4:\d+: the note is 10,001 characters; the limit is 10,000$/,
    );
  });

  it('a name over 200 characters, from --for or LADDER_USER, is a usage error naming the limit', async () => {
    const { env } = workspace();
    const forName = await runCli(
      ['assess', 'director', '--for', 'A'.repeat(250), '--answers', ANSWERS],
      env(),
    );
    expect(forName.code).toBe(2);
    expect(oneLine(forName.stderr)).toBe('error: --for is 250 characters; the limit is 200');
    const user = await runCli(
      ['evidence', 'add', 'Work', '--item', 'director:external-talks'],
      env({ LADDER_USER: 'N'.repeat(250) }),
    );
    expect(user.code).toBe(2);
    expect(oneLine(user.stderr)).toBe('error: LADDER_USER is 250 characters; the limit is 200');
  });

  it('a name of 200 characters gives files the file system takes, and reads back whole', async () => {
    const { store, env } = workspace();
    const name = `${'Ana '.repeat(49)}Lima`;
    const r = await runCli(['assess', 'director', '--for', name, '--answers', ANSWERS], env());
    expect(r.code).toBe(0);
    const e = await runCli(
      ['evidence', 'add', 'Work', '--item', 'director:external-talks', '--for', name],
      env(),
    );
    expect(e.code).toBe(0);
    for (const folder of ['assessments', 'evidence'])
      for (const file of readdirSync(join(store, folder))) expect(file.length).toBeLessThan(200);
    const history = await runCli(['history', '--for', name], env());
    expect(history.code).toBe(0);
    expect(history.stdout).toContain('Lima');
  });

  it('a level of more than 10,000 items is refused before a question, naming the limit', async () => {
    const { env } = workspace();
    const many = Array.from({ length: 10_001 }, (_, i) => `    - Checkpoint ${i + 1}`);
    const dir = writeLadder({
      'ladder.yaml':
        'title: Big\ntracks:\n  - { id: ic, title: IC }\nsections:\n  - { id: checkpoints, title: Checkpoints, kind: list, assessed: true }\n',
      'levels/level-0.yaml': `id: level-0\ntitle: Level 0\ntrack: ic\nsections:\n  checkpoints:\n${many.join('\n')}\n`,
    });
    const answers = join(dir, 'answers.yaml');
    writeFileSync(answers, 'checkpoints:\n  1: met\n');
    const r = await runCli(['assess', 'level-0', '--ladder', dir, '--answers', answers], env());
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'error: Level 0 has 10,001 items to assess; an assessment holds at most 10,000\nhint: assess some of its sections with --section\n',
    );
  });

  it('LADDER_NOW past the year 9999 is a usage error', async () => {
    const r = await runCli(['evidence', 'list'], {
      env: { LADDER_NOW: '+010000-01-01T00:00:00Z' },
    });
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toBe(
      'error: LADDER_NOW must be an ISO time in the years 1970 to 9999, like 2026-11-26T10:00:00Z, not "+010000-01-01T00:00:00Z"',
    );
  });
});

describe('--for on a write', () => {
  it('takes a prefix that ends at a word (alice), and refuses one that does not (Al), naming who', async () => {
    const { store, env } = workspace();
    expect(
      (await runCli(['assess', 'director', '--for', 'Alice Martin', '--answers', ANSWERS], env()))
        .code,
    ).toBe(0);
    const al = await runCli(
      ['evidence', 'add', 'Work', '--item', 'director:external-talks', '--for', 'Al'],
      env(),
    );
    expect(al.code).toBe(2);
    expect(al.stderr).toBe(
      'error: "Al" is only the start of Alice Martin (alice-martin)\nhint: name them by id or in full with --for\n',
    );
    const assess = await runCli(['assess', 'director', '--for', 'Al', '--answers', ANSWERS], env());
    expect(assess.code).toBe(2);
    expect(readdirSync(join(store, 'assessments'))).toHaveLength(1);
    const alice = await runCli(
      ['evidence', 'add', 'Work', '--item', 'director:external-talks', '--for', 'alice'],
      env(),
    );
    expect(alice.code).toBe(0);
    expect(readdirSync(join(store, 'evidence'))[0]).toMatch(/^alice-martin\./);
    // A read still takes any prefix only one person has.
    expect((await runCli(['evidence', 'list', '--for', 'Al'], env())).code).toBe(0);
  });
});

describe('two evidence files with one id', () => {
  it('rm and edit refuse, naming both files, and delete nothing', async () => {
    const { store, env } = workspace();
    const added = await runCli(
      ['evidence', 'add', 'Work', '--item', 'director:external-talks'],
      env(),
    );
    expect(added.code).toBe(0);
    const dir = join(store, 'evidence');
    const [file] = readdirSync(dir);
    copyFileSync(join(dir, file!), join(dir, `copy.${file}`));
    const rm = await runCli(['evidence', 'rm', '2026-11-24-1', '--yes'], env());
    expect(rm.code).toBe(1);
    expect(oneLine(rm.stderr)).toBe(
      `error: 2 evidence files have the id 2026-11-24-1: ${join(dir, file!)}, ${join(dir, `copy.${file}`)}`,
    );
    expect(readdirSync(dir)).toHaveLength(2);
    const edit = await runCli(['evidence', 'edit', '2026-11-24-1', '--text', 'New'], env());
    expect(edit.code).toBe(1);
  });
});
