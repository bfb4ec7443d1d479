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
import { BIN, ladderCopy, ROOT, SHIPPED, tempDir } from '../helpers.js';
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

/** The description lines `ladder complete` prints for `show h-`: id, a tab, the title. */
function described(place: Place): string[] {
  const r = spawnSync(join(place.bin, 'ladder'), ['complete', '--', 'show', 'h-'], {
    cwd: place.cwd,
    env: { ...process.env, ...place.env },
    encoding: 'utf8',
  });
  return r.stdout.split('\n').filter((l) => l.startsWith('h-'));
}

/** A store holding one readable assessment under each of `names`. */
function storeWithFiles(names: string[]): { store: string; assessments: string } {
  const store = tempDir();
  const assessments = join(store, 'assessments');
  mkdirSync(assessments, { recursive: true });
  const made = spawnSync(
    process.execPath,
    [BIN, 'assess', 'director', '--answers', join(ROOT, 'examples/check-in/alice.yaml'), '--quiet'],
    { env: { ...process.env, LADDER_STORE: store, LADDER_USER: 'Alice Martin' }, encoding: 'utf8' },
  );
  expect(made.status).toBe(0);
  const [first] = readdirSync(assessments);
  const text = readFileSync(join(assessments, first!), 'utf8');
  for (const name of names) writeFileSync(join(assessments, name), text);
  return { store, assessments };
}

describe.each(SHELLS)('completion in %s, of titles written by someone else', (name, tab, ok) => {
  it.runIf(ok || process.env.CI)(
    'offers levels by id, a title only as its description, and runs nothing',
    () => {
      const place = placeFor(ladderTitled(HOSTILE));
      expect(tab(['ladder', 'show', 'h-'], place).sort()).toEqual(['h-1', 'h-2', 'h-3', 'h-4']);
      for (let i = 1; i <= HOSTILE.length; i++)
        expect(tab(['ladder', 'show', `T${i}`], place)).toEqual([]);
      expect(described(place).sort()).toEqual(HOSTILE.map((t, i) => `h-${i + 1}\t${t}`));
      expect(readdirSync(place.cwd)).toEqual([]);
    },
  );

  it.runIf(ok || process.env.CI)(
    'describes a level titled with escapes, bidi marks or a line break in plain text, one line each',
    () => {
      const place = placeFor(
        ladderTitled(['Esc \u001b]0;owned\u0007 x', 'Rlo \u202e y', 'Two\nlines']),
      );
      const offered = tab(['ladder', 'show', 'h-'], place);
      expect(offered.sort()).toEqual(['h-1', 'h-2', 'h-3']);
      expect(described(place)).toEqual(['h-1\tEsc  x', 'h-2\tRlo  y', 'h-3\tTwo lines']);
    },
  );

  it.runIf(ok || process.env.CI)(
    'offers a store file named to run code as a file name, and runs nothing',
    () => {
      const fileName = 'x$(touch${IFS}RAN_FILE).json';
      const { store, assessments } = storeWithFiles([fileName]);
      const place = placeFor(SHIPPED, { LADDER_STORE: store });
      tab(['ladder', 'report', ''], place);
      const offered = tab(['ladder', 'report', join(assessments, 'x')], place);
      expect(offered).toHaveLength(1);
      expect(unquoted(name, offered[0]!, place.cwd)).toBe(join(assessments, fileName));
      expect(readdirSync(place.cwd)).toEqual([]);
      expect(existsSync(join(assessments, 'RAN_FILE'))).toBe(false);
    },
  );

  // Generated file names and titles of shell metacharacters, 50 a shell to fit the machine:
  // each file is offered as one candidate that reads back as its path, each title stays a
  // description of its level's id, and nothing runs.
  it.runIf(ok || process.env.CI)(
    'offers any file name as itself and any title as a description (a fuzz of 50)',
    () => {
      const char = fc.constantFrom(
        ...'$`\'"\\;&|<>(){}[]*?~!#%^= ,:@'.split(''),
        'a',
        'b',
        'touch X',
      );
      const texts = fc.sample(
        fc.array(char, { minLength: 1, maxLength: 12 }).map((cs) => cs.join('')),
        { numRuns: 50, seed: 22 },
      );
      const files = texts.map((t, i) => `Zq${i}q ${t} end.json`);
      const { store, assessments } = storeWithFiles(files);
      const place = placeFor(ladderTitled(texts.map((t, i) => `Zq${i}q ${t} end`)), {
        LADDER_STORE: store,
      });
      files.forEach((file, i) => {
        const offered = tab(['ladder', 'report', join(assessments, `Zq${i}q`)], place);
        expect(offered, `file ${JSON.stringify(file)}`).toHaveLength(1);
        expect(unquoted(name, offered[0]!, place.cwd)).toBe(join(assessments, file));
      });
      expect(described(place).sort()).toEqual(
        texts.map((t, i) => `h-${i + 1}\tZq${i}q ${t} end`).sort(),
      );
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
    'inserts an id (its title only described), runs nothing, and shows the level on Enter',
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
      terminal.type('ladder show h-');
      terminal.keys('Tab');
      await terminal.waitFor(/ladder show h-1 *$/m);
      terminal.keys('Enter');
      await terminal.waitFor('People Manager path · h-1');
      expect(terminal.screen({ join: true })).toContain('T1 $(touch RAN_DOLLAR) `touch RAN_TICK`');
      await new Promise((r) => setTimeout(r, 1000));
      terminal.type('clear\n');
      await new Promise((r) => setTimeout(r, 500));
      terminal.type('ladder show vp-o');
      terminal.keys('Tab');
      await terminal.waitFor(/ladder show vp-of-engineering *$/m);
      terminal.keys('Enter');
      await terminal.waitFor('path · vp-eng');
      expect(readdirSync(place.cwd)).toEqual([]);
    },
    40_000,
  );
});
