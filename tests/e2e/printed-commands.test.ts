import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ladderOnPath } from '../completion-shells.js';
import { runCli, tempDir } from '../helpers.js';

// A person's name is written by someone else: every command ladder prints for a person to copy
// pastes into a shell as what it says, and runs nothing else.

const ZED = 'Zed $(touch HINT_RAN) `touch TICK_RAN`';

/** The commands in what ladder printed: each `ladder …` to the end of its line. */
const commandsIn = (text: string) => [...text.matchAll(/ladder [^\n]*/g)].map((m) => m[0]);

describe('commands printed for a person with a hostile name', () => {
  it('paste into a shell as one command each, naming the same person, and run nothing else', async () => {
    const data = tempDir();
    const env = { XDG_DATA_HOME: data, LADDER_USER: 'Sam Lee', TZ: 'UTC', COLUMNS: '200' };
    const answers = join(tempDir(), 'answers.yaml');
    writeFileSync(answers, 'checkpoints:\n  1: met\n');
    const saved = await runCli(['assess', 'director', '--for', ZED, '--answers', answers], { env });
    const none = await runCli(['report', 'vp-eng', '--for', ZED], { env });
    const compare = await runCli(['compare', 'director', '--for', ZED], { env });
    const printed = [saved.stdout, none.stderr, compare.stderr].flatMap(commandsIn);
    expect(printed).toEqual([
      'ladder assess director --for zed-touch-hint-ran-touch-tick-ran --resume',
      "ladder assess vp-eng --for 'Zed $(touch HINT_RAN) `touch TICK_RAN`'",
      "ladder assess director --as 'Zed $(touch HINT_RAN) `touch TICK_RAN`'",
    ]);
    // Each pasted as it is: ladder gets the person, the shell runs nothing of the name.
    const cwd = tempDir();
    const bin = ladderOnPath();
    for (const command of printed) {
      const r = spawnSync('sh', ['-c', command], {
        cwd,
        env: { ...process.env, ...env, PATH: `${bin}:${process.env.PATH}` },
        encoding: 'utf8',
      });
      expect(r.stderr).not.toMatch(/not found|syntax error/);
    }
    expect(readdirSync(cwd)).toEqual([]);
  });
});
