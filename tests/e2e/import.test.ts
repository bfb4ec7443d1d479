import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { read, ROOT, runCli, tempDir } from '../helpers.js';
import { lostWords } from '../import-checks.js';
import { killedAtEachMove } from '../killed-write.js';

const SEED = join(ROOT, 'tests/fixtures/seed/vp_of_engineering.md');
// The summary wraps to the terminal, 80 columns when piped; these tests read it unwrapped.
const WIDE = { env: { COLUMNS: '400' } };

describe('ladder import', () => {
  it('imports the seed page into a ladder that validates and diffs like the shipped one', async () => {
    const out = join(tempDir(), 'imported');
    const r = await runCli(['import', SEED, '--out', out], WIDE);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Imported 2 levels, 1 track and 8 sections from 1 page into ${out}`);
    expect(r.stdout).toContain(
      'director-of-engineering  Director of Engineering: from a column of vp_of_engineering.md',
    );
    expect(readdirSync(join(out, 'levels')).sort()).toEqual([
      'director-of-engineering.yaml',
      'vp-of-engineering.yaml',
    ]);
    expect((await runCli(['validate', '--ladder', out])).code).toBe(0);
    const imported = JSON.parse(
      (await runCli(['diff', 'director', 'vp', '--json', '--ladder', out])).stdout,
    );
    const shipped = JSON.parse((await runCli(['diff', 'director', 'vp', '--json'])).stdout);
    expect(imported.summary).toEqual(shipped.summary);
    expect(imported.sections).toEqual(shipped.sections);
  });

  it('never writes into a folder that is not empty without --force', async () => {
    const out = tempDir();
    writeFileSync(join(out, 'keep.txt'), 'mine');
    const r = await runCli(['import', SEED, '--out', out], WIDE);
    // A refusal to overwrite is a failure with a hint (1), not a usage error (2).
    expect(r).toMatchObject({
      code: 1,
      stdout: '',
      stderr: `error: ${out} is not empty\nhint: pass --force to write into it anyway\n`,
    });
    expect((await runCli(['import', SEED, '--out', out, '--force'], WIDE)).code).toBe(0);
    expect(readdirSync(out)).toContain('keep.txt');
  });

  it('writes nothing when a page cannot be read, naming it; --partial imports the rest', async () => {
    const site = tempDir();
    copyFileSync(SEED, join(site, 'vp.md'));
    writeFileSync(
      join(site, 'broken.md'),
      '---\ntitle: Broken\n---\n# Broken\n### Scope\n<table><tr><td style="font-weight:bold">Broken',
    );
    mkdirSync(join(site, 'assets'));
    const out = join(tempDir(), 'out');
    const r = await runCli(['import', site, '--out', out], WIDE);
    expect(r).toMatchObject({
      code: 1,
      stdout: '',
      stderr:
        `error: ${join(site, 'broken.md')}: the table under "### Scope" (line 5) is not well-formed HTML (truncated, or a tag left open)\n` +
        'hint: nothing was written; pass --partial to import the readable ones anyway\n',
    });
    expect(existsSync(out)).toBe(false);
    const partial = await runCli(['import', site, '--out', out, '--partial'], WIDE);
    expect(partial.code).toBe(1);
    expect(partial.stdout).toContain('from 1 page');
    expect(partial.stderr).toContain(
      '1 file could not be read; the others were imported (--partial)',
    );
    expect((await runCli(['validate', '--ladder', out])).code).toBe(0);
  });

  it('names each unreadable file once, with what that means as the one hint', async () => {
    const dir = tempDir();
    const one = join(dir, 'one.md');
    const two = join(dir, 'two.md');
    writeFileSync(one, Buffer.from([0xff, 0xfe, 0x00, 0x62]));
    writeFileSync(two, Buffer.from([0xff, 0xfe, 0x00, 0x63]));
    const out = join(tempDir(), 'out');
    expect(await runCli(['import', one, '--out', out], WIDE)).toMatchObject({
      code: 1,
      stderr: `error: ${one}: a binary file, not text\nhint: nothing was written\n`,
    });
    expect(await runCli(['import', one, two, '--out', out], WIDE)).toMatchObject({
      code: 1,
      stderr:
        `error: ${one}: a binary file, not text\nerror: ${two}: a binary file, not text\n` +
        'hint: 2 files could not be read, so nothing was written\n',
    });
    expect(existsSync(out)).toBe(false);
  });

  it("skips a folder's pages that have no table, as an index or an about page, and says so", async () => {
    const site = tempDir();
    copyFileSync(SEED, join(site, 'vp.md'));
    writeFileSync(join(site, 'index.md'), '---\nlayout: home\n---\n# Our ladder\n\nWelcome.\n');
    writeFileSync(join(site, 'about.md'), '# About\n### Who\nThe platform team.\n');
    const r = await runCli(['import', site, '--out', join(tempDir(), 'out')], WIDE);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('from 1 page into');
    expect(r.stdout).toContain(
      "warning: about.md: no tables, unlike the site's level pages, so not a level's page; skipped\n",
    );
    expect(r.stdout).toContain(
      "warning: index.md: no title with sections under it, so not a level's page; skipped\n",
    );
    const only = tempDir();
    copyFileSync(join(site, 'index.md'), join(only, 'index.md'));
    const none = await runCli(['import', only, '--out', join(tempDir(), 'out')], WIDE);
    expect(none.code).toBe(1);
    expect(none.stderr).toBe(
      'error: no level pages in what was given: 1 page without a title and sections under it\n',
    );
    // Named on its own, a page without a level is an error: it was meant as a level's page.
    const named = await runCli(
      ['import', join(site, 'index.md'), '--out', join(tempDir(), 'out')],
      WIDE,
    );
    expect(named.code).toBe(1);
    expect(named.stderr.split('\n')[0]).toBe(
      `error: ${join(site, 'index.md')}: no level in it: a level page has a title ("# Title") and at least one section under it`,
    );
  });

  it('wraps its summary to the terminal, each level and warning with a hanging indent', async () => {
    const out = join(tempDir(), 'out');
    for (const width of [40, 80]) {
      const r = await runCli(['import', SITE, '--out', out, '--force'], {
        env: { COLUMNS: String(width) },
      });
      expect(r.code).toBe(0);
      const lines = r.stdout.trimEnd().split('\n');
      // Only the folder's path, which is never broken, may be wider.
      for (const line of lines.filter((l) => !l.includes(out)))
        expect(line.length).toBeLessThanOrEqual(width);
      expect(lines.filter((l) => /^ {2}\S/.test(l)).length).toBeGreaterThanOrEqual(13);
      for (const line of lines.slice(1))
        expect(line).toMatch(/^(?: {2}\S| {6}\S|warning: |\d+ warnings?$)/);
    }
    const narrow = await runCli(['import', SITE, '--out', out, '--force'], {
      env: { COLUMNS: '40' },
    });
    expect(narrow.stdout).toContain(
      '  software-engineer-1  Software\n      Engineer 1: from a column of\n      se2.md (no page of its own)\n',
    );
  });

  it('says so of HTML nested too deeply to read', async () => {
    const page = join(tempDir(), 'deep.md');
    const n = 100_000;
    writeFileSync(
      page,
      `# X\n### Scope\n<table><tr><td style="font-weight:bold">X</td></tr><tr><td>${'<i>'.repeat(n)}x${'</i>'.repeat(n)}</td></tr></table>\n`,
    );
    const r = await runCli(['import', page, '--out', join(tempDir(), 'out')], WIDE);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(`error: ${page}: its HTML is nested too deeply to read`);
  });
});

