import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assemble } from '../../src/ladder/pages/assemble.js';
import { readCell, writeCell } from '../../src/ladder/pages/cell.js';
import { PageError, readPage } from '../../src/ladder/pages/page.js';
import { sheetDelimiter } from '../../src/ladder/pages/sheet.js';
import { parseRich } from '../../src/ladder/rich-text.js';
import { draftFiles } from '../../src/render/ladder-yaml.js';
import { content, mustLoad, read, ROOT, SHIPPED, writeLadder } from '../helpers.js';
import { page, type SectionSpec } from '../page-builder.js';

const SEED = join(ROOT, 'tests/fixtures/seed/vp_of_engineering.md');

const section = (
  heading: string,
  shape: SectionSpec['shape'],
  columns: [string, string, boolean?][],
  after?: string,
): SectionSpec => ({
  heading,
  shape,
  columns: columns.map(([name, content, bold]) => ({ name, content, bold })),
  ...(after ? { after } : {}),
});

describe('cells', () => {
  it('reads bullets with their ids, statuses, and prose', () => {
    expect(readCell('\n\n- a\n- {:#b-id} b\n\n')).toEqual({
      kind: 'list',
      items: [{ source: 'a' }, { source: 'b', id: 'b-id' }],
    });
    expect(readCell(' WIP ')).toEqual({ status: 'wip' });
    // An empty cell is a level without the section: not at this level, as the model issue asks.
    expect(readCell('')).toEqual({ status: 'n/a' });
    expect(readCell('N/A')).toEqual({ status: 'n/a' });
    for (const word of ['TBD', 'todo.', 'Coming soon', 'work in progress'])
      expect(readCell(word)).toEqual({ status: 'wip' });
    expect(readCell('Not applicable')).toEqual({ status: 'n/a' });
    expect(readCell('\n15+\n')).toEqual({ kind: 'text', source: '15+' });
    expect(readCell('\\- not a list\nsecond line')).toEqual({
      kind: 'text',
      source: '- not a list\nsecond line',
    });
  });

  it('reads numbered lists, a nested list as sub-items, and a line with no marker as part of the item above it', () => {
    expect(readCell('1. one\n2) two\n   - nested under two\n   - and more\n10. ten')).toEqual({
      kind: 'list',
      items: [
        { source: 'one' },
        { source: 'two', items: ['nested under two', 'and more'] },
        { source: 'ten' },
      ],
    });
    // Prose over a list is an intro, then items.
    expect(readCell('Leads a team of 4 to 8.\n- Owns it\n- Drives it')).toEqual({
      kind: 'list',
      intro: 'Leads a team of 4 to 8.',
      items: [{ source: 'Owns it' }, { source: 'Drives it' }],
    });
    expect(readCell('- a long item\n  wrapped by hand\n- {:#b} b\ncontinued')).toEqual({
      kind: 'list',
      items: [{ source: 'a long item wrapped by hand' }, { source: 'b continued', id: 'b' }],
    });
    expect(readCell('15+')).toEqual({ kind: 'text', source: '15+' });
    expect(readCell('3-6 years.\n2020 was busy')).toEqual({
      kind: 'text',
      source: '3-6 years.\n2020 was busy',
    });
  });

  it('writes what it reads: markers, headings and escapes at the start of prose lines', () => {
    for (const source of [
      '- a',
      '# b',
      '\\c',
      '+ d\n* e',
      'plain [link](https://x.example)',
      '1. numbered\n2) too',
      '\\3. escaped',
    ]) {
      const value = {
        status: 'defined' as const,
        kind: 'text' as const,
        items: [parseRich(source)],
      };
      expect(readCell(writeCell(value))).toEqual({ kind: 'text', source });
    }
  });
});

describe('sheetDelimiter', () => {
  it('is what the title row holds most of, outside quotes', () => {
    expect(sheetDelimiter('Level,A,B\nx;y;z;w')).toBe(',');
    expect(sheetDelimiter('Level;"A, the first";B\n')).toBe(';');
    expect(sheetDelimiter('Level\tA\r\nScope,x,y,z')).toBe('\t');
    expect(sheetDelimiter('"Level\n;;;",A')).toBe(',');
    expect(sheetDelimiter('Level')).toBe(',');
  });
});

