import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from '../helpers.js';
import { edgesIn, importInto, lostWords, showIn } from '../import-checks.js';
import { odsOf, xlsxOf, type BookCell } from '../workbook-builder.js';

const WIDE = { env: { COLUMNS: '120' } };
const HTML = join(ROOT, 'tests/fixtures/html');

describe('HTML pages, one a level, in a folder per track', () => {
  it('reads <h1> titles, <h2> groups, <p><strong> sections, lists, <details> and links', async () => {
    const { out, stdout } = await importInto(HTML);
    // _site/ and dot folders are never pages; the index has no sections, and says so.
    expect(stdout.split('\n')[0]).toBe(
      `Imported 4 levels, 2 tracks and 5 sections from 4 pages into ${out}`,
    );
    expect(stdout).toContain(
      "warning: index.html: no title with sections under it, so not a level's page; skipped\n",
    );
    expect((await runCli(['validate', '--ladder', out])).code).toBe(0);
    // A folder per track; "Same as Engineer II, but also" is where management forks off.
    expect(await edgesIn(out)).toEqual([
      ['Engineering', ['· → engineer-i', 'engineer-i → engineer-ii']],
      [
        'Management',
        ['engineer-ii → engineering-manager', 'engineering-manager → senior-engineering-manager'],
      ],
    ]);
    const show = showIn(out);
    const first = await show('engineer-i');
    expect(first.summary).toBe('Delivers small, well-defined changes with guidance 🌱');
    expect(first.sections[0]).toMatchObject({
      id: 'execution',
      group: 'delivery',
      text: 'getting planned work done',
      items: [
        'Finishes tickets the team has sized',
        'Asks for help when stuck for more than a day, any one of:',
      ],
      // The <details> after the list are sub-items of its last item.
      subItems: [
        [],
        ['in the team channel', 'at stand-up', 'Examples', 'Fixed the flaky login test'],
      ],
    });
    // A relative link is kept as written.
    expect(first.sections[1].markdown).toEqual([
      'Adds tests for each change, as the [testing guide](testing.html) asks',
    ]);
    expect(first.sections[2]).toMatchObject({ id: 'communication', group: 'collaboration' });
    const manager = await show('engineering-manager');
    expect(manager.sections.map((s: { id: string; status: string }) => [s.id, s.status])).toEqual([
      ['execution', 'defined'],
      ['quality', 'n/a'],
      ['communication', 'n/a'],
      ['onboarding', 'n/a'],
      ['growth', 'defined'],
    ]);
    const ladder = readFileSync(join(out, 'ladder.yaml'), 'utf8');
    expect(ladder).toContain('groups:\n  - id: delivery\n    title: Delivery\n');

    const pages = [
      'engineering/engineer-1.html',
      'engineering/engineer-2.html',
      'management/manager.vue',
      'management/senior-manager.html',
    ];
    const lost = await lostWords(
      out,
      ['engineer-i', 'engineer-ii', 'engineering-manager', 'senior-engineering-manager'],
      pages.map((p) => join(HTML, p)),
    );
    // The emoji's shortcode is its emoji now.
    expect([...new Set(lost)]).toEqual(['seedling']);
  });

  it('never reads a script, a style or the navigation as a level', async () => {
    const { out } = await importInto(HTML);
    const all = readdirSync(join(out, 'levels'))
      .map((f) => readFileSync(join(out, 'levels', f), 'utf8'))
      .join('\n');
    for (const hidden of ['never shown', 'window.track', 'margin', 'Maintained by', 'Next level'])
      expect(all).not.toContain(hidden);
  });

  it('can be shown, diffed and assessed', async () => {
    const { out } = await importInto(HTML);
    const diff = await runCli(['diff', 'engineer-i', 'engineer-ii', '--ladder', out], WIDE);
    expect(diff.code).toBe(0);
    expect(diff.stdout).toContain('Breaks a feature into tickets');
    const answers = join(tempDir(), 'answers.yaml');
    writeFileSync(answers, 'execution:\n  1: met\n  2: partly\nonboarding:\n  1: not-yet\n');
    const env = { XDG_DATA_HOME: tempDir(), LADDER_USER: 'Sam Lee', TZ: 'UTC', COLUMNS: '120' };
    const assess = await runCli(['assess', 'engineer-ii', '--answers', answers, '--ladder', out], {
      env,
    });
    expect(assess.code, assess.stderr).toBe(0);
    expect(assess.stdout).toContain('Buddies a new joiner for their first month');
  });
});

