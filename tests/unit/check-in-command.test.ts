import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { agree } from '../../src/commands/agree/run.js';
import { assess } from '../../src/commands/assess/run.js';
import { compare } from '../../src/commands/compare/run.js';
import type { Assessment } from '../../src/ladder/assessment.js';
import { scripted } from '../scripted-prompter.js';
import { storeWorkspace, testStyle, withPrompter } from '../helpers.js';

/** A store shared by Alice and her manager Bob, and the context of a command run at `when`. */
function checkIn() {
  const { dir, store, out, err, ctx: contextOf } = storeWorkspace();
  const ctx = (as: string, when: string, interactive = false) =>
    contextOf(as, when, { interactive });
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  const assessments = join(store, 'assessments');
  const names = () => readdirSync(assessments).sort();
  const saved = (name: string): Assessment =>
    JSON.parse(readFileSync(join(assessments, name), 'utf8'));
  return { dir, store, out, err, ctx, file, names, saved, assessments };
}

const SELF = `checkpoints:
  directs-promoted: { status: met, note: Four directs promoted }
  regular-publication: { status: met, note: Two posts }
  external-talks: partly
`;
const MANAGER = `checkpoints:
  directs-promoted: met
  regular-publication: { status: not-yet, note: Both posts are old }
  external-talks: not-yet
`;

/** Alice assesses herself, Bob assesses her: both finished. */
async function bothSides(t: ReturnType<typeof checkIn>) {
  await assess(
    { level: 'director', answers: t.file('self.yaml', SELF) },
    t.ctx('Alice Martin', '2026-11-20T10:00:00Z'),
  );
  await assess(
    { level: 'director', for: 'Alice Martin', answers: t.file('manager.yaml', MANAGER) },
    t.ctx('Bob Lee', '2026-11-22T10:00:00Z'),
  );
  t.out.length = 0;
}

describe('ladder compare (command)', () => {
  it('prints exactly the JSON contract, left the self-assessment, disagreements first', async () => {
    const t = checkIn();
    await bothSides(t);
    await compare(
      { assessments: ['director'], for: 'alice', json: true, format: 'text' },
      t.ctx('Bob Lee', '2026-11-23T10:00:00Z'),
    );
    const json = JSON.parse(t.out.join(''));
    expect(Object.keys(json)).toEqual([
      'level',
      'subject',
      'left',
      'right',
      'summary',
      'items',
      'overdue',
    ]);
    // No check-in yet: no action, so none overdue.
    expect(json.overdue).toEqual([]);
    expect(json.level).toEqual({ id: 'director', title: 'Director of Engineering' });
    expect(json.subject).toEqual({ id: 'alice-martin', name: 'Alice Martin' });
    expect(Object.keys(json.left)).toEqual(['file', 'assessor', 'role', 'updatedAt', 'readiness']);
    expect(json.left.file).toBe(
      join(t.assessments, 'alice-martin.director.self.20261120T100000Z.json'),
    );
    expect(json.left.assessor).toEqual({ id: 'alice-martin', name: 'Alice Martin' });
    expect(json.right.assessor).toEqual({ id: 'bob-lee', name: 'Bob Lee' });
    expect(json.right.role).toBe('manager');
    expect(json.left.readiness.overall).toBeCloseTo(5 / 6);
    expect(json.right.readiness.overall).toBeCloseTo(1 / 3);
    expect(Object.keys(json.left.readiness)).toEqual(['overall', 'sections']);
    expect(json.summary).toEqual({ agree: 1, disagree: 2, onlyLeft: 0, onlyRight: 0 });
    expect(json.items.map((i: { id: string; gap: number }) => [i.id, i.gap])).toEqual([
      ['regular-publication', 2],
      ['external-talks', 1],
      ['directs-promoted', 0],
    ]);
    expect(json.items[0]).toEqual({
      section: 'checkpoints',
      id: 'regular-publication',
      text: 'Has regularly contributed to a technical or people management blog or publication over the past 12 months',
      left: { status: 'met', note: 'Two posts' },
      right: { status: 'not-yet', note: 'Both posts are old' },
      gap: 2,
    });
  });

  it('folds the agreements unless --all, and stacks below 80 columns', async () => {
    const t = checkIn();
    await bothSides(t);
    await compare(
      { assessments: ['director'], for: 'alice', format: 'text' },
      t.ctx('Bob Lee', '2026-11-23T10:00:00Z'),
    );
    const text = t.out.join('');
    expect(text).toContain('2 disagreements, 1 agreement');
    expect(text).toContain('1 item agreed on, not listed: --all lists them');
    expect(text).not.toContain('4+ directly managed ICs');
    expect(text).toContain('┌');
    t.out.length = 0;
    const narrow = { ...t.ctx('Bob Lee', '2026-11-23T10:00:00Z'), style: testStyle(60) };
    await compare({ assessments: ['director'], for: 'alice', all: true, format: 'text' }, narrow);
    const stacked = t.out.join('');
    expect(stacked).not.toContain('┌');
    expect(stacked).toContain('4+ directly managed ICs');
    expect(stacked).toContain('    Bob Lee (manager): Not yet');
  });

  it('refuses an unfinished side with how to finish it, or shows it marked with --allow-unfinished', async () => {
    const t = checkIn();
    await assess(
      { level: 'director', answers: t.file('self.yaml', SELF) },
      t.ctx('Alice Martin', '2026-11-20T10:00:00Z'),
    );
    await assess(
      {
        level: 'director',
        for: 'Alice Martin',
        answers: t.file('part.yaml', 'checkpoints:\n  directs-promoted: met\n'),
      },
      t.ctx('Bob Lee', '2026-11-22T10:00:00Z'),
    );
    const ctx = t.ctx('Bob Lee', '2026-11-23T10:00:00Z');
    await expect(
      compare({ assessments: ['director'], for: 'alice', format: 'text' }, ctx),
    ).rejects.toThrow(/manager\.20261122T100000Z\.json is unfinished \(1 of 3 answered\)/);
    t.out.length = 0;
    await compare(
      { assessments: ['director'], for: 'alice', format: 'text', allowUnfinished: true },
      ctx,
    );
    expect(t.out.join('')).toContain('(unfinished: 1 of 3 answered)');
  });

  it('says which side is missing, and refuses two files of different levels', async () => {
    const t = checkIn();
    await assess(
      { level: 'director', answers: t.file('self.yaml', SELF) },
      t.ctx('Alice Martin', '2026-11-20T10:00:00Z'),
    );
    await expect(
      compare(
        { assessments: ['director'], for: 'alice', format: 'text' },
        t.ctx('Bob Lee', '2026-11-23T10:00:00Z'),
      ),
    ).rejects.toThrow(/no assessment of director about Alice Martin by a manager or peer/);
    // The same answers, said to be of another level.
    const self = join(t.assessments, t.names()[0]!);
    const other = t.file(
      'other.json',
      readFileSync(self, 'utf8').replace(/"id": "director"/, '"id": "vp-eng"'),
    );
    await expect(
      compare(
        { assessments: [self, other], format: 'text' },
        t.ctx('Bob Lee', '2026-11-23T10:00:00Z'),
      ),
    ).rejects.toThrow(
      /assesses director and .*other\.json vp-eng: compare two assessments of one level/,
    );
    await expect(
      compare({ assessments: [], format: 'text' }, t.ctx('Bob Lee', '2026-11-23T10:00:00Z')),
    ).rejects.toThrow(/takes a level, or two assessment files/);
  });
});

