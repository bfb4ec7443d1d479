import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assess, type AssessOptions } from '../../src/commands/assess.js';
import type { CommandContext } from '../../src/commands/context.js';
import type { Assessment } from '../../src/ladder/assessment.js';
import { scripted } from '../scripted-prompter.js';
import { SHIPPED, tempDir, testStyle } from '../helpers.js';

function context() {
  const data = tempDir();
  const out: string[] = [];
  const err: string[] = [];
  const ctx: CommandContext = {
    ladderDir: SHIPPED,
    style: testStyle(100),
    env: { XDG_DATA_HOME: data, LADDER_NO_CACHE: '1' },
    out: (t) => void out.push(t),
    err: (t) => void err.push(t),
  };
  const dir = join(data, 'ladder', 'assessments');
  const files = () => readdirSync(dir).filter((f) => f.endsWith('.json'));
  const saved = (): Assessment => JSON.parse(readFileSync(join(dir, files()[0]!), 'utf8'));
  return { ctx, out, err, dir, files, saved };
}

const options = (o: Partial<AssessOptions>): AssessOptions => ({
  resume: false,
  sections: [],
  ...o,
});

describe('ladder assess (command)', () => {
  it('walks the checkpoints, saves a private file, and ends with the summary', async () => {
    const { ctx, out, dir, files, saved } = context();
    const { prompter } = scripted(['met', 'partly', 'not-yet'], ['', 'two posts', ''], {
      years: 12,
    });
    expect(await assess(options({ level: 'director' }), ctx, { interactive: true, prompter })).toBe(
      0,
    );
    expect(files()).toHaveLength(1);
    expect(files()[0]).toMatch(/^director-\d{8}T\d{6}Z-[0-9a-f]{4}\.json$/);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(join(dir, files()[0]!)).mode & 0o777).toBe(0o600);
    const a = saved();
    expect(a).toMatchObject({ complete: true, years: 12, yearsGuideline: '15+' });
    expect(a.items.map((i) => i.status)).toEqual(['met', 'partly', 'not-yet']);
    const text = out.join('');
    expect(text).toContain('You will answer 3 items from Checkpoints');
    expect(text).toContain('Checkpoints: 1 of 3 met, 1 partly (counts as 1½ of 3, 50%); missing:');
    expect(text).toContain('not a promotion verdict');
    expect(text).toContain('Experience: 12 years against a guideline of 15+: 3 years below it.');
    expect(text).toContain('• Partly: Has regularly contributed');
  });

  it('keeps every answer on Ctrl-C, exits 130 and says how to resume', async () => {
    const { ctx, saved } = context();
    const { prompter } = scripted(['met', 'partly', 'interrupt'], ['evidence']);
    await expect(
      assess(options({ level: 'director' }), ctx, { interactive: true, prompter }),
    ).rejects.toMatchObject({
      exitCode: 130,
      message: expect.stringMatching(
        /^interrupted; your answers so far are saved in .*director-.*\.json$/,
      ),
      hint: 'continue with: ladder assess director --resume',
    });
    expect(saved().items.map((i) => [i.status, i.note])).toEqual([
      ['met', 'evidence'],
      ['partly', ''],
      [null, ''],
    ]);
  });

  it('resumes at the first unanswered item, with --resume or when offered', async () => {
    const { ctx, files, saved } = context();
    await assess(options({ level: 'director' }), ctx, {
      interactive: true,
      prompter: scripted(['met', 'interrupt']).prompter,
    }).catch(() => {});
    const second = scripted(['not-yet', 'na']);
    await assess(options({ level: 'director', resume: true }), ctx, {
      interactive: true,
      prompter: second.prompter,
    });
    expect(second.asked.map((q) => q.index)).toEqual([1, 2]);
    expect(files()).toHaveLength(1);
    expect(saved().items.map((i) => i.status)).toEqual(['met', 'not-yet', 'na']);
    expect(saved().complete).toBe(true);

    // A later unfinished one is offered; declining starts a new file.
    await assess(options({ level: 'director' }), ctx, {
      interactive: true,
      prompter: scripted(['met', 'interrupt']).prompter,
    }).catch(() => {});
    const declined = scripted(['na', 'na', 'na'], [], { confirm: false });
    await assess(options({ level: 'director' }), ctx, {
      interactive: true,
      prompter: declined.prompter,
    });
    expect(files()).toHaveLength(3);
  });

  it('says when there is nothing to resume', async () => {
    const { ctx } = context();
    await expect(
      assess(options({ level: 'director', resume: true }), ctx, {
        interactive: true,
        prompter: scripted([]).prompter,
      }),
    ).rejects.toMatchObject({ exitCode: 1, hint: 'start one with: ladder assess director' });
  });

  it('offers the expectation lists when the level has no checkpoints (VP)', async () => {
    const { ctx, out, saved } = context();
    const answers = Array.from({ length: 5 + 4 }, () => 'met' as const);
    const { prompter } = scripted(answers, [], { sections: ['responsibilities', 'communication'] });
    await assess(options({ level: 'vp' }), ctx, { interactive: true, prompter });
    expect(out.join('')).toContain('VP of Engineering has no checkpoints written yet');
    expect([...new Set(saved().items.map((i) => i.section))]).toEqual([
      'responsibilities',
      'communication',
    ]);
  });

  it('asks for the level when none is given', async () => {
    const { ctx, saved } = context();
    await assess(options({}), ctx, {
      interactive: true,
      prompter: scripted(['met', 'met', 'met']).prompter,
    });
    expect(saved().level.id).toBe('director');
  });

  it('refuses to prompt without a terminal, and says how to run without one', async () => {
    const { ctx } = context();
    await expect(
      assess(options({ level: 'director' }), ctx, { interactive: false }),
    ).rejects.toMatchObject({
      exitCode: 2,
      hint: expect.stringContaining('--answers'),
    });
  });

  it('takes answers from a file, by position or item id', async () => {
    const { ctx, saved } = context();
    const file = join(tempDir(), 'answers.yaml');
    writeFileSync(
      file,
      'checkpoints:\n  directs-promoted: met\n  2: { status: partly, note: "Two posts" }\n  3: not-yet\n',
    );
    await assess(options({ level: 'director', answers: file }), ctx, { interactive: false });
    expect(saved().items.map((i) => [i.status, i.note])).toEqual([
      ['met', ''],
      ['partly', 'Two posts'],
      ['not-yet', ''],
    ]);
  });

  it("says when a level's checkpoints are not written, and what to answer instead", async () => {
    const { ctx } = context();
    const file = join(tempDir(), 'answers.yaml');
    writeFileSync(file, 'checkpoints:\n  1: met\n');
    await expect(
      assess(options({ level: 'vp', answers: file }), ctx, { interactive: false }),
    ).rejects.toMatchObject({
      message: `${file}:1:1: VP of Engineering has no checkpoints written yet (WIP); answer its expectations instead: knowledge, responsibilities, communication, competencies`,
    });
  });

  it('says clearly when the assessments folder cannot be made', async () => {
    const { ctx } = context();
    const blocker = join(tempDir(), 'a-file');
    writeFileSync(blocker, '');
    const file = join(tempDir(), 'answers.yaml');
    writeFileSync(file, 'checkpoints:\n  1: met\n');
    await expect(
      assess(
        options({ level: 'director', answers: file }),
        { ...ctx, env: { XDG_DATA_HOME: blocker } },
        { interactive: false },
      ),
    ).rejects.toMatchObject({
      exitCode: 1,
      message: `cannot create ${blocker}/ladder/assessments: a part of the path is a file, not a folder`,
    });
  });

  it.each([
    [
      'checkpoints:\n  1: met\n  7: met\n',
      /answers\.yaml:3:3: unknown item "7" in checkpoints: use an item id or a position from 1 to 3/,
    ],
    [
      'checkpoints:\n  1: done\n',
      /answers\.yaml:2:6: unknown status "done": use one of met, partly, not-yet, na/,
    ],
    ['checkpoints:\n  1: { status: maybe }\n', /answers\.yaml:2:16: unknown status "maybe"/],
    ['hobbies:\n  1: met\n', /answers\.yaml:1:1: unknown section "hobbies"/],
    ['checkpoints: [', /answers\.yaml:1:\d+: /],
  ])('reports a bad answers file with its line: %j', async (content, message) => {
    const { ctx, dir } = context();
    const file = join(tempDir(), 'answers.yaml');
    writeFileSync(file, content);
    await expect(
      assess(options({ level: 'director', answers: file }), ctx, { interactive: false }),
    ).rejects.toMatchObject({
      exitCode: 1,
      message: expect.stringMatching(message),
    });
    expect(() => readdirSync(dir)).toThrow();
  });
});