const SITE = join(ROOT, 'tests/fixtures/site');

describe('a real site of thirteen pages', () => {
  it.each([
    ['the site', SITE],
    ['the seed page', SEED],
  ])('loses no word of %s', async (_, source) => {
    const out = join(tempDir(), 'out');
    expect((await runCli(['import', source, '--out', out], WIDE)).code).toBe(0);
    const tree = JSON.parse((await runCli(['list', '--json', '--ladder', out])).stdout);
    const ids = tree.tracks.flatMap((t: { levels: { id: string }[] }) => t.levels.map((l) => l.id));
    const pages = source === SITE ? readdirSync(SITE).map((f) => join(SITE, f)) : [source];
    const lost = new Set(await lostWords(out, ids, pages));
    // What the importer reads as the page's structure, not its text: the "(… Path)" of a
    // heading, which names the track, and the "_reference:_" of a link; and the Kramdown
    // attribute {:target="_blank"}, which no reader of the page sees.
    for (const structure of ['path', 'reference', 'target', 'blank']) lost.delete(structure);
    // A heading's other wording of a known section ("Years of experience" for "Years of xp",
    // "Checkpoints for reaching this level" for "Checkpoints"), as the README says.
    if (source === SITE)
      for (const variant of ['experience', 'reaching', 'this']) lost.delete(variant);
    expect([...lost]).toEqual([]);
  });

  it('imports into a ladder that validates, with the whole tree, and shows its links as links', async () => {
    const out = join(tempDir(), 'site');
    const r = await runCli(['import', SITE, '--out', out], WIDE);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(
      `Imported 14 levels, 4 tracks and 9 sections from 13 pages into ${out}`,
    );
    // The one neighbouring column that disagrees, in one line that names what was kept; and
    // the merge the hybrid page makes, which Engineering Manager's own page does not name.
    expect(r.stdout).toContain(
      'warning: senior_em.md: its column for Engineering Manager differs in "Scope of knowledge (Breadth and Depth)"; kept em.md, its own page\n',
    );
    expect(r.stdout).toContain(
      'warning: em_tl.md: Engineering Manager follows Senior Software Engineer, and EM/TL Hybrid too: its page names Engineering Manager as next\n2 warnings\n',
    );
    expect((await runCli(['validate', '--ladder', out])).code).toBe(0);

    const tree = JSON.parse((await runCli(['list', '--json', '--ladder', out])).stdout);
    const edges = tree.tracks.map(
      (t: { id: string; levels: { id: string; previous: string | null }[] }) => [
        t.id,
        t.levels.map((l) => `${l.previous ?? '·'} → ${l.id}`),
      ],
    );
    expect(edges).toEqual([
      [
        'individual-contributor',
        [
          '· → software-engineer-1',
          'software-engineer-1 → software-engineer-2',
          'software-engineer-2 → senior-software-engineer',
        ],
      ],
      [
        'senior-individual-contributor',
        [
          'senior-software-engineer → staff-engineer',
          'staff-engineer → senior-staff-engineer',
          'senior-staff-engineer → principal-engineer',
          'principal-engineer → distinguished-engineer',
        ],
      ],
      [
        'people-manager',
        [
          'senior-software-engineer → technical-lead-manager',
          '· → em-tl-hybrid',
          'senior-software-engineer → engineering-manager',
          'engineering-manager → senior-engineering-manager',
          'senior-engineering-manager → director-of-engineering',
          'director-of-engineering → vp-of-engineering',
        ],
      ],
      ['developer-relations', ['· → developer-advocate']],
    ]);

    const merged = tree.tracks[2].levels.find(
      (l: { id: string }) => l.id === 'engineering-manager',
    );
    expect(merged.previousAll).toEqual(['senior-software-engineer', 'em-tl-hybrid']);

    // "Software Engineer 1 - WIP" is a level not written yet, titled without its marker: what
    // its neighbour's columns say of it is kept, and the rest is WIP.
    const se1 = JSON.parse(
      (await runCli(['show', 'software-engineer-1', '--json', '--ladder', out])).stdout,
    );
    expect(se1.title).toBe('Software Engineer 1');
    expect(se1.sections.map((s: { id: string; status: string }) => [s.id, s.status])).toEqual([
      ['years', 'defined'],
      ['scope', 'defined'],
      ['knowledge', 'defined'],
      ['responsibilities', 'defined'],
      ['communication', 'defined'],
      ['competencies', 'defined'],
      ['job-description', 'wip'],
      ['checkpoints', 'wip'],
      ['role-description', 'wip'],
    ]);

    // Prose at most levels, a list at some; Kramdown attributes never shown.
    const em = await runCli(
      ['show', 'engineering-manager', '--ladder', out, '--section', 'job-description,scope'],
      {
        env: { COLUMNS: '60' },
      },
    );
    expect(em.stdout).toContain(
      'Scope of action\n  Team\n\nJob Description (Internal links)\n  • Engineering Manager <https://docs.example.com/jd/em>\n  • See also the manager handbook\n    <https://docs.example.com/handbook>\n',
    );
    expect(em.stdout).not.toContain('{:');
    const staff = await runCli(['show', 'staff', '--ladder', out, '--section', 'scope']);
    expect(staff.stdout).toContain('Scope of action\n  • Several teams\n  • A product area\n');
    // In a terminal that supports them, a link is an OSC 8 hyperlink on its text.
    const linked = await runCli(
      ['show', 'staff', '--ladder', out, '--section', 'role-description'],
      {
        env: { FORCE_HYPERLINK: '1' },
      },
    );
    expect(linked.stdout).toContain(
      '\u001b]8;;https://docs.example.com/staff\u0007staff guide\u001b]8;;\u0007',
    );
    // JSON keeps the visible text, and the Markdown where it differs.
    const json = JSON.parse(
      (await runCli(['show', 'staff', '--json', '--ladder', out, '--section', 'role-description']))
        .stdout,
    );
    expect(json.sections[0]).toEqual({
      id: 'role-description',
      title: 'Role Description',
      status: 'defined',
      text: 'Staff engineers lead through influence: see the staff guide and RFC-12.',
      markdown:
        'Staff engineers lead through influence: see the [staff guide](https://docs.example.com/staff) and `RFC-12`.',
    });
  });

  it('two titles with one slug both come in, and a non-Latin site gets readable ids', async () => {
    const site = tempDir();
    const one = (title: string) =>
      `# ${title} (Engineering Path)\n### Scope\n<table><tr><td style="font-weight:bold">${title}</td></tr><tr><td>Code</td></tr></table>\n`;
    writeFileSync(join(site, 'cpp_engineer.md'), one('C++ Engineer'));
    writeFileSync(join(site, 'c_engineer.md'), one('C Engineer'));
    writeFileSync(join(site, 'ru.md'), one('Инженер-программист'));
    writeFileSync(join(site, 'ja.md'), one('ソフトウェアエンジニア'));
    const out = join(tempDir(), 'out');
    const r = await runCli(['import', site, '--out', out], WIDE);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Imported 4 levels');
    expect(readdirSync(join(out, 'levels')).sort()).toEqual([
      'c-engineer.yaml',
      'cpp-engineer.yaml',
      'inzhener-programmist.yaml',
      'sohutoueaenzinia.yaml',
    ]);
    expect(r.stdout).toContain('warning: cpp_engineer.md: C++ Engineer is cpp-engineer:');
  });

  it('--force replaces the ladder as a whole and leaves other files; --quiet keeps to the summary', async () => {
    const out = join(tempDir(), 'out');
    expect((await runCli(['import', SITE, '--out', out], WIDE)).code).toBe(0);
    writeFileSync(join(out, 'README.md'), 'ours');
    const r = await runCli(['import', SEED, '--out', out, '--force', '--quiet'], WIDE);
    expect(r).toMatchObject({
      code: 0,
      stdout: `Imported 2 levels, 1 track and 8 sections from 1 page into ${out}\n`,
    });
    expect(readdirSync(out).sort()).toEqual(['README.md', 'ladder.yaml', 'levels', 'schema']);
    expect(readdirSync(join(out, 'levels')).sort()).toEqual([
      'director-of-engineering.yaml',
      'vp-of-engineering.yaml',
    ]);
    const quiet = await runCli(['import', SITE, '--out', out, '--force', '--quiet'], WIDE);
    expect(quiet.stdout).toBe(
      `Imported 14 levels, 4 tracks and 9 sections from 13 pages into ${out}\n2 warnings (run without --quiet to see them)\n`,
    );
  });
});

