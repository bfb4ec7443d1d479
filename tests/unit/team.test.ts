import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { agree } from '../../src/commands/agree/run.js';
import { assess } from '../../src/commands/assess/run.js';
import type { TeamOptions } from '../../src/commands/team/options.js';
import { team } from '../../src/commands/team/run.js';
import { anonymousLabels, trendsOf, type Trend } from '../../src/ladder/team.js';
import { sparklines, trendCharts } from '../../src/render/charts.js';
import { textWidth } from '../../src/render/text-width.js';
import { overflowing, storeWorkspace, testStyle, parse } from '../helpers.js';

/** A store of a team, filled by its manager Bob and its people. */
function store() {
  const { dir, store: path, out, err, ctx: contextOf } = storeWorkspace();
  const ctx = (as: string, when: string, width = 100) => contextOf(as, when, { width });
  let files = 0;
  const answers = (statuses: string[]) => {
    const file = join(dir, `answers-${files++}.yaml`);
    const ids = ['directs-promoted', 'regular-publication', 'external-talks'];
    writeFileSync(
      file,
      `checkpoints:\n${statuses.map((s, i) => `  ${ids[i]}: ${s}`).join('\n')}\n`,
    );
    return file;
  };
  /** An assessment of `who` at director, by `by` (the person, for a self-assessment). */
  const rate = (who: string, by: string, when: string, statuses: string[]) =>
    assess(
      {
        level: 'director',
        ...(who === by ? {} : { for: who }),
        answers: answers(statuses),
      },
      ctx(by, when),
    );
  const run = async (options: Partial<TeamOptions> = {}, width = 100) => {
    out.length = 0;
    await team(
      { ready: 0.8, minGroup: 3, format: 'text', ...options },
      ctx('Bob Lee', '2027-03-20T10:00:00Z', width),
    );
    return out.join('');
  };
  return { dir, path, out, err, ctx, rate, answers, run };
}

/** Four people: agreed, manager over self, self alone, and one with only an unfinished one. */
async function fourPeople() {
  const s = store();
  await s.rate('Alice Martin', 'Alice Martin', '2026-11-20T10:00:00Z', ['met', 'met', 'partly']);
  await s.rate('Alice Martin', 'Bob Lee', '2026-11-22T10:00:00Z', ['met', 'not-yet', 'not-yet']);
  await agree(
    {
      assessments: ['director'],
      for: 'alice',
      answers: s.answers(['met', 'partly', 'not-yet']),
    },
    s.ctx('Bob Lee', '2026-11-24T10:00:00Z'),
  );
  await s.rate('Chen Li', 'Chen Li', '2026-12-01T10:00:00Z', ['met', 'met', 'met']);
  await s.rate('Chen Li', 'Bob Lee', '2026-12-02T10:00:00Z', ['met', 'met', 'partly']);
  await s.rate('Chen Li', 'Bob Lee', '2027-02-02T10:00:00Z', ['met', 'met', 'met']);
  await s.rate('Dana Park', 'Dana Park', '2026-12-05T10:00:00Z', ['partly', 'not-yet', 'not-yet']);
  await s.rate('Eli Novak', 'Eli Novak', '2026-12-06T10:00:00Z', ['met']);
  return s;
}

const json = async (s: ReturnType<typeof store>, options: Partial<TeamOptions> = {}) =>
  JSON.parse(await s.run({ json: true, ...options }));