describe('ladder agree (command)', () => {
  it('settles the disagreements of an answers file, refusing one that leaves any out', async () => {
    const t = checkIn();
    await bothSides(t);
    const ctx = t.ctx('Bob Lee', '2026-11-24T10:00:00Z');
    await expect(
      agree(
        {
          assessments: ['director'],
          for: 'alice',
          answers: t.file('half.yaml', 'checkpoints:\n  regular-publication: partly\n'),
        },
        ctx,
      ),
    ).rejects.toThrow(/leaves 1 disagreement unsettled: checkpoints external-talks/);
    const answers = t.file(
      'agreed.yaml',
      `checkpoints:
  regular-publication: { status: partly, action: Publish a post a quarter, due: 2027-03-31 }
  external-talks: { status: not-yet, action: Submit one conference talk }
`,
    );
    expect(await agree({ assessments: ['director'], for: 'alice', answers }, ctx)).toBe(0);
    const outcome = t.saved('alice-martin.director.agreed.20261124T100000Z.json');
    expect(outcome.role).toBe('agreed');
    expect(outcome.complete).toBe(true);
    expect(outcome.assessor).toEqual({ id: 'bob-lee', name: 'Bob Lee' });
    expect(outcome.items.map((i) => i.status)).toEqual(['met', 'partly', 'not-yet']);
    expect(outcome.sources!.map((s) => [s.file, s.role])).toEqual([
      ['alice-martin.director.self.20261120T100000Z.json', 'self'],
      ['alice-martin.director.manager.20261122T100000Z.json', 'manager'],
    ]);
    expect(outcome.actions).toEqual([
      {
        id: 'director-1',
        section: 'checkpoints',
        item: 1,
        text: 'Publish a post a quarter',
        due: '2027-03-31',
        status: 'open',
      },
      {
        id: 'director-2',
        section: 'checkpoints',
        item: 2,
        text: 'Submit one conference talk',
        due: null,
        status: 'open',
      },
    ]);
  });

  it('lists the actions, closes one, and says so when it is closed already', async () => {
    const t = checkIn();
    await bothSides(t);
    const ctx = t.ctx('Bob Lee', '2026-11-24T10:00:00Z');
    await agree(
      {
        assessments: ['director'],
        for: 'alice',
        answers: t.file(
          'agreed.yaml',
          'checkpoints:\n  regular-publication: { status: partly, action: Write }\n  external-talks: not-yet\n',
        ),
      },
      ctx,
    );
    t.out.length = 0;
    await agree({ assessments: [], for: 'alice', actions: true, json: true }, ctx);
    const listed = JSON.parse(t.out.join('')).actions;
    expect(listed).toEqual([
      expect.objectContaining({ id: 'director-1', text: 'Write', status: 'open', due: null }),
    ]);
    t.out.length = 0;
    await agree({ assessments: [], for: 'alice', done: 'director-1' }, ctx);
    expect(t.out.join('')).toBe('Done: director-1 Write\n');
    t.out.length = 0;
    await agree({ assessments: [], for: 'alice', done: 'director-1' }, ctx);
    expect(t.out.join('')).toBe('director-1 is already done: Write\n');
    await expect(agree({ assessments: [], for: 'alice', done: 'nope' }, ctx)).rejects.toThrow(
      'no action nope agreed with Alice Martin',
    );
    await expect(
      agree({ assessments: [], for: 'alice', done: 'x', actions: true }, ctx),
    ).rejects.toThrow(/use one of them/);
  });

  it('walks the disagreements in a terminal, survives Ctrl-C at the action, and resumes there', async () => {
    const t = checkIn();
    await bothSides(t);
    const ctx = t.ctx('Bob Lee', '2026-11-24T10:00:00Z', true);
    const first = scripted([], [], { agrees: ['partly'], texts: ['interrupt'] });
    await expect(
      agree({ assessments: ['director'], for: 'alice' }, withPrompter(ctx, first.prompter)),
    ).rejects.toThrow(/interrupted; what was settled so far is saved in .*agreed/);
    expect(first.agreed).toHaveLength(1);
    expect(first.agreed[0]!.sides).toEqual([
      { label: 'Alice Martin (self)', status: 'met', note: 'Two posts' },
      { label: 'Bob Lee (manager)', status: 'not-yet', note: 'Both posts are old' },
    ]);
    const name = 'alice-martin.director.agreed.20261124T100000Z.json';
    expect(t.saved(name).progress).toEqual({ item: 1, step: 'action' });
    expect(t.saved(name).items[1]!.status).toBe('partly');

    // Resumed: the action of the item answered, then the next item, then done.
    const second = scripted([], [], {
      agrees: ['not-yet'],
      texts: ['Publish a post a quarter', '2027-03-31', '', ''],
    });
    await agree(
      { assessments: ['director'], for: 'alice', resume: true },
      withPrompter(ctx, second.prompter),
    );
    expect(second.agreed.map((q) => q.text)).toEqual([
      'Has presented on software or management topics to external audiences such as conference or interest groups',
    ]);
    const done = t.saved(name);
    expect(done.complete).toBe(true);
    expect(done.progress).toBeUndefined();
    expect(done.items.map((i) => i.status)).toEqual(['met', 'partly', 'not-yet']);
    expect(done.actions!.map((a) => [a.id, a.item, a.due])).toEqual([
      ['director-1', 1, '2027-03-31'],
    ]);
    expect(t.names().filter((n) => n.includes('agreed'))).toEqual([name]);
  });

  it('needs a terminal or an answers file', async () => {
    const t = checkIn();
    await bothSides(t);
    await expect(
      agree({ assessments: ['director'], for: 'alice' }, t.ctx('Bob Lee', '2026-11-24T10:00:00Z')),
    ).rejects.toThrow(/asks its questions in a terminal/);
  });
});