describe('an HTML matrix, its header row of bare <th> cells', () => {
  const page = join(ROOT, 'tests/fixtures/matrix-html/roles.html');

  it('reads a level a column, a competency a row, and keeps the text around the table', async () => {
    const { out } = await importInto(page);
    expect(await edgesIn(out)).toEqual([
      ['Data', ['· → analyst', 'analyst → senior-analyst', 'senior-analyst → lead-analyst']],
    ]);
    const analyst = await showIn(out)('analyst');
    expect(analyst.sections[0].items).toEqual([
      'Builds a forecast',
      'Checks its inputs',
      'Documents assumptions',
    ]);
    expect(analyst.sections[1].status).toBe('n/a');
    expect(analyst.shared[0].items).toEqual([
      'How each competency grows from one role to the next.',
    ]);
    expect((await showIn(out)('senior-analyst')).sections[0].text).toBe(
      'Reviews models | with care',
    );
    expect(readFileSync(join(out, 'ladder.yaml'), 'utf8')).toMatch(/^title: Data roles$/m);
    const lost = await lostWords(out, ['analyst', 'senior-analyst', 'lead-analyst'], [page]);
    expect([...new Set(lost)]).toEqual([]);
  });

  it('reads the same table written as HTML inside a Markdown page', async () => {
    const dir = tempDir();
    const html = readFileSync(page, 'utf8');
    const table = html.slice(html.indexOf('<table>'), html.indexOf('</table>') + 8);
    writeFileSync(join(dir, 'roles.md'), `# Data roles (Data Track)\n\n${table}\n`);
    const { out } = await importInto(join(dir, 'roles.md'));
    expect((await showIn(out)('lead-analyst')).sections[0].items).toEqual([
      'Sets modelling standards',
      'Retires stale models',
    ]);
  });
});

/** A workbook as a published ladder keeps one: a sheet per area, a score after each level. */
const AREAS: Record<string, BookCell[][]> = {
  Delivery: [
    ['Skill', 'Engineer I', 1, 'Engineer II', 2, 'Senior Engineer', 3],
    ['Code review', 'Asks for reviews', 1, 'Reviews peers', 2, 'Sets review norms', 3],
    [null, 'Replies within a day', null, null, null, 'Coaches reviewers', null],
    [
      'Testing',
      { formula: 'CONCAT("Writes ","tests")', cached: 'Writes tests' },
      1,
      'Tests edge cases',
      2,
      null,
      null,
    ],
  ],
  People: [
    ['Skill', 'Engineer I', 1, 'Engineer II', 2, 'Senior Engineer', 3],
    ['Mentoring', null, null, 'Helps new joiners :tada:', 2, 'Mentors two engineers', 3],
  ],
  Notes: [['Read the Delivery sheet first']],
  Lookup: [['x', 'y']],
};

function workbook(name: string, bytes: Uint8Array): string {
  const file = join(tempDir(), name);
  writeFileSync(file, bytes);
  return file;
}