describe('ladder team', () => {
  it('takes each person’s best finished source, and lists the unfinished as in progress', async () => {
    const s = await fourPeople();
    const t = await json(s);
    expect(
      t.matrix.map(
        (m: { person: { name: string }; source: string; readiness: { overall: number } }) => [
          m.person.name,
          m.source,
          Math.round(m.readiness.overall * 100),
        ],
      ),
    ).toEqual([
      ['Alice Martin', 'agreed', 50],
      ['Chen Li', 'manager', 100],
      ['Dana Park', 'self', 17],
    ]);
    expect(t.inProgress).toEqual([
      expect.objectContaining({
        person: { id: 'eli-novak', name: 'Eli Novak' },
        answered: 1,
        total: 3,
      }),
    ]);
    // Every format lists the unfinished, under the same heading.
    for (const format of ['text', 'markdown', 'html'] as const) {
      const doc = await s.run({ format });
      expect([format, doc]).toEqual([format, expect.stringContaining('In progress, not counted')]);
      expect(doc).toContain('Eli Novak, Director of Engineering: self, 1 of 3 answered');
    }
    expect(t.sections).toEqual([
      {
        level: 'director',
        section: 'checkpoints',
        counted: 3,
        mostlyMet: 1,
        average: (0.5 + 1 + 1 / 6) / 3,
      },
    ]);
    expect(
      t.weakest.map((w: { id: string; notYet: number; partly: number }) => [
        w.id,
        w.notYet,
        w.partly,
      ]),
    ).toEqual([
      ['external-talks', 2, 0],
      ['regular-publication', 1, 1],
      ['directs-promoted', 0, 1],
    ]);
    expect(t.withinReach.map((w: { person: { name: string } }) => w.person.name)).toEqual([
      'Chen Li',
    ]);
    expect(
      t.singlePoints.map((p: { id: string; person: { name: string } }) => [p.id, p.person.name]),
    ).toEqual([
      ['regular-publication', 'Chen Li'],
      ['external-talks', 'Chen Li'],
    ]);
  });

  it('shows the figures as they were on a day', async () => {
    const s = await fourPeople();
    const t = await json(s, { asOf: '2026-12-03' });
    expect(
      t.matrix.find((m: { person: { id: string } }) => m.person.id === 'chen-li').readiness.overall,
    ).toBeCloseTo(5 / 6);
    const before = await json(s, { asOf: '2026-11-21' });
    expect(before.matrix.map((m: { source: string }) => m.source)).toEqual(['self']);
  });

  it('gives a group of fewer than --min-group no group figure, and says why', async () => {
    const s = await fourPeople();
    const t = await json(s, { minGroup: 4 });
    expect(t.sections).toEqual([]);
    expect(t.weakest).toEqual([]);
    expect(t.singlePoints).toEqual([]);
    expect(t.smallGroups).toEqual([{ level: 'director', people: 3 }]);
    const text = await s.run({ minGroup: 4 });
    expect(text).toContain(
      'Director of Engineering: 3 people, fewer than 4: no group figures (--min-group)',
    );
    // The lists it leaves out never read as empty for a good reason.
    expect(text).not.toContain('every item is Met');
    expect(
      text.match(/Not shown: every level has fewer than 4 people \(--min-group\)\./g),
    ).toHaveLength(2);
    for (const format of ['markdown', 'html'] as const) {
      const doc = await s.run({ minGroup: 4, format });
      expect(doc).not.toContain('every item is Met');
      expect(doc).toContain('Not shown: every level has fewer than 4 people');
    }
    // Within reach is about one person, never a group figure.
    expect(t.withinReach).toHaveLength(1);
  });

  it('replaces names with stable labels, and leaves file names out, with --anonymous', async () => {
    const s = await fourPeople();
    const t = await json(s, { anonymous: true });
    expect(t.people.map((p: { name: string }) => p.name)).toEqual([
      'Person A',
      'Person B',
      'Person C',
    ]);
    const text =
      JSON.stringify(t) +
      (await s.run({ anonymous: true })) +
      (await s.run({ anonymous: true, format: 'html' }));
    for (const name of ['Alice', 'Chen', 'Dana', 'Eli', 'Bob', 'alice-martin', '.json'])
      expect(text).not.toContain(name);
    expect(
      anonymousLabels(
        Array.from({ length: 28 }, (_, i) => ({ id: `p${String(i).padStart(2, '0')}`, name: '' })),
      ).get('p27'),
    ).toBe('Person AB');
  });

  it('skips a file it cannot read with one warning, and fits every width', async () => {
    const s = await fourPeople();
    mkdirSync(join(s.path, 'assessments'), { recursive: true });
    writeFileSync(join(s.path, 'assessments', 'broken.json'), 'not json');
    const text = await s.run();
    expect(text).toContain('Team: 3 people, 1 level, as of 2027-03-20');
    expect(s.err).toEqual([
      `warning: skipped ${join(s.path, 'assessments', 'broken.json')}, which is not a readable assessment: not JSON\n`,
    ]);
    for (const width of [40, 60, 80, 120])
      expect(overflowing(await s.run({ chart: true }, width), width)).toEqual([]);
    expect(await s.run({}, 60)).not.toContain('┌');
  });

  it('refuses a readiness or a group size that is not one', async () => {
    const s = store();
    await expect(parse('team --ready 2')).rejects.toThrow(
      '--ready must be a readiness from 0 to 1, like 0.8, not "2"',
    );
    await expect(parse('team --min-group 0')).rejects.toThrow(
      '--min-group must be a whole number of people, not "0"',
    );
    await expect(s.run({ asOf: '2026-02-30' })).rejects.toThrow(/--as-of must be a date/);
    expect(await s.run()).toBe('No finished assessment in the store yet: nothing to show.\n');
  });
});