describe('a spreadsheet', () => {
  it('export --format csv, then import, gives back the same ladder', async () => {
    const sheet = join(tempDir(), 'ladder.csv');
    const w = await runCli(['export', '--format', 'csv', '--out', sheet]);
    expect(w).toMatchObject({ code: 0, stderr: `Wrote ${sheet}: 2 levels in one sheet\n` });
    const bytes = readFileSync(sheet);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // The tool's own rows start with an apostrophe, which a spreadsheet reads as "this is
    // text" and import takes off; list items are bulleted with "* ". No cell is a formula.
    const text = bytes.toString('utf8');
    expect(text).toContain("\r\n'@id,director,vp-eng\r\n");
    expect(text).toContain('\n* Culture leadership\n');
    const cells = parseCsv(text, { bom: true, relax_column_count: true }) as string[][];
    expect(cells.flat().filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    const out = join(tempDir(), 'back');
    expect((await runCli(['import', sheet, '--out', out], WIDE)).code).toBe(0);
    const shipped = await runCli(['show', 'vp-eng', '--json']);
    const back = await runCli(['show', 'vp-eng', '--json', '--ladder', out]);
    expect(back.stdout).toBe(shipped.stdout);
    expect(read(join(out, 'levels/director.yaml'))).toContain('id: directs-promoted');
  });

  it('imports a sheet made by hand: a title row and section rows', async () => {
    const sheet = join(tempDir(), 'hand.csv');
    writeFileSync(
      sheet,
      'Level,Junior,Mid,Senior\nScope,Task,Feature,"- Team\n- Services"\nCheckpoints,WIP,- Shipped a feature,"- Led a project\n- Mentored"\n',
    );
    const out = join(tempDir(), 'out');
    const r = await runCli(['import', sheet, '--out', out, '--title', 'Hand-made'], WIDE);
    expect(r.code).toBe(0);
    const tree = JSON.parse((await runCli(['list', '--json', '--ladder', out])).stdout);
    expect(
      tree.tracks[0].levels.map((l: { id: string; previous: string | null }) => [l.id, l.previous]),
    ).toEqual([
      ['junior', null],
      ['mid', 'junior'],
      ['senior', 'mid'],
    ]);
    const senior = JSON.parse((await runCli(['show', 'senior', '--json', '--ladder', out])).stdout);
    expect(senior.sections).toEqual([
      { id: 'scope', title: 'Scope', status: 'defined', items: ['Team', 'Services'] },
      {
        id: 'checkpoints',
        title: 'Checkpoints',
        status: 'defined',
        items: ['Led a project', 'Mentored'],
      },
    ]);
  });

  it('reads the sheets Excel writes: semicolons, tabs, UTF-16; and says how to save its code page', async () => {
    const dir = tempDir();
    const rows = [
      ['Level', 'Ingénieur', 'Senior'],
      ['Scope', 'Team, mostly', '"Teams; plural"'],
      ['Checkpoints', '"1. Ships\n2. Reviews"', '- Leads'],
    ];
    const sheets = {
      'semicolons.csv': Buffer.from(rows.map((r) => r.join(';')).join('\r\n')),
      'tabs.tsv': Buffer.from(rows.map((r) => r.join('\t')).join('\n')),
      'unicode.txt': Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from(rows.map((r) => r.join('\t')).join('\r\n'), 'utf16le'),
      ]),
    };
    for (const [name, bytes] of Object.entries(sheets)) {
      writeFileSync(join(dir, name), bytes);
      const out = join(dir, `${name}-out`);
      const r = await runCli(['import', join(dir, name), '--out', out], WIDE);
      expect(r.stderr).toBe('');
      expect(r.stdout).toContain(`ingenieur  Ingénieur: from ${name} (column B)`);
      const show = async (level: string) =>
        JSON.parse((await runCli(['show', level, '--json', '--ladder', out])).stdout).sections;
      expect(await show('ingenieur')).toEqual([
        { id: 'scope', title: 'Scope', status: 'defined', text: 'Team, mostly' },
        { id: 'checkpoints', title: 'Checkpoints', status: 'defined', items: ['Ships', 'Reviews'] },
      ]);
      expect((await show('senior'))[0].text).toBe('Teams; plural');
    }
    writeFileSync(join(dir, 'latin1.csv'), Buffer.from('Level,Ingénieur\nScope,Team\n', 'latin1'));
    const r = await runCli(['import', join(dir, 'latin1.csv'), '--out', join(dir, 'out')], WIDE);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(
      `error: ${join(dir, 'latin1.csv')}: not valid UTF-8 text (line 1): save the sheet as "CSV UTF-8"`,
    );
  });

  it('refuses a file that is not CSV, naming it', async () => {
    const sheet = join(tempDir(), 'bad.csv');
    writeFileSync(sheet, 'Level,A\n"Scope,unterminated\n');
    const r = await runCli(['import', sheet, '--out', join(tempDir(), 'out')], WIDE);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toMatch(
      new RegExp(`^error: ${sheet}: not a readable CSV file: `),
    );
  });
});

describe('an import --force killed between its moves', () => {
  it('fails validate while its journal is there; the next command completes it', async () => {
    const dir = killedAtEachMove()[2]!;
    const env = { env: { LADDER_NO_CACHE: '1', COLUMNS: '400' } };
    const before = await runCli(['validate', '--ladder', dir], env);
    expect(before.code).toBe(1);
    expect(before.stdout).toContain(
      `.ladder-write.journal:1:1: a write into this folder was interrupted; ladder list --ladder ${dir} completes it`,
    );
    const list = await runCli(['list', '--ladder', dir, '--json'], env);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain('"id": "staff"');
    const after = await runCli(['validate', '--ladder', dir], env);
    expect(after).toMatchObject({ code: 0, stdout: expect.stringContaining('✓') });
  });
});
