import {
  existsSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AssessOptions } from '../../src/commands/assess/options.js';
import { assess } from '../../src/commands/assess/run.js';
import { createContext, type CommandContext } from '../../src/commands/context.js';
import type { Assessment } from '../../src/ladder/assessment.js';
import { scripted } from '../scripted-prompter.js';
import { ladderCopy, read, ROOT, SHIPPED, tempDir, testStyle, withPrompter } from '../helpers.js';

const NOW = new Date('2026-11-26T10:00:00Z');

function context(ladderDir = SHIPPED) {
  const data = tempDir();
  const out: string[] = [];
  const err: string[] = [];
  const ctx: CommandContext = createContext({
    ladderDir,
    packageDir: ROOT,
    style: testStyle(100),
    env: { XDG_DATA_HOME: data, LADDER_NO_CACHE: '1', LADDER_USER: 'Sam Lee' },
    cwd: data,
    now: () => new Date(NOW),
    interactive: true,
    out: (t) => void out.push(t),
    err: (t) => void err.push(t),
  });
  const dir = join(data, 'ladder', 'assessments');
  const files = () =>
    existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => f.endsWith('.json'))
          .sort()
      : [];
  const saved = (n = 0): Assessment => JSON.parse(readFileSync(join(dir, files()[n]!), 'utf8'));
  return { ctx, out, err, dir, files, saved };
}

const run = (
  o: Partial<AssessOptions>,
  ctx: CommandContext,
  prompter?: ReturnType<typeof scripted>['prompter'],
) => assess({ ...o }, prompter ? withPrompter(ctx, prompter) : ctx);

