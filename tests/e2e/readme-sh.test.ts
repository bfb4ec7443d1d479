import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ladderOnPath } from '../completion-shells.js';
import { read, ROOT, tempDir } from '../helpers.js';
import { hasTmux, Terminal } from '../tmux.js';

// Every `ladder …` line of the README's ```sh blocks, run as written in the shell it is for,
// from a folder laid out as a clone is, with ladder on the PATH: each exits 0.

const README = read(join(ROOT, 'README.md'));

/** The lines that run ladder, each with its comment taken off. */
function ladderLines(): string[] {
  return [...README.matchAll(/```sh\n([\s\S]*?)```/g)]
    .flatMap((m) => m[1]!.split('\n'))
    .map((line) => line.replace(/\s+#\s.*$/, '').trim())
    .filter((line) => /(^|&& |<\()ladder /.test(line));
}

/** A session in a terminal, which the tmux test drives; the others run in a shell. */
const converses = (line: string) => line.startsWith('ladder assess') && !line.includes('--answers');

const shellOf = (line: string) =>
  line.includes('completion zsh') ? 'zsh' : line.includes('completion fish') ? 'fish' : 'bash';

/** A clone's layout where the lines run: the files they name, a home and a store of its own. */
function place() {
  const cwd = tempDir('ladder-readme-sh-');
  for (const dir of ['tests/fixtures/seed', 'examples'])
    cpSync(join(ROOT, dir), join(cwd, dir), { recursive: true });
  // The answers file the README shows, where its line reads it.
  const answers = /```yaml\n((?:\s*# answers\.yaml[^\n]*\n)[\s\S]*?)\s*```/.exec(README)![1]!;
  writeFileSync(join(cwd, 'answers.yaml'), answers.replace(/^ {2}/gm, ''));
  const home = tempDir('ladder-home-');
  const fpath = join(home, 'zsh-functions');
  mkdirSync(fpath);
  const env = {
    PATH: `${ladderOnPath()}:${process.env.PATH}`,
    HOME: home,
    // zsh takes $fpath from FPATH: the README's `${fpath[1]}` is this folder.
    FPATH: fpath,
    XDG_DATA_HOME: join(home, 'data'),
    XDG_CACHE_HOME: join(home, 'cache'),
    XDG_CONFIG_HOME: join(home, 'config'),
    LADDER_USER: 'Sam Lee',
    NO_COLOR: '1',
    COLUMNS: '100',
    TZ: 'UTC',
  };
  return { cwd, home, fpath, env };
}

describe('the README sh blocks', () => {
  const lines = ladderLines();
  const batch = lines.filter((l) => !converses(l));
  const here = place();

  it('has lines to run, the interactive ones among them', () => {
    expect(batch.length).toBeGreaterThanOrEqual(6);
    expect(lines.filter(converses).length).toBeGreaterThanOrEqual(3);
  });

  it.each(batch)('runs `%s`, which exits 0', (line) => {
    const shell = shellOf(line);
    const r = spawnSync(shell, ['-c', line], { cwd: here.cwd, env: here.env, encoding: 'utf8' });
    // What it says on stderr is news (Wrote …), never a problem.
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(/error|warning|hint/);
  });

  it('leaves what the completion lines say where they say', () => {
    expect(existsSync(join(here.fpath, '_ladder'))).toBe(true);
    expect(existsSync(join(here.home, '.config/fish/completions/ladder.fish'))).toBe(true);
  });
});

describe.runIf(hasTmux || process.env.CI)('the README sh blocks in a real terminal', () => {
  let terminal: Terminal | undefined;
  afterEach(() => terminal?.kill());

  /** Answers every question of a session on the director level: Met, and no note. */
  async function answerAll(t: Terminal) {
    for (const n of [1, 2, 3]) {
      await t.waitFor(`[${n}/3] Checkpoints`);
      t.keys('Enter');
      await t.waitForPrompt(/^\? Note or evidence \(optional\):$/);
      t.keys('Enter');
    }
  }

  it('runs the assess lines as written, each to exit 0', async () => {
    const lines = ladderLines().filter(converses);
    expect(lines).toEqual([
      'ladder assess director',
      'ladder assess director --resume',
      'ladder assess --edit latest',
    ]);
    const { cwd, env } = place();
    const run = async (line: string, drive: (t: Terminal) => Promise<void>, code = 0) => {
      terminal = new Terminal(env, { columns: 100, rows: 50 });
      terminal.shell(line, cwd);
      await drive(terminal);
      expect(await terminal.exitCode()).toBe(code);
    };
    const finish = async (t: Terminal) => {
      await t.waitFor('Review your answers');
      t.keys('Enter');
    };
    await run(lines[0]!, async (t) => {
      await t.waitFor('Years of experience');
      t.keys('Enter');
      await answerAll(t);
      await finish(t);
    });
    // --resume needs a session stopped part way: one is started and stopped first.
    await run(
      'ladder assess director',
      async (t) => {
        await t.waitFor('Years of experience');
        t.keys('Enter');
        await t.waitFor('[1/3] Checkpoints');
        t.keys('Enter');
        await t.waitForPrompt(/^\? Note or evidence \(optional\):$/);
        t.keys('C-c');
      },
      130,
    );
    await run(lines[1]!, async (t) => {
      await t.waitForPrompt(/^\? Note or evidence \(optional\):$/);
      t.keys('Enter');
      for (const n of [2, 3]) {
        await t.waitFor(`[${n}/3] Checkpoints`);
        t.keys('Enter');
        await t.waitForPrompt(/^\? Note or evidence \(optional\):$/);
        t.keys('Enter');
      }
      await finish(t);
    });
    await run(lines[2]!, finish);
  }, 90_000);
});