describe('an .xlsx workbook: a sheet an area, a column a level', () => {
  it('groups each sheet, skips score columns, continues rows and names the cells it warns of', async () => {
    const book = workbook('ladder.xlsx', xlsxOf(AREAS, { hidden: ['Lookup'] }));
    const { out, stdout } = await importInto(book);
    expect(stdout.split('\n')[0]).toBe(
      `Imported 3 levels, 1 track and 3 sections from 1 file into ${out}`,
    );
    expect(stdout).toContain(
      [
        'warning: ladder.xlsx: the sheet "Notes" names no levels; skipped',
        'warning: ladder.xlsx: the sheet "Lookup" is hidden; skipped',
        'warning: ladder.xlsx, Delivery!C1: columns C, E, G hold scores, not levels; skipped',
        'warning: ladder.xlsx, People!C1: columns C, E, G hold scores, not levels; skipped',
        'warning: ladder.xlsx, People!B1: the column of Engineer I is empty: it has none of the sections (N/A)',
      ].join('\n'),
    );
    expect((await runCli(['validate', '--ladder', out])).code).toBe(0);
    expect(await edgesIn(out)).toEqual([
      [
        'Engineering',
        ['· → engineer-i', 'engineer-i → engineer-ii', 'engineer-ii → senior-engineer'],
      ],
    ]);
    const show = showIn(out);
    const first = await show('engineer-i');
    expect(first.sections.map((s: { id: string; group: string }) => [s.id, s.group])).toEqual([
      ['code-review', 'delivery'],
      ['testing', 'delivery'],
      ['mentoring', 'people'],
    ]);
    // A row with no label is one more item; a formula is the value it had when saved.
    expect(first.sections[0].items).toEqual(['Asks for reviews', 'Replies within a day']);
    expect(first.sections[1].text).toBe('Writes tests');
    expect(first.sections[2].status).toBe('n/a');
    expect((await show('engineer-ii')).sections[2].text).toBe('Helps new joiners 🎉');
    expect((await show('senior-engineer')).sections[1].status).toBe('n/a');

    const json = JSON.parse((await runCli(['import', book, '--dry-run', '--json'], WIDE)).stdout);
    expect(json.warnings).toContainEqual({
      source: book,
      where: 'People!B1',
      message: 'the column of Engineer I is empty: it has none of the sections (N/A)',
    });
  });

  it('keeps every word of its cells, but the scores and the labels column header', async () => {
    const book = workbook('ladder.xlsx', xlsxOf(AREAS));
    const { out } = await importInto(book);
    const words =
      readFileSync(join(out, 'ladder.yaml'), 'utf8') +
      (await Promise.all(['engineer-i', 'engineer-ii', 'senior-engineer'].map(showIn(out))))
        .map((l) => JSON.stringify(l))
        .join(' ');
    const source = Object.entries(AREAS)
      .filter(([name]) => name === 'Delivery' || name === 'People')
      .flatMap(([name, rows]) => [
        name,
        ...rows.flatMap((row, r) =>
          row
            .filter((c, k) => !(r === 0 && k === 0) && typeof c !== 'number')
            .map((c) => (c && typeof c === 'object' ? c.cached : (c ?? ''))),
        ),
      ])
      .join(' ')
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w && !/^\d+$/.test(w) && w !== 'tada');
    expect(source.filter((w) => !words.toLowerCase().includes(w.toLowerCase()))).toEqual([]);
  });

  it('makes each sheet a track where the sheets name different levels', async () => {
    const book = workbook(
      'tracks.xlsx',
      xlsxOf({
        IC: [
          ['', 'Engineer', 'Senior'],
          ['Scope', 'A task', 'A feature'],
        ],
        Management: [
          ['', 'Manager', 'Director'],
          ['Scope', 'A team', 'A group'],
        ],
      }),
    );
    const { out } = await importInto(book);
    expect(await edgesIn(out)).toEqual([
      ['IC', ['· → engineer', 'engineer → senior']],
      ['Management', ['· → manager', 'manager → director']],
    ]);
  });

  it('refuses a workbook it cannot read, in one line', async () => {
    const broken = workbook('broken.xlsx', new TextEncoder().encode('PK not really a zip'));
    const r = await runCli(['import', broken, '--out', join(tempDir(), 'out')], WIDE);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toMatch(
      new RegExp(`^error: ${broken}: a workbook, but not a readable zip file \\(.+\\)$`),
    );
    const old = workbook('old.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]));
    const legacy = await runCli(['import', old, '--out', join(tempDir(), 'out')], WIDE);
    expect(legacy.stderr.split('\n')[0]).toBe(
      `error: ${old}: a workbook in a format ladder cannot read: save it as .xlsx, or each sheet as "CSV UTF-8"`,
    );
  });
});

