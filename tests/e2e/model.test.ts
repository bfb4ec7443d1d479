import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir, writeLadder } from '../helpers.js';

// A ladder shaped as real ones are: paths that merge, sub-items, intros, groups with meanings,
// summaries, shared expectations, "not at this level", and no section marked assessed.
const MERGED = join(ROOT, 'tests/fixtures/merged');
const ladder = (...args: string[]) =>
  runCli([...args, '--ladder', MERGED], { env: { COLUMNS: '80' } });
const json = async (...args: string[]) => {
  const r = await ladder(...args, '--json');
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
};

describe('a ladder whose paths merge', () => {
  it('validates, and lists the merged level once with the other level it follows', async () => {
    expect((await ladder('validate')).code).toBe(0);
    const list = await ladder('list');
    expect(list.stdout).toContain(
      '└─ lead-manager  Lead and Manager\n   │  A hybrid of tech lead and manager, on the way to managing.\n   │  after tech-lead\n   └─ team-manager  Team Manager\n         also follows tech-lead\n',
    );
    const levels = (await json('list')).tracks.flatMap((t: { levels: unknown[] }) => t.levels);
    expect(levels.find((l: { id: string }) => l.id === 'team-manager')).toMatchObject({
      previous: 'lead-manager',
      previousAll: ['lead-manager', 'tech-lead'],
    });
    expect(levels.find((l: { id: string }) => l.id === 'tech-lead').next).toEqual([
      'lead-manager',
      'team-manager',
    ]);
  });

  it('shows every level it follows, in the header and as --context columns', async () => {
    const show = await ladder('show', 'team-manager');
    expect(show.stdout).toContain(
      'Previous: Lead and Manager (lead-manager), Tech Lead (tech-lead)\nNext: none, top of its path\n',
    );
    const context = await runCli(
      ['show', 'team-manager', '--context', '--section', 'delivery', '--ladder', MERGED],
      { env: { COLUMNS: '120' } },
    );
    expect(context.stdout).toMatch(/│ Lead and Manager +│ Tech Lead +│ Team Manager +│/);
  });

  it('refuses a cycle through a list of levels followed, at its position', async () => {
    const dir = tempDir();
    cpSync(MERGED, dir, { recursive: true });
    const file = join(dir, 'levels/engineer.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('track: ic\n', 'track: ic\nfollows: [team-manager]\n'),
    );
    const r = await runCli(['validate', '--ladder', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /levels\/\S+\.yaml:\d+:\d+: levels follow each other in a cycle: \S+ → \S+ → \S+/,
    );
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('[team-manager]', '[nobody, tech-lead]'),
    );
    const unknown = await runCli(['validate', '--ladder', dir]);
    expect(unknown.stdout).toContain('levels/engineer.yaml:5:11: follows unknown level "nobody"');
  });

  it('lints each step into a merged level, and never warns about N/A', async () => {
    const r = await ladder('lint');
    expect(r.stdout).not.toMatch(/N\/A|design/);
    const dir = tempDir();
    cpSync(MERGED, dir, { recursive: true });
    const file = join(dir, 'levels/team-manager.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        "- Owns the team's delivery dates",
        "- Breaks a quarter's goal into shippable steps",
      ),
    );
    const repeated = await runCli(['lint', '--ladder', dir]);
    expect(repeated.stdout).toContain(
      `team-manager: "Breaks a quarter's goal into shippable steps" repeats tech-lead's \`delivery\` word for word`,
    );
  });
});