describe('the next assessment after a check-in', () => {
  it('asks about the person by name, shows each open action, and closes it when done', async () => {
    const t = checkIn();
    await bothSides(t);
    await agree(
      {
        assessments: ['director'],
        for: 'alice',
        answers: t.file(
          'agreed.yaml',
          'checkpoints:\n  regular-publication: { status: partly, action: Write, due: 2027-03-31 }\n  external-talks: not-yet\n',
        ),
      },
      t.ctx('Bob Lee', '2026-11-24T10:00:00Z'),
    );
    const s = scripted(['met', 'met', 'partly'], [], { confirms: [true] });
    await assess(
      { level: 'director', for: 'alice' },
      withPrompter(t.ctx('Bob Lee', '2027-01-10T10:00:00Z', true), s.prompter),
    );
    expect(s.asked[1]!.text).toBe(
      'Has Alice regularly contributed to a technical or people management blog or publication over the past 12 months?',
    );
    expect(s.asked[1]!.actions).toEqual([
      expect.objectContaining({ id: 'director-1', text: 'Write' }),
    ]);
    expect(s.asked[0]!.actions).toBeUndefined();
    expect(s.confirmed).toEqual(['Is the action "Write" (due 2027-03-31) done?']);
    const outcome = t.saved('alice-martin.director.agreed.20261124T100000Z.json');
    expect(outcome.actions![0]!.status).toBe('done');
  });
});