describe('an .ods workbook', () => {
  it('reads as the same workbook saved as .xlsx, its repeated empty rows costing nothing', async () => {
    const text = (rows: BookCell[][]) =>
      rows.map((row) =>
        row.map((c) => (c === null ? null : typeof c === 'object' ? c.cached : String(c))),
      );
    const ods = workbook(
      'ladder.ods',
      odsOf({ Delivery: text(AREAS.Delivery!), People: text(AREAS.People!) }),
    );
    const xlsx = workbook(
      'ladder.xlsx',
      xlsxOf({ Delivery: AREAS.Delivery!, People: AREAS.People! }),
    );
    const [a, b] = [join(tempDir(), 'a'), join(tempDir(), 'b')];
    expect((await runCli(['import', ods, '--out', a], WIDE)).code).toBe(0);
    expect((await runCli(['import', xlsx, '--out', b], WIDE)).code).toBe(0);
    // The same files, but for the name of the file each level was imported from.
    const read = (dir: string, f: string) =>
      readFileSync(join(dir, f), 'utf8').replace('ladder.ods', 'ladder.xlsx');
    const files = ['ladder.yaml', ...readdirSync(join(b, 'levels')).map((f) => `levels/${f}`)];
    expect(files).toHaveLength(4);
    for (const f of files) expect(read(a, f)).toBe(read(b, f));
  });
});

describe('a CSV saved from a workbook with score columns', () => {
  it('skips the scores, instead of taking the numbers for levels', async () => {
    const sheet = join(tempDir(), 'delivery.csv');
    writeFileSync(
      sheet,
      'Skill,Engineer I,1,Engineer II,2\nCode review,Asks for reviews,1,Reviews peers,2\n,Replies within a day,,,\n',
    );
    const { out, stdout } = await importInto(sheet);
    expect(stdout).toContain(
      'warning: delivery.csv, C1: columns C, E hold scores, not levels; skipped\n',
    );
    expect(await edgesIn(out)).toEqual([
      ['Engineering', ['· → engineer-i', 'engineer-i → engineer-ii']],
    ]);
    expect((await showIn(out)('engineer-i')).sections[0].items).toEqual([
      'Asks for reviews',
      'Replies within a day',
    ]);
  });

  it('keeps levels titled by numbers, whose cells are words, and says so', async () => {
    const sheet = join(tempDir(), 'levels.csv');
    writeFileSync(sheet, 'Area,1,2,3\nScope,A task,A feature,A product\n');
    const { out, stdout } = await importInto(sheet);
    expect(stdout).toContain(
      'warning: levels.csv, B1: the level "1" is titled by a number; kept as a level\n',
    );
    expect((await edgesIn(out))[0][1]).toHaveLength(3);
  });
});

describe("the workbook reader's cost", () => {
  /** Whether a run of ladder read the workbook reader's file, with every file read watched. */
  function loadsReader(args: string[]): boolean {
    const script = `
      const fs = require('node:fs');
      const read = fs.readFileSync;
      let reader = false;
      fs.readFileSync = (file, ...rest) => {
        if (String(file).endsWith('lib-unzip.cjs')) reader = true;
        return read(file, ...rest);
      };
      process.on('exit', () => process.stderr.write('READER ' + reader));
      require(${JSON.stringify(join(ROOT, 'dist/launcher.cjs'))}).program().main(['node', 'ladder', ...${JSON.stringify(args)}], ${JSON.stringify(ROOT)});`;
    const r = spawnSync(process.execPath, ['-e', script], {
      env: { ...process.env, XDG_CACHE_HOME: tempDir() },
      encoding: 'utf8',
    });
    expect(r.stderr).toMatch(/READER (true|false)$/);
    return /READER true$/.test(r.stderr);
  }

  it('is loaded only when a workbook is imported', () => {
    const book = workbook('ladder.xlsx', xlsxOf(AREAS));
    expect(loadsReader(['import', book, '--dry-run'])).toBe(true);
    expect(loadsReader(['import', HTML, '--dry-run'])).toBe(false);
    expect(loadsReader(['show', 'vp-eng'])).toBe(false);
  });
});

