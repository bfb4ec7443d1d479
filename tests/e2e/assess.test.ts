import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, runCli, tempDir } from '../helpers.js';

function setup() {
  const data = tempDir();
  const env = { XDG_DATA_HOME: data };
  const dir = join(data, 'ladder', 'assessments');
  const files = () =>
    existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => f.endsWith('.json'))
          .sort()
      : [];
  const answers = (content: string) => {
    const file = join(tempDir(), 'answers.yaml');
    writeFileSync(file, content);
    return file;
  };
  return { env, dir, files, answers };
}

const ANSWERS =
  'checkpoints:\n  1: met\n  2: { status: partly, note: "Wrote two posts on the engineering blog" }\n  3: not-yet\n';

describe('ladder assess without a terminal', () => {
  it('exits 2 and says how to run non-interactively', async () => {
    const r = await runCli(['assess', 'director']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'error: ladder assess asks its questions in a terminal, and there is none on stdin\n' +
        'hint: answer from a file instead: ladder assess <level> --answers answers.yaml (see ladder assess --help)\n',
    );
  });

  it('takes --answers, saves the assessment and prints the summary', async () => {
    const { env, files, answers } = setup();
    const r = await runCli(['assess', 'director', '--answers', answers(ANSWERS), '--years', '16'], {
      env,
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Checkpoints: 1 of 3 met, 1 partly (counts as 1½ of 3, 50%)');
    expect(r.stdout).toContain('Experience: 16 years against a guideline of 15+: within it.');
    expect(r.stdout).toMatch(/Saved to .*director-\d{8}T\d{6}Z-[0-9a-f]{4}\.json/);
    expect(files()).toHaveLength(1);
  });

  it('exits 1 on a bad answers file, with file, line and what is wrong', async () => {
    const { env, files, answers } = setup();
    const file = answers('checkpoints:\n  1: met\n  2: sometimes\n');
    const r = await runCli(['assess', 'director', '--answers', file], { env });
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(
      `error: ${file}:3:6: unknown status "sometimes": use one of met, partly, not-yet, na`,
    );
    expect(files()).toEqual([]);
  });
});

describe('ladder report and history', () => {
  it('prints text, Markdown and the JSON contract, and writes --out without overwriting', async () => {
    const { env, answers } = setup();
    await runCli(['assess', 'director', '--answers', answers(ANSWERS)], { env });

    const json = JSON.parse(
      (await runCli(['report', 'latest', '--format', 'json'], { env })).stdout,
    );
    expect(Object.keys(json)).toEqual([
      'level',
      'startedAt',
      'updatedAt',
      'complete',
      'items',
      'readiness',
    ]);
    expect(json.level).toEqual({ id: 'director', title: 'Director of Engineering' });
    expect(json.complete).toBe(true);
    expect(json.items[1]).toEqual({
      section: 'checkpoints',
      id: 'regular-publication',
      text: 'Has regularly contributed to a technical or people management blog or publication over the past 12 months',
      status: 'partly',
      note: 'Wrote two posts on the engineering blog',
    });
    expect(json.readiness).toEqual({
      overall: 0.5,
      sections: [{ id: 'checkpoints', met: 1, partly: 1, notYet: 1, na: 0, total: 3, score: 0.5 }],
    });

    const md = (await runCli(['report', '--format', 'markdown'], { env })).stdout;
    expect(md).toContain('# Self-assessment: Director of Engineering');
    expect(md).toContain('| 2 | Has regularly contributed');
    expect(md).toContain('_Signals for a conversation, not a promotion verdict._');

    const text = await runCli(['report'], { env });
    expect(text.stdout).toContain('Next steps');

    const out = join(tempDir(), 'assessment.md');
    expect((await runCli(['report', '--format', 'markdown', '--out', out], { env })).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(md);
    const again = await runCli(['report', '--format', 'markdown', '--out', out], { env });
    expect(again).toMatchObject({
      code: 1,
      stderr: `error: ${out} already exists\nhint: pass --force to overwrite it\n`,
    });
    expect((await runCli(['report', '--out', out, '--force'], { env })).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain(
      'Self-assessment: Director of Engineering (director)',
    );
  });

  it('history shows each assessment and how readiness moved', async () => {
    const { env, answers } = setup();
    await runCli(
      [
        'assess',
        'director',
        '--answers',
        answers('checkpoints:\n  1: not-yet\n  2: not-yet\n  3: met\n'),
      ],
      { env },
    );
    await runCli(
      ['assess', 'director', '--answers', answers(ANSWERS.replace('3: not-yet', '3: met'))],
      { env },
    );
    const r = await runCli(['history'], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Director of Engineering (director)');
    expect(r.stdout).toMatch(/complete\s+3 of 3 answered, readiness 33%/);
    expect(r.stdout).toMatch(/readiness 83% \(\+50 points since \d{4}-\d\d-\d\d\)/);
    const json = JSON.parse((await runCli(['history', 'director', '--json'], { env })).stdout);
    expect(
      json.assessments.map((a: { readiness: number }) => Math.round(a.readiness * 100)),
    ).toEqual([33, 83]);
  });

  it('says when there is nothing yet', async () => {
    const { env } = setup();
    expect((await runCli(['history'], { env })).stdout).toContain('No saved assessments');
    expect(await runCli(['report'], { env })).toMatchObject({ code: 2 });
  });
});

const hasTmux = spawnSync('tmux', ['-V']).status === 0;

/** Drives the CLI in a real terminal: tmux runs it, send-keys types, capture-pane reads. */
describe.runIf(hasTmux || process.env.CI)('ladder assess in a real terminal (tmux)', () => {
  const session = `ladder-test-${process.pid}`;
  const tmux = (...args: string[]) =>
    execFileSync('tmux', ['-L', session, ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  const screen = () => tmux('capture-pane', '-p', '-t', session);
  async function waitFor(text: string | RegExp, timeout = 10_000): Promise<string> {
    const end = Date.now() + timeout;
    for (;;) {
      const shown = screen();
      if (typeof text === 'string' ? shown.includes(text) : text.test(shown)) return shown;
      if (Date.now() > end)
        throw new Error(`timed out waiting for ${text}; the screen shows:\n${shown}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  it('answers two items, stops on Ctrl-C with both saved (exit 130), then resumes and finishes', async () => {
    const { env, dir, files } = setup();
    const work = tempDir();
    const run = (args: string) => {
      const command = `cd '${ROOT}' && env XDG_DATA_HOME='${env.XDG_DATA_HOME}' node '${BIN}' ${args}; echo $? > '${work}/exit'`;
      try {
        tmux('kill-server');
      } catch {
        // No server yet.
      }
      tmux('new-session', '-d', '-s', session, '-x', '100', '-y', '50', command + '; sleep 60');
    };
    const exitCode = async () => {
      const end = Date.now() + 10_000;
      while (!existsSync(join(work, 'exit'))) {
        if (Date.now() > end) throw new Error(`no exit code; the screen shows:\n${screen()}`);
        await new Promise((r) => setTimeout(r, 100));
      }
      const code = Number(readFileSync(join(work, 'exit'), 'utf8'));
      execFileSync('rm', [join(work, 'exit')]);
      return code;
    };
    try {
      run('assess director');
      await waitFor('Years of experience');
      tmux('send-keys', '-t', session, 'Enter');
      await waitFor('[1/3] Checkpoints');
      tmux('send-keys', '-t', session, 'Enter'); // Met
      await waitFor('Note or evidence');
      tmux('send-keys', '-t', session, '-l', 'Led the promotions of four ICs');
      tmux('send-keys', '-t', session, 'Enter');
      await waitFor('[2/3] Checkpoints');
      tmux('send-keys', '-t', session, 'Down', 'Enter'); // Partly
      await waitFor(/Partly\n.*Note or evidence/);
      tmux('send-keys', '-t', session, 'C-c');
      expect(await exitCode()).toBe(130);
      const stopped = await waitFor('continue with: ladder assess director --resume');
      expect(stopped).toContain('your answers so far are saved in');
      expect(files()).toHaveLength(1);
      const saved = JSON.parse(readFileSync(join(dir, files()[0]!), 'utf8'));
      expect(saved.items.map((i: { status: string; note: string }) => [i.status, i.note])).toEqual([
        ['met', 'Led the promotions of four ICs'],
        ['partly', ''],
        [null, ''],
      ]);

      run('assess director --resume');
      await waitFor('[3/3] Checkpoints');
      tmux('send-keys', '-t', session, 'Down', 'Down', 'Enter'); // Not yet
      await waitFor('Note or evidence');
      tmux('send-keys', '-t', session, 'Enter');
      expect(await exitCode()).toBe(0);
      const summary = await waitFor('Saved to');
      expect(summary).toContain('Checkpoints: 1 of 3 met, 1 partly (counts as 1½ of 3, 50%)');
      const done = JSON.parse(readFileSync(join(dir, files()[0]!), 'utf8'));
      expect(done.complete).toBe(true);
      expect(done.items.map((i: { status: string }) => i.status)).toEqual([
        'met',
        'partly',
        'not-yet',
      ]);
    } finally {
      try {
        tmux('kill-server');
      } catch {
        // Already gone.
      }
    }
  }, 60_000);
});
