import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  bash,
  fish,
  has,
  hasBashCompletion,
  ladderOnPath,
  zsh,
  type Place,
} from '../completion-shells.js';
import { ladderCopy, SHIPPED, tempDir } from '../helpers.js';
import { hasTmux, Terminal } from '../tmux.js';

// A ladder is shared: its titles, and the names of a store's files, are written by someone
// else. A Tab offers them as data: one candidate each, quoted for the shell, never run.

const director = readFileSync(join(SHIPPED, 'levels/director.yaml'), 'utf8');

/** The shipped ladder with more levels beside Director, titled as given, ids h-1, h-2, … */
function ladderTitled(titles: string[]): string {
  const files: Record<string, string> = {};
  titles.forEach((title, i) => {
    files[`levels/h-${i + 1}.yaml`] = director
      .replace(/^id: .*$/m, `id: h-${i + 1}`)
      .replace(/^title: .*$/m, `title: ${JSON.stringify(title)}`)
      .replace(/^aliases: .*$/m, 'aliases: []');
  });
  return ladderCopy(SHIPPED, files);
}

/** A folder to run in, which must stay empty: any file in it is a command that ran. */
function placeFor(ladder: string, env: Record<string, string> = {}): Place {
  const cwd = tempDir('ladder-tab-cwd-');
  return { bin: ladderOnPath(), cwd, env: { LADDER_DIR: ladder, ...env } };
}

const SHELLS = [
  ['bash', bash, has('bash') && hasBashCompletion],
  ['zsh', zsh, has('zsh')],
  ['fish', fish, has('fish')],
] as const;

/**
 * A candidate as the shell reads it back. bash's function quotes what it offers; zsh's compadd
 * and fish quote as they insert, which the terminal tests below watch.
 */
function unquoted(shell: string, candidate: string, cwd: string): string {
  if (shell !== 'bash') return candidate;
  // The shell itself reads the quoted word back, in a folder that must stay empty.
  const r = spawnSync(shell, ['-c', `printf '%s' ${candidate}`], { cwd, encoding: 'utf8' });
  return r.stdout;
}

const HOSTILE = [
  'T1 $(touch RAN_DOLLAR)',
  'T2 `touch RAN_TICK`',
  `T3; touch RAN_SEMI 'q" x`,
  'T4 {a,b} * ~ ! & | < > # % $HOME',
];

describe.each(SHELLS)('completion in %s, of titles written by someone else', (name, tab, ok) => {
  it.runIf(ok || process.env.CI)('offers each as one quoted word that runs nothing', () => {
    const place = placeFor(ladderTitled(HOSTILE));
    HOSTILE.forEach((title, i) => {
      const offered = tab(['ladder', 'show', `T${i + 1}`], place);
      expect(offered, `candidate for title ${i + 1}`).toHaveLength(1);
      expect(unquoted(name, offered[0]!, place.cwd)).toBe(title);
    });
    expect(readdirSync(place.cwd)).toEqual([]);
  });

  it.runIf(ok || process.env.CI)(
    'leaves out a title with escapes, bidi marks or a line break',
    () => {
      const place = placeFor(
        ladderTitled(['Esc \u001b]0;owned\u0007 x', 'Rlo \u202e y', 'Two\nlines']),
      );
      const offered = tab(['ladder', 'show', 'h-'], place);
      expect(offered.sort()).toEqual(['h-1', 'h-2', 'h-3']);
      for (const prefix of ['Esc', 'Rlo', 'Two'])
        expect(tab(['ladder', 'show', prefix], place)).toEqual([]);
    },
  );

  it.runIf(ok || process.env.CI)(
    'offers a store file named to run code as a file name, and runs nothing',
    () => {
      const store = tempDir();
      const assessments = join(store, 'assessments');
      mkdirSync(assessments, { recursive: true });
      const name = 'x$(touch${IFS}RAN_FILE).json';
      writeFileSync(join(assessments, name), '{}');
      const place = placeFor(SHIPPED, { LADDER_STORE: store });
      tab(['ladder', 'report', ''], place);
      tab(['ladder', 'report', join(assessments, 'x')], place);
      expect(readdirSync(place.cwd)).toEqual([]);
      expect(existsSync(join(assessments, 'RAN_FILE'))).toBe(false);
    },
  );

  // Generated titles of shell metacharacters, 50 a shell to fit the machine: each is offered
  // as one candidate that reads back as the title, and nothing runs.
  it.runIf(ok || process.env.CI)(
    'offers any title as itself (a fuzz of 50)',
    () => {
      const char = fc.constantFrom(
        ...'$`\'"\\;&|<>(){}[]*?~!#%^= ,:@'.split(''),
        'a',
        'b',
        'touch X',
      );
      const titles = fc.sample(
        fc.array(char, { minLength: 1, maxLength: 12 }).map((cs) => cs.join('')),
        {
          numRuns: 50,
          seed: 22,
        },
      );
      const place = placeFor(ladderTitled(titles.map((t, i) => `Zq${i}q ${t} end`)));
      titles.forEach((t, i) => {
        const offered = tab(['ladder', 'show', `Zq${i}q`], place);
        expect(offered, `title ${JSON.stringify(t)}`).toHaveLength(1);
        expect(unquoted(name, offered[0]!, place.cwd)).toBe(`Zq${i}q ${t} end`);
      });
      expect(readdirSync(place.cwd)).toEqual([]);
    },
    120_000,
  );
});