describe('readPage', () => {
  it('reads the seed page: front matter, heading, both table shapes, the bold column, the reference', () => {
    const p = readPage(SEED, read(SEED));
    expect(p).toMatchObject({ title: 'VP of Engineering', track: 'People Manager', order: 13 });
    expect(p.sections.map((s) => [s.heading, s.columns.length, s.own])).toEqual([
      ['Years of xp (guideline)', 3, 1],
      ['Scope of action', 3, 1],
      ['Scope of knowledge (Breadth and Depth)', 3, 1],
      ['Responsibilities', 3, 1],
      ['Communication and leadership', 3, 1],
      ['Competencies focus', 3, 1],
      ['Job Description (Internal links)', 3, 1],
      ['Checkpoints', 3, 1],
    ]);
    expect(p.sections[5]!.link).toEqual({
      title: 'People manager competencies (internal link)',
      url: 'https://app.tettra.co/teams/beyondpricing/pages/people-managers',
    });
  });

  it('finds the own column by its style, never by position', () => {
    const text = page({
      title: 'Staff Engineer',
      sections: [
        section('Scope', 'horizontal', [
          ['Staff Engineer', 'Teams', true],
          ['Principal Engineer', 'Org'],
        ]),
      ],
    });
    expect(readPage('p.md', text).sections[0]!.own).toBe(0);
  });

  it.each([
    [
      'no section with a table',
      '---\ntitle: X\n---\n# X\n### Scope\nJust text\n',
      /no "###" section has a table/,
    ],
    [
      'a column with no name',
      '# X\n### Scope\n<table><tr><td></td><td style="font-weight:bold">X</td></tr><tr><td>a</td><td>b</td></tr></table>\n',
      /has a column with no level name \(column 1\)/,
    ],
    [
      'no bold column, and none named as the page',
      page({
        title: 'X',
        sections: [
          section('Scope', 'horizontal', [
            ['W', 'a'],
            ['Y', 'b'],
          ]),
        ],
      }),
      /no column in bold/,
    ],
    [
      'a truncated file',
      page({ title: 'X', sections: [section('Scope', 'stacked', [['X', '- a', true]])] }).slice(
        0,
        -40,
      ),
      /not well-formed HTML/,
    ],
    ['no heading', '---\ntitle: X\n---\nhello\n', /no "# Title" heading/],
    [
      'an empty row',
      '# X\n### Scope\n<table><tr><td style="font-weight:bold">X</td></tr><tr></tr></table>\n',
      /the table under "### Scope" \(line 2\) has an empty row \(row 2\)/,
    ],
    [
      'a missing cell',
      '# X\n### Scope\n<table><tr><td style="font-weight:bold">X</td><td>Y</td></tr><tr><td>a</td></tr></table>\n',
      /has 2 level names but 1 values/,
    ],
    [
      'a name with no value',
      '# X\n### Scope\n<table><tr><td style="font-weight:bold">X</td></tr></table>\n',
      /has a level name with no value under it/,
    ],
    [
      'a nested table',
      '# X\n### Scope\n<table><tr><td style="font-weight:bold">X</td></tr><tr><td><table><tr><td>a</td></tr></table></td></tr></table>\n',
      /holds a table inside a table/,
    ],
    [
      'HTML with no closing tag',
      '# X\n### Scope\n<table><tr><td style="font-weight:bold">X</td></tr><tr><td>a\n',
      /not well-formed HTML/,
    ],
    [
      'metadata of the wrong shape',
      '---\nlevel: { id: "Not An Id", title: X, track: t }\n---\n# X\n',
      /front matter: "level.id" must be an id/,
    ],
    ['broken front matter', '---\ntitle: [x\n---\n# X\n', /front matter is not valid YAML/],
  ])('gives a clear error for %s', (_what, text, message) => {
    expect(() => readPage('bad.md', text)).toThrow(PageError);
    expect(() => readPage('bad.md', text)).toThrow(message);
  });

  it('reads HTML written in capitals, header cells and CRLF line ends', () => {
    const text =
      "# Staff Engineer\r\n### Scope\r\n<TABLE>\r\n<TR><TH>Senior</TH><TH STYLE='font-weight: bold'>" +
      'Staff Engineer</TH></TR>\r\n<TR><TD>Team</TD><TD>Org &amp; more</TD></TR>\r\n</TABLE>\r\n';
    const p = readPage('odd.md', text);
    expect(p.title).toBe('Staff Engineer');
    expect(p.sections[0]!.own).toBe(1);
    expect(p.sections[0]!.columns.map((c) => c.cell)).toEqual([
      { kind: 'text', source: 'Team' },
      { kind: 'text', source: 'Org & more' },
    ]);
  });

  it('skips a heading over prose and a blank column, and reads bold by weight', () => {
    const text =
      '# X\n### Notes\nSee the handbook.\n### Scope\n<table><tr><td></td>' +
      '<td style="font-weight: 700">X</td><td>Y</td></tr><tr><td> </td><td>a</td><td>b</td></tr></table>\n';
    const p = readPage('p.md', text);
    expect(p.warnings).toEqual([
      { message: 'no table under "### Notes" (line 2); skipped', where: 'line 2' },
    ]);
    expect(p.sections.map((s) => [s.heading, s.own, s.columns.map((c) => c.name)])).toEqual([
      ['Scope', 0, ['X', 'Y']],
    ]);
  });

  it('keeps inline HTML in a cell as the Markdown it stands for', () => {
    const cell =
      'One <a href="https://x.example/team">team</a> of <strong>5-8</strong> &amp; <em>more </em>' +
      '<code>x</code><br>on call<ul><li>first</li><li>second</li></ul>';
    const text = `# X\n### Scope\n<table><tr><td style="font-weight:bold">X</td></tr><tr><td>${cell}</td></tr></table>\n`;
    expect(readPage('p.md', text).sections[0]!.columns[0]!.cell).toEqual({
      kind: 'list',
      intro: 'One [team](https://x.example/team) of **5-8** & *more* `x`\non call',
      items: [{ source: 'first' }, { source: 'second' }],
    });
    const nested = '<ul><li>any one of<ul><li>pairs</li><li>escalates</li></ul></li></ul>';
    expect(readPage('p.md', text.replace(cell, nested)).sections[0]!.columns[0]!.cell).toEqual({
      kind: 'list',
      items: [{ source: 'any one of', items: ['pairs', 'escalates'] }],
    });
    const list = '<ol><li>a <a href="https://x.example/a b">link</a></li><li><b>b</b></li></ol>';
    expect(readPage('p.md', text.replace(cell, list)).sections[0]!.columns[0]!.cell).toEqual({
      kind: 'list',
      items: [{ source: 'a [link](<https://x.example/a b>)' }, { source: '**b**' }],
    });
  });

  it('takes the column named as the page where a table has none in bold, and says so', () => {
    const p = readPage(
      'y.md',
      page({
        title: 'Y',
        sections: [
          section('Scope', 'horizontal', [
            ['X', 'a'],
            ['y', 'b'],
          ]),
        ],
      }),
    );
    expect(p.sections[0]!.own).toBe(1);
    expect(p.warnings).toEqual([
      {
        message: 'no column in bold under "### Scope" (line 7); took the one named Y',
        where: 'line 7',
      },
    ]);
  });

  it('warns about a reference line without a link', () => {
    const p = readPage(
      'p.md',
      page({
        title: 'X',
        sections: [
          section('Scope', 'horizontal', [['X', 'a', true]], '_reference: ask your manager_'),
        ],
      }),
    );
    expect(p.warnings).toEqual([
      {
        message: 'a _reference: …_ line under "### Scope" (line 7) has no link; ignored',
        where: 'line 7',
      },
    ]);
  });
});