describe('ladder assess (command)', () => {
  it('walks the checkpoints, reviews, saves a private file, and ends with the summary', async () => {
    const { ctx, out, dir, files, saved } = context();
    const s = scripted(['met', 'partly', 'not-yet'], ['', 'two posts', ''], { years: 12 });
    expect(await run({ level: 'director' }, ctx, s.prompter)).toBe(0);
    expect(files()).toEqual(['sam-lee.director.self.20261126T100000Z.json']);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(join(dir, files()[0]!)).mode & 0o777).toBe(0o600);
    const a = saved();
    expect(a).toMatchObject({
      format: 2,
      subject: { id: 'sam-lee', name: 'Sam Lee' },
      assessor: { id: 'sam-lee', name: 'Sam Lee' },
      role: 'self',
      complete: true,
      years: 12,
      yearsGuideline: '15+',
    });
    expect(a.progress).toBeUndefined();
    expect(a.items.map((i) => i.status)).toEqual(['met', 'partly', 'not-yet']);
    expect(s.reviewed).toHaveLength(1);
    const text = out.join('');
    expect(text).toContain('You will answer 3 items from Checkpoints');
    expect(text).toContain('Checkpoints: 50%: 1 of 3 met, 1 partly (counting half), 1 not yet.');
    expect(text).toContain('not a promotion verdict');
    expect(text).toContain('Experience: 12 years against a guideline of 15+: 3 years below it.');
    expect(text).toContain('• Partly: Has regularly contributed');
  });

  it('completes only in review: the last answer is not the end, and any answer can change there', async () => {
    const { ctx, saved } = context();
    const s = scripted(['met', 'met', 'met', 'not-yet'], ['a', 'b', 'c', 'changed my mind'], {
      years: undefined,
      reviews: [1, 'finish'],
    });
    await run({ level: 'director' }, ctx, s.prompter);
    expect(saved().items.map((i) => [i.status, i.note])).toEqual([
      ['met', 'a'],
      ['not-yet', 'changed my mind'],
      ['met', 'c'],
    ]);
    // The note is prefilled with the one given before, to edit or clear.
    expect(s.noted).toEqual(['', '', '', 'b']);
  });

  it('keeps every answer on Ctrl-C, even at the last note, and resumes at that exact point', async () => {
    const { ctx, files, saved } = context();
    const first = scripted(['met', 'partly', 'not-yet'], ['evidence', '', 'interrupt'], {
      years: undefined,
    });
    await expect(run({ level: 'director' }, ctx, first.prompter)).rejects.toMatchObject({
      exitCode: 130,
      message: expect.stringMatching(
        /^interrupted; your answers so far are saved in .*sam-lee\.director\.self\..*\.json$/,
      ),
      hint: 'continue with: ladder assess director --resume',
    });
    expect(saved()).toMatchObject({ complete: false, progress: { item: 2, step: 'note' } });
    expect(saved().items.map((i) => i.status)).toEqual(['met', 'partly', 'not-yet']);

    const second = scripted([], ['the last note']);
    await run({ level: 'director', resume: true }, ctx, second.prompter);
    expect(second.asked).toEqual([]);
    expect(files()).toHaveLength(1);
    expect(saved()).toMatchObject({ complete: true });
    expect(saved().items[2]!.note).toBe('the last note');
  });

  it('keeps answers on Ctrl-C in review, and --resume returns to review', async () => {
    const { ctx, saved } = context();
    await run(
      { level: 'director' },
      ctx,
      scripted(['met', 'met', 'met'], [], { years: undefined, reviews: ['interrupt'] }).prompter,
    ).catch(() => {});
    expect(saved()).toMatchObject({ complete: false, progress: { step: 'review' } });
    const again = scripted([]);
    await run({ level: 'director', resume: true }, ctx, again.prompter);
    expect(again.reviewed).toHaveLength(1);
    expect(saved().complete).toBe(true);
  });

  it('writes no file before the first answer: Ctrl-C at the years prompt leaves nothing', async () => {
    const { ctx, files } = context();
    await expect(
      run({ level: 'director' }, ctx, scripted([], [], { years: 'interrupt' }).prompter),
    ).rejects.toMatchObject({
      exitCode: 130,
      message: 'interrupted; nothing was saved yet',
    });
    expect(files()).toEqual([]);
  });

  it('offers an unfinished one to resume; declining starts a new file', async () => {
    const { ctx, files, saved } = context();
    await run(
      { level: 'director' },
      ctx,
      scripted(['met', 'interrupt'], [], { years: undefined }).prompter,
    ).catch(() => {});
    const declined = scripted(['na', 'na', 'na'], [], { confirm: false, years: undefined });
    await run({ level: 'director' }, ctx, declined.prompter);
    expect(declined.confirmed[0]).toMatch(
      /^You have an unfinished assessment of Director of Engineering from 2026-11-26 \d\d:00 [+-]\d\d:\d\d \(1 of 3 answered\)\. Resume it\?$/,
    );
    expect(
      files()
        .map((_, i) => saved(i).complete)
        .sort(),
    ).toEqual([false, true]);
  });

  it('asks again an item reworded since it was answered, with the old answer beside it', async () => {
    const ladder = ladderCopy(SHIPPED);
    const { ctx, saved } = context(ladder);
    await run(
      { level: 'director' },
      ctx,
      scripted(['met', 'partly', 'interrupt'], [], { years: undefined }).prompter,
    ).catch(() => {});
    const file = join(ladder, 'levels/director.yaml');
    writeFileSync(
      file,
      read(file).replace('text: Has regularly contributed', 'text: Has often contributed'),
    );
    const again = scripted(['met', 'not-yet'], [], {});
    await run({ level: 'director', resume: true }, { ...ctx, ladderDir: ladder }, again.prompter);
    expect(again.asked.map((q) => [q.index, q.before?.status ?? null])).toEqual([
      [1, 'partly'],
      [2, null],
    ]);
    expect(saved().items.map((i) => i.status)).toEqual(['met', 'met', 'not-yet']);
    expect(saved().items[1]!.before).toBeUndefined();
  });

  it('--edit reopens a finished assessment in review and saves the change', async () => {
    const { ctx, saved, files } = context();
    await run(
      { level: 'director' },
      ctx,
      scripted(['met', 'met', 'met'], [], { years: undefined }).prompter,
    );
    const edit = scripted(['na'], ['not my call'], { reviews: [2, 'finish'] });
    await run({ edit: 'latest' }, ctx, edit.prompter);
    expect(files()).toHaveLength(1);
    expect(saved()).toMatchObject({ complete: true });
    expect(saved().items[2]).toMatchObject({ status: 'na', note: 'not my call' });
    await expect(run({ edit: 'vp' }, ctx, scripted([]).prompter)).rejects.toMatchObject({
      exitCode: 1,
      message: expect.stringMatching(/^no saved assessment of vp-eng in /),
    });
  });

  it('says when there is nothing to resume', async () => {
    const { ctx } = context();
    await expect(
      run({ level: 'director', resume: true }, ctx, scripted([]).prompter),
    ).rejects.toMatchObject({
      exitCode: 1,
      hint: 'start one with: ladder assess director',
    });
  });

  it('offers the expectation lists when the level has no checkpoints (VP)', async () => {
    const { ctx, out, saved } = context();
    const answers = Array.from({ length: 5 + 4 }, () => 'met' as const);
    const { prompter } = scripted(answers, [], { sections: ['responsibilities', 'communication'] });
    await run({ level: 'vp' }, ctx, prompter);
    expect(out.join('')).toContain('VP of Engineering has no checkpoints written yet');
    expect([...new Set(saved().items.map((i) => i.section))]).toEqual([
      'responsibilities',
      'communication',
    ]);
  });

  it('asks for the level when none is given', async () => {
    const { ctx, saved } = context();
    await run({}, ctx, scripted(['met', 'met', 'met']).prompter);
    expect(saved().level.id).toBe('director');
  });

  it('checks what was typed before anything else: a bad level or section, terminal or not', async () => {
    const { ctx } = context();
    for (const interactive of [true, false]) {
      await expect(assess({ level: 'nope' }, { ...ctx, interactive })).rejects.toMatchObject({
        exitCode: 2,
        message: 'unknown level "nope"',
      });
      await expect(
        assess({ level: 'vp', section: ['nope'] }, { ...ctx, interactive }),
      ).rejects.toMatchObject({
        exitCode: 2,
        message: 'unknown section "nope"',
      });
    }
    // Nothing was asked: no prompter is given, and none was needed to fail.
  });

  it('refuses to prompt without a terminal, and says how to run without one', async () => {
    const { ctx } = context();
    await expect(
      assess({ level: 'director' }, { ...ctx, interactive: false }),
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
    await assess({ level: 'director', answers: file }, { ...ctx, interactive: false });
    expect(saved().items.map((i) => [i.status, i.note])).toEqual([
      ['met', ''],
      ['partly', 'Two posts'],
      ['not-yet', ''],
    ]);
    expect(saved().complete).toBe(true);
  });

  it("says when a level's checkpoints are not written, and what to answer instead", async () => {
    const { ctx } = context();
    const file = join(tempDir(), 'answers.yaml');
    writeFileSync(file, 'checkpoints:\n  1: met\n');
    await expect(
      assess({ level: 'vp', answers: file }, { ...ctx, interactive: false }),
    ).rejects.toMatchObject({
      message: `${file}:1:1: VP of Engineering has no checkpoints written yet (WIP); answer its expectations instead: scope, knowledge, responsibilities, communication, competencies`,
    });
  });

  it('says clearly when the store cannot be made', async () => {
    const { ctx } = context();
    const blocker = join(tempDir(), 'a-file');
    writeFileSync(blocker, '');
    const file = join(tempDir(), 'answers.yaml');
    writeFileSync(file, 'checkpoints:\n  1: met\n');
    await expect(
      assess(
        { level: 'director', answers: file },
        { ...ctx, env: { XDG_DATA_HOME: blocker }, interactive: false },
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
    [
      'checkpoints:\n  1: met\n  directs-promoted: na\n',
      /answers\.yaml:3:3: item 1 of checkpoints is answered twice, as "1" and as "directs-promoted"/,
    ],
  ])('reports a bad answers file with its line: %j', async (content, message) => {
    const { ctx, dir } = context();
    const file = join(tempDir(), 'answers.yaml');
    writeFileSync(file, content);
    await expect(
      assess({ level: 'director', answers: file }, { ...ctx, interactive: false }),
    ).rejects.toMatchObject({
      exitCode: 1,
      message: expect.stringMatching(message),
    });
    expect(existsSync(dir)).toBe(false);
  });

  it('says in words that an answers file is missing', async () => {
    const { ctx } = context();
    await expect(
      assess(
        { level: 'director', answers: '/nowhere/answers.yaml' },
        { ...ctx, interactive: false },
      ),
    ).rejects.toMatchObject({
      exitCode: 1,
      message: 'cannot read /nowhere/answers.yaml: no such file or folder',
    });
  });
});

describe('a save that fails', () => {
  it('says truthfully what is kept, and leaves no debris', async () => {
    const { ctx, dir } = context();
    const { prompter } = scripted(['met', 'partly'], ['', ''], { years: undefined });
    let notes = 0;
    const failing = {
      ...prompter,
      // After the first answer is saved, the folder is moved aside and a file takes its place.
      note: async (current: string) => {
        if (++notes === 2) {
          renameSync(dir, `${dir}.kept`);
          writeFileSync(dir, '');
        }
        return prompter.note(current);
      },
    };
    const error = await assess({ level: 'director' }, withPrompter(ctx, failing)).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({
      exitCode: 1,
      message: expect.stringMatching(/\/assessments is a file, not a folder$/),
      hint: expect.stringMatching(/^the answers before this one are kept in /),
    });
    expect(readdirSync(`${dir}.kept`)).toEqual([
      expect.stringMatching(/^sam-lee\.director\.self\..*\.json$/),
    ]);
  });

  it('says that nothing was saved when the very first save fails', async () => {
    const { ctx } = context();
    // A store whose assessments/ is a file: the folder cannot be made, so the save fails.
    const blocked = { ...ctx, env: { ...ctx.env, LADDER_STORE: tempDir() } };
    writeFileSync(join(blocked.env.LADDER_STORE, 'assessments'), '');
    const { prompter } = scripted(['met'], [''], { years: undefined });
    await expect(
      assess({ level: 'director' }, withPrompter(blocked, prompter)),
    ).rejects.toMatchObject({
      exitCode: 1,
      hint: 'nothing was saved; pass --store <dir> or set LADDER_STORE (or XDG_DATA_HOME) to a folder you can write',
    });
  });
});
