import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from '../helpers.js';
import { edgesIn, lostWords, showIn } from '../import-checks.js';

const HEADINGS = join(ROOT, 'tests/fixtures/headings');
const WIDE = { env: { COLUMNS: '120' } };

describe('pages of headings and bullets, one a level', () => {
  it('import into a ladder that validates, with the tree, sections and every word', async () => {
    const out = join(tempDir(), 'out');
    const r = await runCli(['import', HEADINGS, '--out', out, '--track', 'Engineering'], WIDE);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(
      `Imported 3 levels, 1 track and 4 sections from 3 pages into ${out}`,
    );
    expect(r.stdout).toContain(
      "warning: index.md: no title with sections under it, so not a level's page; skipped\n",
    );
    expect((await runCli(['validate', '--ladder', out])).code).toBe(0);

    // Ordered by weight, then the numbers in the file names; each follows the one before it,
    // or the level its text names ("Same as Engineer, but also").
    const tree = JSON.parse((await runCli(['list', '--json', '--ladder', out])).stdout);
    expect(
      tree.tracks[0].levels.map((l: { id: string; previous: string | null }) => [l.id, l.previous]),
    ).toEqual([
      ['engineer', null],
      ['senior-engineer', 'engineer'],
      ['staff-engineer', 'senior-engineer'],
    ]);

    const show = showIn(out);
    const engineer = await show('engineer');
    expect(engineer.summary).toBe('Ships well-scoped work with help from the team.');
    expect(engineer.sections.map((s: { id: string }) => s.id)).toEqual([
      'delivery',
      'craft',
      'influence',
      'mentoring',
    ]);
    expect(engineer.sections[0]).toMatchObject({
      items: ['Breaks a task into small, reviewable changes', 'Asks for help early when stuck'],
      subItems: [[], ['names what they tried first', 'brings a question, not just a problem']],
    });
    expect(engineer.sections[1]).toMatchObject({
      text: 'Writes code that others can read.',
      items: ['Adds tests with every change', "Follows the team's style guide"],
    });
    // A section a level's page does not have is not at this level; "TBD" is not written yet.
    expect(engineer.sections[3].status).toBe('n/a');
    const staff = await show('staff-engineer');
    expect(staff.sections[1].status).toBe('wip');
    const senior = await show('senior-engineer');
    expect(senior.summary).toBe('Leads features from design to release.');
    expect(senior.sections[0].subItems[1]).toEqual([
      'pairs on a hard change',
      'writes the missing runbook',
    ]);

    // No word of a page is lost.
    const lost = await lostWords(
      out,
      ['engineer', 'senior-engineer', 'staff-engineer'],
      readdirSync(HEADINGS)
        .filter((f) => f !== 'index.md')
        .map((f) => join(HEADINGS, f)),
    );
    // "TBD" is kept as what it means: the section's WIP status.
    expect([...new Set(lost)]).toEqual(['tbd']);
  });

  it('can be assessed and diffed once imported', async () => {
    const out = join(tempDir(), 'out');
    await runCli(['import', HEADINGS, '--out', out, '--track', 'Engineering'], WIDE);
    const diff = await runCli(['diff', 'engineer', 'senior', '--ladder', out], WIDE);
    expect(diff.code).toBe(0);
    expect(diff.stdout).toContain('Plans a feature of several weeks');
  });
});