describe('import', () => {
  it('gives the shipped ladder from the seed page alone', () => {
    const draft = assemble([readPage(SEED, read(SEED))]);
    expect(
      draft.levels.map((l) => [l.id, l.aliases, l.follows[0] ?? null, Boolean(l.page)]),
    ).toEqual([
      ['vp-of-engineering', ['vp'], 'director-of-engineering', true],
      ['director-of-engineering', ['director'], null, false],
    ]);
    expect(draft.warnings).toEqual([]);
  });

  const site = () => [
    // The first level of a path: this, next. Horizontal, heading variant, WIP.
    page({
      title: 'Software Engineer',
      track: 'Individual Contributor',
      order: 1,
      sections: [
        section('Years of experience (guideline)', 'horizontal', [
          ['Software Engineer', '0-2', true],
          ['Senior Software Engineer', '2 to 5'],
        ]),
        section('Skills', 'stacked', [
          ['Software Engineer', '- Writes code', true],
          ['Senior Software Engineer', '- Writes code\n- Reviews code'],
        ]),
        section('Checkpoints for reaching this level', 'stacked', [
          ['Software Engineer', 'N/A', true],
          ['Senior Software Engineer', '- Shipped a feature'],
        ]),
      ],
    }),
    // A fork: previous, this; no next. The neighbour column disagrees with the neighbour's page.
    page({
      title: 'Senior Software Engineer',
      track: 'Individual Contributor',
      order: 2,
      sections: [
        section('Years of xp (guideline)', 'horizontal', [
          ['Software Engineer', '0-2'],
          ['Senior Software Engineer', '2 to 5', true],
        ]),
        section('Skills', 'stacked', [
          ['Software Engineer', '- Writes tested code'],
          ['Senior Software Engineer', '- Writes code\n- Reviews code', true],
        ]),
        section(
          'Checkpoints',
          'stacked',
          [
            ['Software Engineer', 'N/A'],
            ['Senior Software Engineer', '- Shipped a feature', true],
          ],
          '_reference: [Guide](https://example.com/guide){:target="_blank"}_',
        ),
      ],
    }),
    // The last level of a manager path that starts at the fork; no track in its heading's parent.
    page({
      title: 'Engineering Manager',
      track: 'People Manager',
      order: 3,
      sections: [
        section('Years of xp (guideline)', 'horizontal', [
          ['Senior Software Engineer', '2 to 5'],
          ['Engineering Manager', '5+', true],
          ['Engineering Manager', '5+'],
        ]),
        section('Skills', 'stacked', [
          ['Senior Software Engineer', '- Writes code\n- Reviews code'],
          ['Engineering Manager', '- Runs one-on-ones', true],
        ]),
        section('Checkpoints', 'stacked', [
          ['Senior Software Engineer', '- Shipped a feature'],
          ['Engineering Manager', 'WIP', true],
        ]),
      ],
    }),
    // No "(… Path)": takes the track of the level it follows.
    page({
      title: 'Staff Engineer',
      order: 4,
      sections: [
        section('Years of xp (guideline)', 'horizontal', [
          ['Senior Software Engineer', '2 to 5'],
          ['Staff Engineer', '8+', true],
        ]),
        section('Skills', 'stacked', [
          ['Senior Software Engineer', '- Writes code\n- Reviews code'],
          ['Staff Engineer', '- Designs systems', true],
        ]),
        section('Checkpoints', 'stacked', [
          ['Senior Software Engineer', '- Shipped a feature'],
          ['Staff Engineer', '- Led a design', true],
        ]),
      ],
    }),
  ];

  it('builds the tree across pages: starts, ends, forks, tracks, the repeated-column defect', () => {
    const pages = site().map((text, i) => readPage(`page${i + 1}.md`, text));
    const draft = assemble(pages);
    expect(draft.levels.map((l) => [l.id, l.track, l.follows[0] ?? null, l.order])).toEqual([
      ['software-engineer', 'individual-contributor', null, 1],
      ['senior-software-engineer', 'individual-contributor', 'software-engineer', 2],
      ['engineering-manager', 'people-manager', 'senior-software-engineer', 3],
      ['staff-engineer', 'individual-contributor', 'senior-software-engineer', 4],
    ]);
    expect(draft.sections.map((s) => [s.id, s.title, s.kind, s.assessed])).toEqual([
      ['years', 'Years of experience (guideline)', 'text', false],
      ['skills', 'Skills', 'list', false],
      ['checkpoints', 'Checkpoints for reaching this level', 'list', true],
    ]);
    const senior = draft.levels[1]!;
    expect(senior.sections.checkpoints).toEqual({
      kind: 'list',
      items: [{ source: 'Shipped a feature' }],
      link: { title: 'Guide', url: 'https://example.com/guide' },
    });
    expect(draft.levels[0]!.sections.checkpoints).toEqual({ status: 'n/a' });
    expect(draft.levels[2]!.sections.checkpoints).toEqual({ status: 'wip' });
    // One line for the pair of pages, naming what was kept: the level's own page.
    expect(draft.warnings).toEqual([
      {
        page: 'page2.md',
        message:
          'its column for Software Engineer differs in "Skills"; kept page1.md, its own page',
      },
    ]);
  });
});

