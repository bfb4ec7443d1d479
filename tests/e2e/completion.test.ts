import { spawnSync } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, runCli, tempDir } from '../helpers.js';

const has = (shell: string) => spawnSync(shell, ['-c', 'exit 0']).status === 0;
const BASH_COMPLETION = '/usr/share/bash-completion/bash_completion';
const hasBashCompletion = spawnSync('test', ['-f', BASH_COMPLETION]).status === 0;

/** `ladder` on a PATH of its own, as an installed one would be, and a store with two people. */
const bin = tempDir('ladder-path-');
const store = join(tempDir(), 'store');
beforeAll(async () => {
  writeFileSync(join(bin, 'ladder'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  chmodSync(join(bin, 'ladder'), 0o755);
  const answers = join(tempDir(), 'answers.yaml');
  writeFileSync(answers, 'checkpoints:\n  1: met\n');
  for (const who of ['Alice Martin', 'Bob Lee'])
    await runCli(['assess', 'director', '--for', who, '--as', 'Carol', '--answers', answers], {
      env: { LADDER_STORE: store },
    });
});

function shell(program: string, script: string): string[] {
  const r = spawnSync(program, ['-c', script], {
    cwd: ROOT,
    env: {
      PATH: `${bin}:${process.env.PATH}`,
      HOME: process.env.HOME ?? tempDir(),
      XDG_CACHE_HOME: tempDir(),
      LADDER_STORE: store,
    },
    encoding: 'utf8',
  });
  return [...new Set(r.stdout.split('\n').filter(Boolean))];
}

/** What bash offers for a command line, through the completion function ladder registered. */
function bash(line: string): string[] {
  const words = line.split(' ');
  return shell(
    'bash',
    `source ${BASH_COMPLETION}; source <(ladder completion bash)
     COMP_LINE=${JSON.stringify(line)}; COMP_POINT=\${#COMP_LINE}
     COMP_WORDS=(${words.map((w) => JSON.stringify(w)).join(' ')}); COMP_CWORD=${words.length - 1}
     __ladder_complete 2>/dev/null; printf '%s\\n' "\${COMPREPLY[@]}"`,
  );
}

/** What zsh's completion function offers; the listing itself (_describe) is zsh's to draw. */
function zsh(line: string): string[] {
  const words = line.split(' ');
  return shell(
    'zsh',
    `compdef() { : }; source <(ladder completion zsh)
     _describe() { local a; for a in "$@"; do if [[ $a == completions ]]; then print -rl -- "\${(@P)a}"; return; fi; done }
     words=(${words.map((w) => `'${w}'`).join(' ')}); CURRENT=${words.length}; _ladder`,
  ).map((c) => c.replace(/(?<!\\):.*$/, '').replace(/\\:/g, ':'));
}

/** What fish offers: its own `complete -C`, with the descriptions left off. */
function fish(line: string): string[] {
  return shell(
    'fish',
    `source (ladder completion fish | psub); complete -C ${JSON.stringify(line)}`,
  ).map((c) => c.split('\t')[0]!);
}

const cases: [string, string, string[]][] = [
  ['a command', 'ladder sh', ['show']],
  ['a shell, for completion', 'ladder completion f', ['fish']],
  ['a level by an alias', 'ladder show vp-of', ['vp-of-engineering']],
  ['a section id after a comma', 'ladder show vp --section knowledge,sc', ['knowledge,scope']],
  ['an option value', 'ladder diff director vp --format m', ['markdown']],
  ['a person in the store', 'ladder history --for al', ['alice-martin']],
  ['latest, for report', 'ladder report la', ['latest']],
  [
    'an evidence item address',
    'ladder evidence add x --item director:ext',
    ['director:external-talks'],
  ],
];

describe.each([
  ['bash', bash, has('bash') && hasBashCompletion],
  ['zsh', zsh, has('zsh')],
  ['fish', fish, has('fish')],
] as const)('Tab completion in %s', (name, complete, available) => {
  it.runIf(available || process.env.CI).each(cases)('completes %s', (_what, line, expected) => {
    expect(complete(line)).toEqual(expected);
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

  it('answers a request quietly, even with no ladder to read', async () => {
    const r = await runCli(['complete', '--', 'show', ''], { env: { LADDER_DIR: '/nowhere' } });
    expect(r).toMatchObject({ code: 0, stdout: ':4\n', stderr: '' });
  });
});
