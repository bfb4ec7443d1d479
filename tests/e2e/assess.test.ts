import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { overflowing, runCli, tempDir } from '../helpers.js';
import { hasTmux, Terminal } from '../tmux.js';

function setup() {
  const data = tempDir();
  const env = { XDG_DATA_HOME: data, LADDER_USER: 'Sam Lee', TZ: 'UTC' };
  const dir = join(data, 'ladder', 'assessments');
  const files = () =>
    existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => f.endsWith('.json'))
          .sort()
      : [];
  const saved = (n = 0) => JSON.parse(readFileSync(join(dir, files()[n]!), 'utf8'));
  const answers = (content: string) => {
    const file = join(tempDir(), 'answers.yaml');
    writeFileSync(file, content);
    return file;
  };
  return { env, dir, files, saved, answers };
}

const ANSWERS =
  'checkpoints:\n  1: met\n  2: { status: partly, note: "Wrote two posts on the engineering blog" }\n  3: not-yet\n';

describe('ladder assess without a terminal', () => {
  it('checks the level first, then says how to run without a terminal (exit 2)', async () => {
    expect(await runCli(['assess', 'nope'])).toMatchObject({
      code: 2,
      stderr: 'error: unknown level "nope"\nhint: run "ladder list" to see the levels\n',
    });
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
    expect(r.stdout).toContain(
      'Checkpoints: 50%: 1 of 3 met, 1 partly (counting half), 1 not yet.',
    );
    expect(r.stdout).toContain('Experience: 16 years against a guideline of 15+: within it.');
    expect(r.stdout).toMatch(/Saved to\n {2}.*sam-lee\.director\.self\.\d{8}T\d{6}Z\.json\n/);
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

describe('ladder report, history and forget', () => {
  it('prints text, Markdown and the JSON contract, and writes --out without overwriting', async () => {
    const { env, answers } = setup();
    await runCli(['assess', 'director', '--answers', answers(ANSWERS)], { env });

    const json = JSON.parse((await runCli(['report', 'latest', '--json'], { env })).stdout);
    expect(Object.keys(json)).toEqual([
      'level',
      'subject',
      'assessor',
      'role',
      'startedAt',
      'updatedAt',
      'complete',
      'items',
      'readiness',
    ]);
    expect(json).toMatchObject({
      level: { id: 'director', title: 'Director of Engineering' },
      subject: { id: 'sam-lee', name: 'Sam Lee' },
      assessor: { id: 'sam-lee', name: 'Sam Lee' },
      role: 'self',
      complete: true,
    });
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
    expect((await runCli(['report', '--format', 'json'], { env })).stdout).toBe(
      (await runCli(['report', '--json'], { env })).stdout,
    );
    expect((await runCli(['report', 'director', '--json'], { env })).stdout).toBe(
      (await runCli(['report', '--json'], { env })).stdout,
    );

    const md = (await runCli(['report', '--format', 'markdown'], { env })).stdout;
    expect(md).toContain('# Self-assessment by Sam Lee: Director of Engineering');
    expect(md).toContain('| 2 | Has regularly contributed');
    expect(md).toContain('_Signals for a conversation, not a promotion verdict._');
    expect((await runCli(['report', '--format', 'markdown', '--out', '-'], { env })).stdout).toBe(
      md,
    );

    const out = join(tempDir(), 'assessment.md');
    expect((await runCli(['report', '--format', 'markdown', '--out', out], { env })).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(md);
    expect(await runCli(['report', '--format', 'markdown', '--out', out], { env })).toMatchObject({
      code: 1,
      stderr: `error: ${out} already exists\nhint: pass --force to overwrite it\n`,
    });
    expect((await runCli(['report', '--out', out, '--force'], { env })).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain(
      'Self-assessment by Sam Lee: Director of Engineering (director)',
    );
    expect(await runCli(['report', '--json', '--format', 'markdown'], { env })).toMatchObject({
      code: 2,
    });
  });

  it('history compares readiness only over the same items, and tells the same day apart', async () => {
    const { env, answers } = setup();
    const at = (time: string) => ({ ...env, LADDER_NOW: time, TZ: 'Europe/Paris' });
    await runCli(
      [
        'assess',
        'director',
        '--answers',
        answers('checkpoints:\n  1: not-yet\n  2: not-yet\n  3: met\n'),
      ],
      {
        env: at('2026-11-26T09:00:00Z'),
      },
    );
    await runCli(
      ['assess', 'director', '--answers', answers(ANSWERS.replace('3: not-yet', '3: met'))],
      {
        env: at('2026-11-26T15:30:00Z'),
      },
    );
    // A narrower assessment (its expectations, not its checkpoints) is not compared with these.
    await runCli(
      ['assess', 'director', '--answers', answers('competencies:\n  1: met\n  2: met\n')],
      {
        env: at('2026-11-27T09:00:00Z'),
      },
    );
    await runCli(['assess', 'director', '--answers', answers('checkpoints:\n  1: met\n')], {
      env: at('2026-11-28T09:00:00Z'),
    });
    const r = await runCli(['history'], { env: { ...env, TZ: 'Europe/Paris' } });
    expect(r.code).toBe(0);
    // Times stay whole on a line; the lines an entry wraps to are joined here to read it.
    const text = r.stdout.replace(/\u00a0/g, ' ').replace(/\n {6}/g, ' ');
    expect(text).toContain('\n  2026-11-26 10:00 +01:00 self: readiness 33%\n');
    expect(text).toContain(
      '\n  2026-11-26 16:30 +01:00 self: readiness 83%, +50 points since 2026-11-26 10:00 +01:00\n',
    );
    expect(text).toContain(
      '\n  2026-11-27 10:00 +01:00 self: readiness 100%; not compared with 2026-11-26 16:30 +01:00: the items differ (2 added, 3 removed)\n',
    );
    expect(text).toContain(
      '\n  2026-11-28 10:00 +01:00 self, unfinished: 1 of 3 answered, so far 100%\n',
    );
    const json = JSON.parse((await runCli(['history', 'director', '--json'], { env })).stdout);
    expect(
      json.assessments.map((a: { readiness: number }) => Math.round(a.readiness * 100)),
    ).toEqual([33, 83, 100, 100]);
    expect(json.assessments[1].movement).toEqual({ since: json.assessments[0].file, points: 50 });
    expect(json.assessments[3]).toMatchObject({
      complete: false,
      answered: 1,
      total: 3,
      movement: null,
    });
  });

  it('history skips a bad file with one warning, and never prints what a file smuggles in', async () => {
    const { env, dir, answers, saved } = setup();
    await runCli(['assess', 'director', '--answers', answers(ANSWERS)], { env });
    const evil = saved();
    writeFileSync(join(dir, 'broken.json'), '{"format": 2, "level": ');
    evil.level.title = 'Director\u001b]0;pwned\u0007 \u001b[2Jof Engineering';
    evil.items[0].note = 'x\u001b[31mred';
    writeFileSync(join(dir, 'evil.json'), JSON.stringify(evil));
    const r = await runCli(['history'], { env });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      `warning: skipped ${join(dir, 'broken.json')}, which is not a readable assessment: not JSON\n`,
    );
    expect(r.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    const report = await runCli(['report', join(dir, 'evil.json')], { env });
    expect(report.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(await runCli(['report', join(dir, 'broken.json')], { env })).toMatchObject({
      code: 1,
      stderr: `error: ${join(dir, 'broken.json')} is not a readable assessment: not JSON\n`,
    });
  });

  it('says when there is nothing yet: a failure with a hint, not a usage error', async () => {
    const { env } = setup();
    expect((await runCli(['history'], { env })).stdout).toContain('No saved assessments');
    expect(await runCli(['report'], { env })).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(
        /^error: no saved assessment in .*\nhint: start one with: ladder assess\n$/,
      ),
    });
  });

  it('forget deletes an assessment: with --yes, or never without a terminal', async () => {
    const { env, files, answers } = setup();
    await runCli(['assess', 'director', '--answers', answers(ANSWERS)], { env });
    expect(await runCli(['forget', 'latest'], { env })).toMatchObject({ code: 2 });
    expect(files()).toHaveLength(1);
    const r = await runCli(['forget', 'director', '--yes'], { env });
    expect(r).toMatchObject({ code: 0, stderr: expect.stringMatching(/^Deleted .*\.json\n$/) });
    expect(files()).toEqual([]);
  });
});

describe.runIf(hasTmux || process.env.CI)('ladder assess in a real terminal (tmux)', () => {
  let terminal: Terminal | undefined;
  afterEach(() => terminal?.kill());

  it('wraps a warning to a 40-column terminal, its path whole on a line of its own', async () => {
    const { env, dir, answers } = setup();
    await runCli(['assess', 'director', '--answers', answers(ANSWERS)], { env });
    writeFileSync(join(dir, 'broken.json'), '{"format": 2, "level": ');
    terminal = new Terminal(env, { columns: 40, rows: 30 });
    terminal.run('history');
    expect(await terminal.exitCode()).toBe(0);
    const lines = terminal.screen().split('\n');
    const at = lines.indexOf('warning: skipped');
    expect(at).toBeGreaterThanOrEqual(0);
    // tmux shows the path over as many rows as it takes; joined, it is one line to copy.
    const joined = terminal.screen({ join: true }).split('\n');
    expect(joined[joined.indexOf('warning: skipped') + 1]).toBe(`  ${join(dir, 'broken.json')},`);
    expect(joined).toContain('  which is not a readable');
    expect(joined).toContain('  assessment: not JSON');
  }, 30_000);

  for (const columns of [50, 120]) {
    it(`runs a whole session at ${columns} columns, every line within the width`, async () => {
      const { env, saved } = setup();
      terminal = new Terminal(env, { columns, rows: 60 });
      terminal.run('assess director');
      await terminal.waitFor('Years of experience');
      terminal.keys('Enter');
      for (const n of [1, 2, 3]) {
        await terminal.waitFor(`[${n}/3] Checkpoints`);
        terminal.keys('Enter'); // Met
        await terminal.waitForPrompt(/^\? Note or evidence \(optional\):$/);
        terminal.type(`note ${n}`);
        terminal.keys('Enter');
      }
      await terminal.waitFor('Review your answers');
      terminal.keys('Enter'); // Finish and save
      expect(await terminal.exitCode()).toBe(0);
      const shown = terminal.screen({ join: true });
      expect(shown).toContain('Checkpoints: 100%: 3 of 3 met.');
      expect(overflowing(shown.replace(/\n+$/, ''), columns)).toEqual([]);
      expect(saved().items.map((i: { note: string }) => i.note)).toEqual([
        'note 1',
        'note 2',
        'note 3',
      ]);
    }, 60_000);
  }

  it('asks on stderr when stdout goes to a file, and leaves the file only the result', async () => {
    const { env, saved } = setup();
    const out = join(tempDir(), 'out.txt');
    terminal = new Terminal(env, { columns: 60, rows: 50 });
    terminal.run(`assess director --years 16 > '${out}'`);
    for (const n of [1, 2, 3]) {
      await terminal.waitFor(`[${n}/3] Checkpoints`);
      terminal.keys('Enter'); // Met
      await terminal.waitForPrompt(/^\? Note or evidence \(optional\):$/);
      terminal.keys('Enter');
    }
    await terminal.waitFor('Review your answers');
    terminal.keys('Enter');
    expect(await terminal.exitCode()).toBe(0);
    const shown = terminal.screen({ join: true });
    // The session's words and its advice are on the terminal, wrapped to it; its result is not.
    expect(shown).toContain('Every answer is saved as you go, in');
    expect(shown).toContain('Share it with:');
    expect(shown).not.toContain('Checkpoints: 100%');
    expect(overflowing(shown.replace(/\n+$/, ''), 60)).toEqual([]);
    const written = readFileSync(out, 'utf8');
    expect(written).toContain('Checkpoints: 100%: 3 of 3 met.');
    expect(written).toMatch(/Saved to\n {2}\S+\.json\n$/);
    expect(written).not.toMatch(/\?|\x1b|Every answer/);
    expect(saved()).toMatchObject({ complete: true });
  }, 60_000);

  it('keeps the last note through Ctrl-C, and --resume asks for it again', async () => {
    const { env, files, saved } = setup();
    terminal = new Terminal(env);
    terminal.run('assess director --years 16');
    for (const n of [1, 2, 3]) {
      await terminal.waitFor(`[${n}/3] Checkpoints`);
      terminal.keys(...(n === 2 ? ['Down', 'Enter'] : ['Enter']));
      await terminal.waitForPrompt(/^\? Note or evidence \(optional\):$/);
      if (n < 3) terminal.keys('Enter');
    }
    terminal.type('half a note');
    terminal.keys('C-c');
    expect(await terminal.exitCode()).toBe(130);
    await terminal.waitFor('ladder assess director --resume');
    const stopped = terminal.screen({ join: true });
    expect(stopped).toMatch(
      /Stopped\. Your answers so far are saved in\n {2}\S+sam-lee\.director\.self\.\S+\.json\nContinue with:\n {2}ladder assess director --resume\n/,
    );
    expect(stopped).not.toContain('error:');
    expect(saved()).toMatchObject({ complete: false, progress: { item: 2, step: 'note' } });

    terminal.run('assess director --resume');
    await terminal.waitForPrompt(/^\? Note or evidence \(optional\):$/);
    // Where it goes on: the item, its place and section, and the answer given to it.
    expect(terminal.screen({ join: true })).toMatch(
      /Resuming\n {2}\S+\.json\n\n\[3\/3\] Checkpoints\n {2}\S[^]*?\n {2}Answered: Met\n\n\? Note or evidence/,
    );
    terminal.type('the last note');
    terminal.keys('Enter');
    await terminal.waitFor('Review your answers');
    terminal.keys('Enter');
    expect(await terminal.exitCode()).toBe(0);
    expect(files()).toHaveLength(1);
    expect(saved()).toMatchObject({ complete: true });
    expect(saved().items.map((i: { status: string; note: string }) => [i.status, i.note])).toEqual([
      ['met', ''],
      ['partly', ''],
      ['met', 'the last note'],
    ]);
  }, 60_000);

  it('reviews and changes an earlier answer before finishing, and --edit changes one after', async () => {
    const { env, saved } = setup();
    terminal = new Terminal(env);
    terminal.run('assess director --years 16');
    for (const n of [1, 2, 3]) {
      await terminal.waitFor(`[${n}/3] Checkpoints`);
      terminal.keys('Enter');
      await terminal.waitForPrompt(/^\? Note or evidence \(optional\):$/);
      terminal.type(n === 1 ? 'first note' : '');
      terminal.keys('Enter');
    }
    await terminal.waitFor('Review your answers');
    const asked = terminal.count('[1/3] Checkpoints');
    terminal.keys('Down', 'Enter'); // the first item
    await terminal.waitForMore('[1/3] Checkpoints', asked);
    terminal.keys('Down', 'Down', 'Enter'); // Not yet
    // The note is there to edit: clear it and write another.
    await terminal.waitForPrompt(/^\? Note or evidence \(optional\): first note$/);
    terminal.keys(...Array.from({ length: 'first note'.length }, () => 'BSpace'));
    await terminal.waitForPrompt(/^\? Note or evidence \(optional\):$/);
    terminal.type('not yet, after all');
    terminal.keys('Enter');
    await terminal.waitFor(/Review your answers[\s\S]*Not yet +1\./);
    terminal.keys('Enter');
    expect(await terminal.exitCode()).toBe(0);
    expect(saved().items[0]).toMatchObject({ status: 'not-yet', note: 'not yet, after all' });

    terminal.run('assess --edit latest');
    await terminal.waitFor('Review your answers');
    terminal.keys('Down', 'Down', 'Enter'); // the second item
    await terminal.waitFor('[2/3] Checkpoints');
    terminal.keys('Down', 'Down', 'Down', 'Enter'); // Not applicable
    await terminal.waitForPrompt(/^\? Note or evidence \(optional\):$/);
    terminal.keys('Enter');
    await terminal.waitFor(/Review your answers[\s\S]*Not applicable +2\./);
    terminal.keys('Enter');
    expect(await terminal.exitCode()).toBe(0);
    expect(saved()).toMatchObject({ complete: true });
    expect(saved().items.map((i: { status: string }) => i.status)).toEqual([
      'not-yet',
      'na',
      'met',
    ]);
  }, 60_000);

  it('writes prompts with no escape sequences at all under --no-color', async () => {
    const { env } = setup();
    terminal = new Terminal(env);
    terminal.run('--no-color assess director --years 16');
    await terminal.waitFor('[1/3] Checkpoints');
    terminal.keys('Enter');
    await terminal.waitForPrompt(/^\? Note or evidence \(optional\):$/);
    const plain = terminal.screen({ escapes: true });
    expect(plain).toContain('[1/3] Checkpoints');
    expect(plain).not.toMatch(/\u001b\[[0-9;]*m/);

    terminal.run('assess director --years 16');
    const colored = await terminal.waitFor('Resume it?');
    expect(colored).toBeTruthy();
    expect(terminal.screen({ escapes: true })).toMatch(/\u001b\[[0-9;]*m/);
  }, 60_000);
});