describe('charts of readiness over time', () => {
  it('dates a chart from its first to its last point, however narrow', () => {
    const trend = {
      person: { id: 'ana', name: 'Ana' },
      level: { id: 'director', title: 'Director' },
      points: ['2026-01-10', '2026-04-10', '2026-08-10', '2026-11-10'].map((date, i) => ({
        date,
        readiness: i / 4,
        source: 'self' as const,
      })),
    };
    for (const width of [40, 60, 80]) {
      const dates = trendCharts([trend], testStyle(width), () => 'Ana')
        .split('\n')
        .at(-2)!;
      expect(dates.trim().startsWith('2026-01-10')).toBe(true);
      expect(dates.endsWith('2026-11-10')).toBe(true);
      expect(dates.length).toBeLessThanOrEqual(width);
    }
  });

  it('draws a line chart a level and a sparkline a person, in Unicode or ASCII', async () => {
    const s = await fourPeople();
    const { listAssessments } = await import('../../src/io/store.js');
    const { openStore } = await import('../../src/io/store-location.js');
    const trends = trendsOf(listAssessments(openStore(s.path, {})).found);
    expect(
      trends.map((t) => [
        t.person.name,
        t.points.map((p) => [p.date, Math.round(p.readiness * 100), p.source]),
      ]),
    ).toEqual([
      [
        'Alice Martin',
        [
          ['2026-11-20', 83, 'self'],
          ['2026-11-22', 33, 'manager'],
          ['2026-11-24', 50, 'agreed'],
        ],
      ],
      [
        'Chen Li',
        [
          ['2026-12-01', 100, 'self'],
          ['2026-12-02', 83, 'manager'],
          ['2027-02-02', 100, 'manager'],
        ],
      ],
      ['Dana Park', [['2026-12-05', 17, 'self']]],
    ]);
    for (const width of [60, 120]) {
      const chart = trendCharts(
        trends,
        testStyle(width),
        (t) => `${t.person.name} · ${t.level.title}`,
      );
      expect(overflowing(chart, width)).toEqual([]);
      expect(chart).toMatchSnapshot();
      expect(sparklines(trends, testStyle(width), (t) => t.person.name)).toMatchSnapshot();
    }
    const ascii = trendCharts(
      trends.slice(0, 1),
      testStyle(60, 0, false, false),
      (t) => t.person.name,
    );
    expect(ascii).toMatch(/^[\x20-\x7e\n]*$/);
    expect(
      sparklines(trends.slice(0, 1), testStyle(60, 0, false, false), (t) => t.person.name),
    ).toBe('Alice Martin  83% → 33% → 50%');
    // A CJK name takes two columns a character: the lines after it start where the others do.
    const names = (t: Trend) => (t.person.name === 'Chen Li' ? '陈丽' : t.person.name);
    const lines = sparklines(trends, testStyle(60, 0, false, false), names).split('\n');
    const starts = lines.map((l) => textWidth(l.slice(0, l.search(/\d+%/))));
    expect(new Set(starts).size).toBe(1);
  });
});
