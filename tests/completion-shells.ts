import { spawnSync } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, tempDir } from './helpers.js';

// The completion functions ladder's scripts register, run in bash, zsh and fish as a Tab would
// run them, with `ladder` on a PATH of its own, as an installed one would be.

export const has = (shell: string) => spawnSync(shell, ['-c', 'exit 0']).status === 0;
export const BASH_COMPLETION = '/usr/share/bash-completion/bash_completion';
export const hasBashCompletion = spawnSync('test', ['-f', BASH_COMPLETION]).status === 0;

/** A folder holding an executable `ladder` that runs the built one. */
export function ladderOnPath(): string {
  const bin = tempDir('ladder-path-');
  writeFileSync(join(bin, 'ladder'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  chmodSync(join(bin, 'ladder'), 0o755);
  return bin;
}

/** Where a shell runs, and what it finds there: `ladder`'s folder, a store, a ladder. */
export interface Place {
  bin: string;
  cwd: string;
  env: Record<string, string>;
}

function shell(program: string, script: string, place: Place): string[] {
  const r = spawnSync(program, ['-c', script], {
    cwd: place.cwd,
    env: {
      PATH: `${place.bin}:${process.env.PATH}`,
      HOME: process.env.HOME ?? tempDir(),
      XDG_CACHE_HOME: tempDir(),
      ...place.env,
    },
    encoding: 'utf8',
  });
  return [...new Set(r.stdout.split('\n').filter(Boolean))];
}

/** A word of a test's command line, single-quoted for the shell that sets up the Tab. */
const quoted = (word: string) => `'${word.replace(/'/g, `'\\''`)}'`;

/** What bash would insert for the last of `words`, through the function ladder registered. */
export function bash(words: string[], place: Place): string[] {
  const line = words.join(' ');
  return shell(
    'bash',
    `source ${BASH_COMPLETION}; source <(ladder completion bash)
     COMP_LINE=${quoted(line)}; COMP_POINT=\${#COMP_LINE}
     COMP_WORDS=(${words.map(quoted).join(' ')}); COMP_CWORD=${words.length - 1}
     __ladder_complete 2>/dev/null; printf '%s\\n' "\${COMPREPLY[@]}"`,
    place,
  );
}

/** What zsh's completion function offers; inserting it (compadd) is zsh's to do. */
export function zsh(words: string[], place: Place): string[] {
  return shell(
    'zsh',
    `compdef() { : }; compset() { : }; source <(ladder completion zsh)
     compadd() { while (( $# )); do if [[ $1 == -a ]]; then print -rl -- "\${(@P)2}"; return; fi; shift; done }
     words=(${words.map(quoted).join(' ')}); CURRENT=${words.length}; _ladder`,
    place,
  );
}

/** What fish offers: its own `complete -C`, with the descriptions left off. */
export function fish(words: string[], place: Place): string[] {
  return shell(
    'fish',
    `source (ladder completion fish | psub); complete -C ${quoted(words.join(' '))}`,
    place,
  ).map((c) => c.split('\t')[0]!);
}
