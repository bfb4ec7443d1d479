import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  bash as bashIn,
  fish as fishIn,
  has,
  hasBashCompletion,
  ladderOnPath,
  zsh as zshIn,
  type Place,
} from '../completion-shells.js';
import { ROOT, runCli, tempDir } from '../helpers.js';

/** `ladder` on a PATH of its own, and a store with two people. */
const place: Place = { bin: ladderOnPath(), cwd: ROOT, env: {} };
beforeAll(async () => {
  const store = join(tempDir(), 'store');
  place.env.LADDER_STORE = store;
  const answers = join(tempDir(), 'answers.yaml');
  writeFileSync(answers, 'checkpoints:\n  1: met\n');
  for (const who of ['Alice Martin', 'Bob Lee'])
    await runCli(['assess', 'director', '--for', who, '--as', 'Carol', '--answers', answers], {
      env: { LADDER_STORE: store },
    });
});

const bash = (line: string) => bashIn(line.split(' '), place);
const zsh = (line: string) => zshIn(line.split(' '), place);
const fish = (line: string) => fishIn(line.split(' '), place);

const cases: [string, string, string[]][] = [
  ['a command', 'ladder sh', ['show']],
  ['a shell, for completion', 'ladder completion f', ['fish']],
  ['a level by an alias', 'ladder show vp-of', ['vp-of-engineering']],
  ['a section id after a comma', 'ladder show vp --section knowledge,sc', ['knowledge,scope']],
  ['an option value', 'ladder diff director vp --format m', ['markdown']],
  ['a person in the store', 'ladder history --for al', ['alice-martin']],
  ['latest, for report', 'ladder report la', ['latest']],
];

// bash splits a word at a colon for readline, which then replaces only what follows it: the
// candidate is the rest of the address (the end-to-end test below shows the line it makes).
const addresses: [string, string[]][] = [
  ['bash', ['external-talks']],
  ['zsh', ['director:external-talks']],
  ['fish', ['director:external-talks']],
];

describe.each([
  ['bash', bash, has('bash') && hasBashCompletion],
  ['zsh', zsh, has('zsh')],
  ['fish', fish, has('fish')],
] as const)('Tab completion in %s', (name, complete, available) => {
  it.runIf(available || process.env.CI).each(cases)('completes %s', (_what, line, expected) => {
    expect(complete(line)).toEqual(expected);
  });
  it.runIf(available || process.env.CI)('completes an evidence item address', () => {
    expect(complete('ladder evidence add x --item director:ext')).toEqual(
      addresses.find(([shell]) => shell === name)![1],
    );
  });
});

describe('ladder completion', () => {
  it('prints each shell’s script, and refuses a shell it does not know', async () => {
    for (const shell of ['bash', 'zsh', 'fish']) {
      const r = await runCli(['completion', shell]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('ladder complete --');
    }
    const bad = await runCli(['completion', 'tcsh']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(
      "error: command-argument value 'tcsh' is invalid for argument 'shell'. Allowed choices are bash, zsh, fish.\n",
    );
  });

  it.runIf(has('bash') || process.env.CI)('can be sourced again, as an rc file may do', () => {
    const r = spawnSync(
      'bash',
      [
        '--norc',
        '--noprofile',
        '-c',
        'source <(ladder completion bash); source <(ladder completion bash); echo sourced',
      ],
      { env: { PATH: `${place.bin}:${process.env.PATH}`, HOME: tempDir() }, encoding: 'utf8' },
    );
    expect(r).toMatchObject({ status: 0, stdout: 'sourced\n', stderr: '' });
  });

  it('answers a request quietly, even with no ladder to read', async () => {
    const r = await runCli(['complete', '--', 'show', ''], { env: { LADDER_DIR: '/nowhere' } });
    expect(r).toMatchObject({ code: 0, stdout: ':4\n', stderr: '' });
  });
});

describe('a completion script sourced twice', () => {
  const twice: [string, string[], boolean][] = [
    [
      'bash',
      [
        '--norc',
        '-c',
        'source /usr/share/bash-completion/bash_completion; source <(ladder completion bash); source <(ladder completion bash); complete -p ladder',
      ],
      has('bash') && hasBashCompletion,
    ],
    [
      'zsh',
      [
        '-f',
        '-c',
        'autoload -Uz compinit && compinit -u; source <(ladder completion zsh); source <(ladder completion zsh); print ok',
      ],
      has('zsh'),
    ],
    [
      'fish',
      [
        '--no-config',
        '-c',
        'ladder completion fish | source; ladder completion fish | source; echo ok',
      ],
      has('fish'),
    ],
  ];
  for (const [shell, args, ok] of twice)
    it.runIf(ok || process.env.CI)(`in ${shell} says nothing on stderr`, () => {
      const r = spawnSync(shell, args, {
        encoding: 'utf8',
        env: { ...process.env, PATH: `${place.bin}:${process.env.PATH}`, HOME: tempDir() },
      });
      expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' });
    });
});