/** How each shell starts bare, and what sets its completion up. */
const INTERACTIVE: Record<string, { start: string; setup: string }> = {
  bash: {
    start: 'bash --norc --noprofile -i',
    setup: `source ${'/usr/share/bash-completion/bash_completion'}; source <(ladder completion bash)`,
  },
  zsh: {
    start: 'zsh -f -i',
    setup: 'autoload -Uz compinit && compinit -u; source <(ladder completion zsh)',
  },
  fish: { start: 'fish --no-config -i', setup: 'source (ladder completion fish | psub)' },
};

describe.each(SHELLS)('Tab and Enter in a real %s', (name, _tab, ok) => {
  let terminal: Terminal | undefined;
  afterEach(() => terminal?.kill());

  it.runIf((ok && hasTmux) || process.env.CI)(
    'inserts a title that pastes as one word, runs nothing, and shows the level on Enter',
    async () => {
      const place = placeFor(ladderTitled(['T1 $(touch RAN_DOLLAR) `touch RAN_TICK`']));
      terminal = new Terminal({
        PATH: `${place.bin}:${process.env.PATH}`,
        LADDER_DIR: place.env.LADDER_DIR!,
        HOME: tempDir(),
        XDG_CACHE_HOME: tempDir(),
        PS1: '$ ',
        NO_COLOR: '1',
      });
      terminal.shell(INTERACTIVE[name]!.start, place.cwd);
      await new Promise((r) => setTimeout(r, 500));
      terminal.type(`${INTERACTIVE[name]!.setup}; clear\n`);
      await new Promise((r) => setTimeout(r, 1500));
      terminal.type('ladder show T1');
      terminal.keys('Tab');
      await terminal.waitFor(/ladder show \S*T1.*RAN_TICK/);
      terminal.keys('Enter');
      await terminal.waitFor('People Manager path · h-1');
      expect(terminal.screen({ join: true })).toContain('T1 $(touch RAN_DOLLAR) `touch RAN_TICK`');
      await new Promise((r) => setTimeout(r, 1000));
      terminal.type('clear\n');
      await new Promise((r) => setTimeout(r, 500));
      terminal.type('ladder show Dir');
      terminal.keys('Tab');
      await terminal.waitFor(/ladder show Director\\? of\\? Engineering/);
      terminal.keys('Enter');
      await terminal.waitFor('path · director');
      expect(readdirSync(place.cwd)).toEqual([]);
    },
    40_000,
  );
});