describe('import --dry-run', () => {
  it('shows the tree, the sections and the warnings, and writes nothing', async () => {
    const out = join(tempDir(), 'out');
    const r = await runCli(
      ['import', HEADINGS, '--dry-run', '--out', out, '--track', 'Engineering'],
      WIDE,
    );
    expect(r.code, r.stderr).toBe(0);
    // The first line wraps with a hanging indent where the path is long.
    expect(
      r.stdout
        .split('\n')
        .slice(0, 2)
        .join('\n')
        .replace(/\n {2}/, ' '),
    ).toMatch(
      `Would import 3 levels, 1 track and 4 sections from 3 pages into ${out}; nothing was written.`,
    );
    expect(r.stdout).toContain(
      '  senior-engineer  Senior Engineer, after engineer\n      delivery: 2 items after an intro, 2 sub-items · craft: 1 item · influence: prose · mentoring: N/A\n',
    );
    expect(r.stdout).toContain('No section is marked assessed: every section but years will be.');
    expect(r.stdout).toContain(
      "warning: index.md: no title with sections under it, so not a level's page; skipped\n",
    );
    expect(readdirSync(join(out, '..'))).toEqual([]);
  });

  it('says when --out would be refused, and needs --out without it', async () => {
    const full = tempDir();
    writeFileSync(join(full, 'mine.txt'), 'mine');
    const r = await runCli(['import', HEADINGS, '--dry-run', '--out', full], WIDE);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Writing there would be refused: ${full} is not empty.\n`);
    expect(readdirSync(full)).toEqual(['mine.txt']);
    const none = await runCli(['import', HEADINGS], WIDE);
    expect(none).toMatchObject({
      code: 2,
      stderr: "error: required option '--out <dir>' not specified\nhint: or pass --dry-run\n",
    });
  });
});

describe('a page per track, a heading per level', () => {
  const TRACKS = join(ROOT, 'tests/fixtures/track-pages');

  it('cuts each page at its level headings, with sections as headings or labelled bullets', async () => {
    const out = join(tempDir(), 'out');
    const r = await runCli(['import', TRACKS, '--out', out], WIDE);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(
      `Imported 4 levels, 2 tracks and 3 sections from 2 pages into ${out}`,
    );
    expect((await runCli(['validate', '--ladder', out])).code).toBe(0);
    expect(await edgesIn(out)).toEqual([
      ['Developer', ['· → d1-developer-1', 'd1-developer-1 → d2-developer-2']],
      ['Leadership', ['· → lead-1', 'lead-1 → lead-2']],
    ]);
    const show = showIn(out);
    const d1 = await show('d1-developer-1');
    expect(d1.summary).toBe('Learns the codebase with a mentor.');
    expect(d1.sections.find((s: { id: string }) => s.id === 'craft')).toMatchObject({
      items: ['Writes readable code'],
      subItems: [['small functions', 'clear names']],
    });
    // What the track's page says before its first level holds at every level, once.
    expect(d1.shared).toEqual([
      {
        title: 'Every level: Developer track',
        items: ['Every developer writes tests and keeps the build green.'],
      },
    ]);
    const lead = await show('lead-1');
    expect(lead.sections.map((s: { id: string; status: string }) => [s.id, s.status])).toEqual([
      ['scope', 'defined'],
      ['craft', 'n/a'],
      ['people', 'defined'],
    ]);
    expect(lead.sections[2].text).toBe('Runs weekly one-to-ones and writes growth plans');

    const lost = await lostWords(
      out,
      ['d1-developer-1', 'd2-developer-2', 'lead-1', 'lead-2'],
      readdirSync(TRACKS).map((f) => join(TRACKS, f)),
    );
    expect([...new Set(lost)]).toEqual([]);
  });
});

describe('a matrix page: competencies by levels', () => {
  const MATRIX = join(ROOT, 'tests/fixtures/matrix');

  it('reads each column as a level and each row as a section, skipping score columns', async () => {
    const out = join(tempDir(), 'out');
    const r = await runCli(['import', MATRIX, '--out', out], WIDE);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(
      `Imported 3 levels, 1 track and 3 sections from 1 page into ${out}`,
    );
    expect(r.stdout).toContain(
      'warning: competencies.md (column D), line 3: column E ("2") holds scores, not a level; skipped\n',
    );
    expect((await runCli(['validate', '--ladder', out])).code).toBe(0);
    const tree = JSON.parse((await runCli(['list', '--json', '--ladder', out])).stdout);
    expect(tree.tracks).toMatchObject([
      {
        title: 'Platform',
        levels: [
          { id: 'associate', previous: null },
          { id: 'engineer', previous: 'associate' },
          { id: 'senior-engineer', previous: 'engineer' },
        ],
      },
    ]);
    const show = showIn(out);
    const associate = await show('associate');
    // A row with no label continues the one above it, as one more item.
    expect(associate.sections[0]).toMatchObject({
      id: 'operations',
      items: ['Follows the runbook', 'Asks before restarting'],
    });
    expect(associate.sections[1].status).toBe('n/a');
    const engineer = await show('engineer');
    expect(engineer.sections[1].text).toBe('Sketches a service | with care');
    const senior = await show('senior-engineer');
    expect(senior.sections[1]).toMatchObject({
      items: ['Leads reviews'],
      subItems: [['of other teams']],
    });
    const lost = (
      await lostWords(
        out,
        ['associate', 'engineer', 'senior-engineer'],
        [join(MATRIX, 'competencies.md')],
        false,
      )
    ).filter((w) => !/^\d+$/.test(w));
    // The page's heading names the matrix; its track is kept as the track's title.
    expect([...new Set(lost)]).toEqual(['competency', 'matrix']);
  });
});

describe('nothing lost in silence', () => {
  it('keeps a section a page gives twice apart from the first, and says so', async () => {
    const site = tempDir();
    writeFileSync(
      join(site, 'e.md'),
      '# Engineer\n\n## Scope\n\n- One team\n\n## Craft\n\n- Tests\n\n## Scope\n\n- Also on call\n',
    );
    const out = join(tempDir(), 'out');
    const r = await runCli(['import', join(site, 'e.md'), '--out', out, '--track', 'T'], WIDE);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(
      'warning: e.md: "Scope" (line 11) gives the section of "Scope" (line 3) again; kept as scope-2\n',
    );
    const level = JSON.parse(
      (await runCli(['show', 'engineer', '--json', '--ladder', out])).stdout,
    );
    expect(level.sections.map((s: { id: string; items: string[] }) => [s.id, s.items])).toEqual([
      ['scope', ['One team']],
      ['craft', ['Tests']],
      ['scope-2', ['Also on call']],
    ]);
  });

  it.each([
    ['ladder.yaml', 'a YAML file, not a ladder page'],
    ['data.json', 'a JSON file, not a ladder page'],
    ['milestones.js', 'a program, not a ladder page: ladder never runs it'],
    [
      'ladder.xls',
      'a workbook in a format ladder cannot read: save it as .xlsx, or each sheet as "CSV UTF-8"',
    ],
    ['ladder.xlsx', 'a workbook, but not a readable zip file'],
    ['ladder.docx', 'a document, not a page: save it as Markdown or HTML first'],
  ])('says what to do with %s', async (name, said) => {
    const file = join(tempDir(), name);
    writeFileSync(file, 'title: x\n');
    const r = await runCli(['import', file, '--out', join(tempDir(), 'out')], WIDE);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toContain(`error: ${file}: ${said}`);
  });
});

describe('a sheet made by hand', () => {
  it('reads every @ row without @id: tracks by title, follows, summaries, sections, groups, shared', async () => {
    const sheet = join(tempDir(), 'hand.csv');
    writeFileSync(
      sheet,
      [
        'Level,Engineer,Senior,Lead',
        '@track,IC,IC,Manager',
        '@follows,,Engineer,Engineer',
        '@summary,Ships with help,Leads features,Runs a team',
        '@order,1,2,3',
        '@ladder,Hand ladder',
        '@group,results,Results',
        '@section,delivery,Delivery,list,assessed,results,How work ships',
        '@shared,Everyone,"- Writes things down\n  - in the wiki"',
        'Delivery,"- Ships\n  - small changes","- Plans",',
      ].join('\n') + '\n',
    );
    const out = join(tempDir(), 'out');
    const r = await runCli(['import', sheet, '--out', out], WIDE);
    expect(r.code, r.stderr).toBe(0);
    expect(await edgesIn(out)).toEqual([
      ['IC', ['· → engineer', 'engineer → senior']],
      ['Manager', ['engineer → lead']],
    ]);
    const engineer = await showIn(out)('engineer');
    expect(engineer).toMatchObject({
      summary: 'Ships with help',
      sections: [
        {
          id: 'delivery',
          group: 'results',
          description: 'How work ships',
          items: ['Ships'],
          subItems: [['small changes']],
        },
      ],
      shared: [{ title: 'Everyone', items: ['Writes things down'], subItems: [['in the wiki']] }],
    });
    const lead = await showIn(out)('lead');
    expect(lead.sections[0].status).toBe('n/a');
  });
});

describe('a sheet made by hand, where paths merge', () => {
  it('follows every level its @follows cell names, by title, and ignores a level following itself', async () => {
    const sheet = join(tempDir(), 'merge.csv');
    writeFileSync(
      sheet,
      [
        'Level,Senior Engineer,Team Lead,Engineering Manager',
        '@track,IC,Management,Management',
        '@follows,,Team Lead,Senior Engineer; Team Lead; Engineering Manager',
        'Scope,A feature,A team,Teams',
      ].join('\n') + '\n',
    );
    const out = join(tempDir(), 'out');
    const r = await runCli(['import', sheet, '--out', out], WIDE);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('warning: merge.csv, C3: Team Lead follows itself; ignored\n');
    expect(r.stdout).toContain(
      'warning: merge.csv, D3: Engineering Manager follows itself; ignored\n',
    );
    const manager = await showIn(out)('engineering-manager');
    expect(manager.previousAll).toEqual(['senior-engineer', 'team-lead']);
    expect((await showIn(out)('team-lead')).previousAll).toEqual([]);
  });
});

describe('a page of levels whose depth is given', () => {
  it('reads the headings of --level-heading as levels, where the page alone would not say', async () => {
    const page = join(tempDir(), 'levels.md');
    // Each level has one section of its own: nothing repeats to show the page holds levels.
    writeFileSync(
      page,
      '# Platform ladder\n\n## Junior\n\n### Scope\n\nA task.\n\n## Senior\n\n### Reach\n\nA product.\n',
    );
    const out = join(tempDir(), 'out');
    const guessed = await runCli(['import', page, '--dry-run', '--json'], WIDE);
    expect(JSON.parse(guessed.stdout).levels).toHaveLength(1);
    const r = await runCli(['import', page, '--out', out, '--level-heading', '2'], WIDE);
    expect(r.code, r.stderr).toBe(0);
    expect(await edgesIn(out)).toEqual([['Platform', ['· → junior', 'junior → senior']]]);
    const bad = await runCli(['import', page, '--dry-run', '--level-heading', '4'], WIDE);
    expect(bad.code).toBe(1);
    expect(bad.stderr.split('\n')[0]).toBe(
      `error: ${page}: no heading of depth 4 ("#### …") to read as a level (--level-heading 4)`,
    );
    const usage = await runCli(['import', page, '--dry-run', '--level-heading', 'two'], WIDE);
    expect(usage.code).toBe(2);
    expect(usage.stderr.split('\n')[0]).toBe(
      'error: --level-heading must be a heading depth from 1 to 6, not "two"',
    );
  });
});

describe('emoji shortcodes', () => {
  it('become their emoji, and never reach an id', async () => {
    const page = join(tempDir(), 'e.md');
    writeFileSync(
      page,
      '# :star: Engineer\n\n## :triangular_flag_on_post: Delivery\n\n- Ships :rocket: weekly\n- Keeps :unknown_code: as written\n',
    );
    const out = join(tempDir(), 'out');
    expect((await runCli(['import', page, '--out', out], WIDE)).code).toBe(0);
    const level = await showIn(out)('engineer');
    expect(level.title).toBe('⭐ Engineer');
    expect(level.sections[0]).toMatchObject({
      id: 'delivery',
      title: '🚩 Delivery',
      items: ['Ships 🚀 weekly', 'Keeps :unknown_code: as written'],
    });
  });
});