describe('names as real sites write them', () => {
  const pair = (heading: string, previous: string) =>
    `# ${heading}\n### Scope\n<table><tr><td>${previous}</td><td style="font-weight:bold">VP</td></tr>` +
    '<tr><td>Org</td><td>Company</td></tr></table>\n';

  it('reads a linked level name as its text, and a track from "(… Track)"', () => {
    const draft = assemble([
      readPage('vp.md', pair('VP (People Track)', '[Director](director.html)')),
    ]);
    expect(draft.levels.map((l) => [l.id, l.title, l.track, l.follows[0] ?? null])).toEqual([
      ['vp', 'VP', 'people', 'director'],
      ['director', 'Director', 'people', null],
    ]);
  });

  it('takes the name the tables agree on over a heading that says more, and says so', () => {
    const draft = assemble([readPage('vp.md', pair('VP, Platform', 'Director'))]);
    expect(draft.levels.map((l) => [l.id, l.title])).toEqual([
      ['vp', 'VP'],
      ['director', 'Director'],
    ]);
    expect(draft.warnings.map((w) => w.message)).toContain(
      'its heading says "VP, Platform" but its tables say "VP": imported as VP',
    );
  });
});

describe('ids never collide, and are never empty', () => {
  const one = (title: string) =>
    page({
      title,
      track: 'Engineering',
      sections: [section('Scope', 'horizontal', [[title, 'Code', true]])],
    });

  it('gives two titles with the same slug distinct ids, from their file names, and says so', () => {
    const draft = assemble([
      readPage('cpp_engineer.md', one('C++ Engineer')),
      readPage('c_engineer.md', one('C Engineer')),
    ]);
    expect(draft.levels.map((l) => [l.title, l.id])).toEqual([
      ['C Engineer', 'c-engineer'],
      ['C++ Engineer', 'cpp-engineer'],
    ]);
    expect(draft.warnings.map((w) => w.message)).toEqual([
      'C Engineer is c-engineer: its title gives "c-engineer", which another level\'s gives too',
      'C++ Engineer is cpp-engineer: its title gives "c-engineer", which another level\'s gives too',
    ]);
  });

  it('transliterates other scripts, and falls back to the file name, then a number', () => {
    const draft = assemble([
      readPage('ru.md', one('Инженер-программист')),
      readPage('emoji.md', one('🚀')),
      readPage('🚀.md', one('🛸')),
    ]);
    expect(draft.levels.map((l) => l.id).sort()).toEqual([
      'emoji',
      'inzhener-programmist',
      'level',
    ]);
  });

  it('reads a status marker in a title as a level not written yet, but for what a page says of it', () => {
    const draft = assemble([
      readPage(
        'se2.md',
        page({
          title: 'Software Engineer 2',
          track: 'Engineering',
          sections: [
            section('Scope', 'horizontal', [
              ['Software Engineer 1 - WIP', 'Team'],
              ['Software Engineer 2', 'Teams', true],
            ]),
            section('Craft', 'horizontal', [['Software Engineer 2', 'Tests', true]]),
          ],
        }),
      ),
    ]);
    expect(draft.levels.map((l) => [l.title, l.sections.scope, l.sections.craft])).toEqual([
      ['Software Engineer 2', { kind: 'text', source: 'Teams' }, { kind: 'text', source: 'Tests' }],
      // The neighbour's column is kept, never dropped; what no page says is WIP, not N/A.
      ['Software Engineer 1', { kind: 'text', source: 'Team' }, { status: 'wip' }],
    ]);
  });
});

describe('import equals the shipped ladder', () => {
  it('in content', () => {
    const files = draftFiles(assemble([readPage(SEED, read(SEED))]), 'Engineering career ladder');
    expect(content(mustLoad(writeLadder(files)))).toEqual(content(mustLoad(SHIPPED)));
  });
});
