import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from '../helpers.js';

const HEADINGS = join(ROOT, 'tests/fixtures/headings');
const WIDE = { env: { COLUMNS: '120' } };

/** The words of a page a reader sees: no front matter but its title, no tags, no marks. */
function visibleWords(page: string): string[] {
  const text = page.replace(
    /^---\n([^]*?)\n---\n/,
    (_, front: string) => (/^title:\s*(.*)$/m.exec(front)?.[1] ?? '') + '\n',
  );
  return text
    .replace(/<!--[^]*?-->/g, ' ')
    .replace(/<\/?[a-z][^<>]{0,200}>/gi, ' ')
    .split(/[^\p{L}\p{N}'-]+/u)
    .map((w) => w.replace(/^[-']+|[-']+$/g, '').toLowerCase())
    .filter(Boolean);
}

/** Each imported level as `show --json` gives it. */
const showIn = (out: string) => async (id: string) =>
  JSON.parse((await runCli(['show', id, '--json', '--ladder', out])).stdout);

/** The tree as `list --json` gives it: each track's title, and "previous → level" per level. */
async function edgesIn(out: string) {
  const tree = JSON.parse((await runCli(['list', '--json', '--ladder', out])).stdout);
  return tree.tracks.map(
    (t: { title: string; levels: { id: string; previous: string | null }[] }) => [
      t.title,
      t.levels.map((l) => `${l.previous ?? '·'} → ${l.id}`),
    ],
  );
}

/** The words of the pages that neither the levels' JSON nor (when asked) ladder.yaml holds. */
async function lostWords(out: string, ids: string[], pages: string[], ladderFile = true) {
  const levels = await Promise.all(ids.map(showIn(out)));
  const imported = [
    ...(ladderFile ? [readFileSync(join(out, 'ladder.yaml'), 'utf8')] : []),
    ...levels.map((l) => JSON.stringify(l)),
  ]
    .join(' ')
    .toLowerCase();
  return pages
    .flatMap((page) => visibleWords(readFileSync(page, 'utf8')))
    .filter((w) => !imported.includes(w));
}

describe('pages of headings and bullets, one a level', () => {
  it('import into a ladder that validates, with the tree, sections and every word', async () => {
    const out = join(tempDir(), 'out');
    const r = await runCli(['import', HEADINGS, '--out', out, '--track', 'Engineering'], WIDE);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(
      `Imported 3 levels, 1 track and 4 sections from 3 pages into ${out}`,
    );
    expect(r.stdout).toContain("warning: index.md: no tables, so not a level's page; skipped\n");
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
    expect(r.stdout).toContain("warning: index.md: no tables, so not a level's page; skipped\n");
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
      'warning: competencies.md (column D): column E ("2") holds scores, not a level; skipped\n',
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
    ['ladder.xlsx', 'a workbook: save each sheet as "CSV UTF-8" and import those'],
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