describe('sub-items, intros, groups, summaries and shared expectations', () => {
  it('show prints them in place, and --json carries them', async () => {
    const show = await ladder('show', 'tech-lead', '--section', 'delivery');
    expect(show.stdout).toContain('Tech Lead\nLeads the technical work of one team.\n');
    expect(show.stdout).toContain(
      "RESULTS\n\nDelivery\n  How work gets from an idea to the people who use it.\n  Typically leads a team of 3 to 6 engineers.\n  • Breaks a quarter's goal into shippable steps\n  • Unblocks the team, any one of the following\n      ◦ Pairs on the hardest change\n      ◦ Escalates a dependency early\n",
    );
    const level = await json('show', 'tech-lead');
    expect(level.summary).toBe('Leads the technical work of one team.');
    expect(level.sections[1]).toEqual({
      id: 'delivery',
      title: 'Delivery',
      group: 'results',
      description: 'How work gets from an idea to the people who use it.',
      status: 'defined',
      text: 'Typically leads a team of 3 to 6 engineers.',
      items: [
        "Breaks a quarter's goal into shippable steps",
        'Unblocks the team, any one of the following',
      ],
      subItems: [[], ['Pairs on the hardest change', 'Escalates a dependency early']],
    });
    expect(level.shared[0]).toMatchObject({ title: 'Everyone, at every level' });
    const full = await ladder('show', 'engineer');
    expect(full.stdout).toContain('Everyone, at every level\n  (expected at every level)\n');
    expect(full.stdout).toContain('System design\n  N/A (not at this level)\n');
  });

  it('search finds a sub-item and says which', async () => {
    const found = await json('search', 'hardest change');
    expect(found.matches).toEqual([
      expect.objectContaining({ level: 'tech-lead', section: 'delivery', item: 2, subItem: 1 }),
    ]);
  });

  it('diff reports a changed sub-item under its item, and the intro as one more item', async () => {
    const dir = tempDir();
    cpSync(MERGED, dir, { recursive: true });
    const file = join(dir, 'levels/tech-lead.yaml');
    const text = readFileSync(file, 'utf8');
    writeFileSync(
      join(dir, 'levels/tech-lead-2.yaml'),
      text
        .replace('id: tech-lead', 'id: tech-lead-2')
        .replace('title: Tech Lead', 'title: Tech Lead 2')
        .replace('Pairs on the hardest change', 'Runs the retro')
        .replace('3 to 6', '4 to 8'),
    );
    const r = await runCli([
      'diff',
      'tech-lead',
      'tech-lead-2',
      '--section',
      'delivery',
      '--json',
      '--ladder',
      dir,
    ]);
    const changes = JSON.parse(r.stdout).sections[0].changes;
    expect(changes[0]).toMatchObject({
      type: 'reworded',
      to: 'Typically leads a team of 4 to 8 engineers.',
    });
    expect(changes[2].subChanges).toEqual([
      { type: 'removed', from: 'Pairs on the hardest change' },
      { type: 'added', to: 'Runs the retro' },
      {
        type: 'unchanged',
        from: 'Escalates a dependency early',
        to: 'Escalates a dependency early',
      },
    ]);
    const text80 = await runCli([
      'diff',
      'tech-lead',
      'tech-lead-2',
      '--stacked',
      '--section',
      'delivery',
      '--ladder',
      dir,
    ]);
    expect(text80.stdout).toContain(
      '      - ◦ Pairs on the hardest change\n      + ◦ Runs the retro\n',
    );
  });
});

describe('a ladder that marks no section assessed', () => {
  it('assesses every section but years, prose as one item', async () => {
    const store = join(tempDir(), 'store');
    const answers = join(tempDir(), 'answers.yaml');
    writeFileSync(
      answers,
      'delivery: { 1: met, 2: partly }\ndesign: { 1: met }\ngrowth: { 1: not-yet }\n',
    );
    const r = await runCli(
      ['assess', 'tech-lead', '--answers', answers, '--ladder', MERGED, '--quiet'],
      { env: { LADDER_STORE: store, LADDER_USER: 'Sam Lee' } },
    );
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(
      (
        await runCli(['report', 'latest', '--json', '--ladder', MERGED], {
          env: { LADDER_STORE: store, LADDER_USER: 'Sam Lee' },
        })
      ).stdout,
    );
    // The intro counts as no item to rate: three in delivery, one each in design and growth.
    expect(report.items.map((i: { section: string }) => i.section)).toEqual([
      'delivery',
      'delivery',
      'design',
      'growth',
    ]);
  });

  it('assesses a ladder written all in prose', async () => {
    const dir = writeLadder({
      'ladder.yaml':
        'title: Prose\ntracks: [{ id: t, title: T }]\nsections:\n  - { id: years, title: Years, kind: text }\n  - { id: technology, title: Technology, kind: text }\n',
      'levels/one.yaml':
        'id: one\ntitle: One\ntrack: t\nsections:\n  years: 1+\n  technology: Chooses tools with the team and writes down why.\n',
    });
    const answers = join(tempDir(), 'answers.yaml');
    writeFileSync(answers, 'technology: { 1: met }\n');
    const store = join(tempDir(), 'store');
    const r = await runCli(['assess', 'one', '--answers', answers, '--ladder', dir], {
      env: { LADDER_STORE: store, LADDER_USER: 'Sam Lee' },
    });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('100%');
  });
});