describe('every shape, once imported', () => {
  const sheet = () => {
    const file = join(tempDir(), 'hand.csv');
    writeFileSync(
      file,
      'Level,Engineer,Senior\n@summary,Ships,Leads\nScope,- A task,- A feature\n',
    );
    return file;
  };
  it.each([
    ['headings', () => join(ROOT, 'tests/fixtures/headings')],
    ['a page per track', () => join(ROOT, 'tests/fixtures/track-pages')],
    ['a Markdown matrix', () => join(ROOT, 'tests/fixtures/matrix')],
    ['an HTML matrix', () => join(ROOT, 'tests/fixtures/matrix-html')],
    ['HTML pages', () => HTML],
    ['a workbook', () => workbook('ladder.xlsx', xlsxOf(AREAS))],
    ['a hand sheet', sheet],
    ['a site of tables', () => join(ROOT, 'tests/fixtures/site')],
  ])('validates, shows, diffs and can be assessed: %s', async (_, source) => {
    const { out } = await importInto(source(), '--track', 'Engineering');
    expect((await runCli(['validate', '--ladder', out])).code).toBe(0);
    const tree = JSON.parse((await runCli(['list', '--json', '--ladder', out])).stdout);
    const level = tree.tracks
      .flatMap((t: { levels: { id: string; previous: string | null }[] }) => t.levels)
      .find((l: { previous: string | null }) => l.previous);
    const show = await runCli(['show', level.id, '--ladder', out], WIDE);
    expect(show.code).toBe(0);
    const diff = await runCli(['diff', level.previous, level.id, '--ladder', out], WIDE);
    expect(diff.code, diff.stderr).toBe(0);
    // The first item of the first written section (prose is one item), answered from a file.
    const json = JSON.parse((await runCli(['show', level.id, '--json', '--ladder', out])).stdout);
    const section = json.sections.find(
      (s: { id: string; status: string }) => s.status === 'defined' && s.id !== 'years',
    );
    const answers = join(tempDir(), 'answers.yaml');
    writeFileSync(answers, `${section.id}:\n  1: met\n`);
    const env = { XDG_DATA_HOME: tempDir(), LADDER_USER: 'Sam Lee', TZ: 'UTC', COLUMNS: '120' };
    const assess = await runCli(
      ['assess', level.id, '--answers', answers, '--section', section.id, '--ladder', out],
      { env },
    );
    expect(assess.code, assess.stderr).toBe(0);
  });

  it('keeps a small table in a section of a page of headings as that section’s text', async () => {
    const page = join(tempDir(), 'e.md');
    writeFileSync(
      page,
      '# Engineer\n\n## Delivery\n\n- Ships weekly\n\n## Tools\n\n| Tool | Use |\n| --- | --- |\n| git | history |\n\n## Craft\n\n- Tests\n',
    );
    const { out } = await importInto(page);
    const level = await showIn(out)('engineer');
    expect(level.sections.map((s: { id: string }) => s.id)).toEqual(['delivery', 'tools', 'craft']);
    expect(level.sections[1].text).toContain('git');
  });
});

describe('large sheets', () => {
  it('reads a sheet of 10,000 level columns, each following the one before', async () => {
    const sheet = join(tempDir(), 'wide.csv');
    const n = 10_000;
    const levels = Array.from({ length: n }, (_, i) => `L${i}`);
    writeFileSync(
      sheet,
      `Level,${levels.join(',')}\nScope,${levels.map((l) => `${l} scope`).join(',')}\n`,
    );
    const r = await runCli(['import', sheet, '--dry-run', '--json'], WIDE);
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.levels).toHaveLength(n);
    expect(json.levels.find((l: { id: string }) => l.id === `l${n - 1}`)).toMatchObject({
      id: `l${n - 1}`,
      follows: [`l${n - 2}`],
      track: 'engineering',
    });
  });

  it('refuses at once a sheet whose ladder would be larger than a ladder file may be', async () => {
    const sheet = join(tempDir(), 'long.csv');
    const rows = Array.from({ length: 20_000 }, (_, i) => `Section ${i},cell ${i},other ${i}`);
    writeFileSync(sheet, `Level,Engineer,Senior\n${rows.join('\n')}\n`);
    const r = await runCli(['import', sheet, '--dry-run'], WIDE);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^error: the imported ladder's ladder\.yaml would be \d+ bytes, over the 1 MiB a ladder file may be; nothing was written\nhint: import fewer sections or levels at a time\n$/,
    );
  });
});
