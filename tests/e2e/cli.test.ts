import { execFileSync, spawnSync } from 'node:child_process';
import { openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REGISTRY } from '../../src/commands/registry.js';
import type { Declaration } from '../../src/commands/define.js';
import {
  BIN,
  FORK,
  ladderCopy,
  overflowing,
  read,
  ROOT,
  runCli,
  SHIPPED,
  tempDir,
} from '../helpers.js';

describe('ladder show', () => {
  it('prints the level, wrapped to 80 columns into a pipe, without color', async () => {
    const r = await runCli(['show', 'vp-eng']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.startsWith('VP of Engineering\nPeople Manager path')).toBe(true);
    expect(r.stdout).toContain('Checkpoints\n  WIP (not written yet)');
    expect(r.stdout).not.toContain('\u001b');
    expect(Math.max(...r.stdout.split('\n').map((l) => l.length))).toBeLessThanOrEqual(80);
  });

  it('finds the shipped ladder from any directory', async () => {
    const r = await runCli(['show', 'VP of Engineering', '--section', 'scope'], { cwd: tempDir() });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Scope of action\n  Organization');
    expect(r.stdout).not.toContain('Checkpoints');
  });

  it('prints only JSON with --json', async () => {
    const r = await runCli(['show', 'director', '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({
      id: 'director',
      previous: null,
      next: ['vp-eng'],
      track: 'people-manager',
    });
    expect(json.sections.find((s: { id: string }) => s.id === 'checkpoints').items).toHaveLength(3);
  });

  it('prints Markdown with --format markdown', async () => {
    const r = await runCli(['show', 'vp', '--format', 'markdown']);
    expect(r.stdout.startsWith('# VP of Engineering\n')).toBe(true);
    expect(r.stdout).toContain('## Checkpoints\n\n_WIP: not written yet_');
  });

  it('shows the page view with --context', async () => {
    const r = await runCli(['show', 'vp', '--context', '--section', 'years'], {
      env: { COLUMNS: '60' },
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/│ Director of Engineering\s+│ VP of Engineering\s+│/);
    expect(Math.max(...r.stdout.split('\n').map((l) => l.length))).toBeLessThanOrEqual(60);
  });

  it('exits 2 on an unknown level, with suggestions', async () => {
    const r = await runCli(['show', 'vp-egn']);
    expect(r).toMatchObject({
      code: 2,
      stdout: '',
      stderr: 'error: unknown level "vp-egn"\nhint: did you mean vp-eng?\n',
    });
  });

  it('names the source files and lines in a LADDER_DEBUG=1 stack trace, not the bundle', async () => {
    const r = await runCli(['show', 'nope'], { env: { LADDER_DEBUG: '1' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\n {4}at requireLevel \(\S+\/src\/ladder\/resolve\.ts:\d+:\d+\)\n/);
    expect(r.stderr).toMatch(/\(\S+\/src\/commands\/show\/run\.ts:\d+:\d+\)/);
    expect(r.stderr).not.toMatch(/dist\/[\w-]+\.cjs/);
  });

  it('exits 2 on an unknown section, and on --json with --format', async () => {
    expect(await runCli(['show', 'vp', '--section', 'nope'])).toMatchObject({
      code: 2,
      stdout: '',
    });
    expect((await runCli(['show', 'vp', '--json', '--format', 'markdown'])).stderr).toBe(
      'error: --json and --format cannot be used together\n',
    );
  });
});

describe('color', () => {
  it('follows FORCE_COLOR, NO_COLOR and --no-color', async () => {
    expect((await runCli(['show', 'vp'], { env: { FORCE_COLOR: '1' } })).stdout).toContain(
      '\u001b[1m',
    );
    expect(
      (await runCli(['show', 'vp'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).stdout,
    ).not.toContain('\u001b');
    expect(
      (await runCli(['show', 'vp', '--no-color'], { env: { FORCE_COLOR: '1' } })).stdout,
    ).not.toContain('\u001b');
  });
});

describe('ladder list', () => {
  it('draws each track as a tree', async () => {
    const r = await runCli(['list', '--ladder', FORK]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('└─ engineer  Software Engineer\n   │  also swe\n   └─ senior');
  });

  it('prints the JSON contract', async () => {
    const r = await runCli(['list', '--json']);
    expect(JSON.parse(r.stdout)).toEqual({
      tracks: [
        {
          id: 'people-manager',
          title: 'People Manager',
          levels: [
            {
              id: 'director',
              title: 'Director of Engineering',
              aliases: ['director-eng', 'director-of-engineering'],
              previous: null,
              previousAll: [],
              next: ['vp-eng'],
            },
            {
              id: 'vp-eng',
              title: 'VP of Engineering',
              aliases: ['vp', 'vp-of-engineering'],
              previous: 'director',
              previousAll: ['director'],
              next: [],
            },
          ],
        },
      ],
    });
  });

  it('filters by track, and exits 2 on an unknown one', async () => {
    const r = await runCli(['list', '--ladder', FORK, '--track', 'manager', '--json']);
    expect(JSON.parse(r.stdout).tracks.map((t: { id: string }) => t.id)).toEqual(['manager']);
    expect(await runCli(['list', '--track', 'ic'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('unknown track "ic"'),
    });
  });
});

describe('ladder search', () => {
  it('takes empty text as a usage error, not as no matches', async () => {
    expect(await runCli(['search', ' '])).toMatchObject({
      code: 2,
      stdout: '',
      stderr: 'error: nothing to search for\nhint: give some text: ladder search budget\n',
    });
  });

  it('prints matches with their level and section', async () => {
    const r = await runCli(['search', 'external communication']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2 matches for "external communication" in 1 level');
    expect(r.stdout).toContain(
      '  Responsibilities\n    • Can drive all internal and external communication',
    );
  });

  it('prints JSON', async () => {
    const r = await runCli(['search', 'budget', '--json']);
    const json = JSON.parse(r.stdout);
    expect(
      json.matches.map((m: { level: string; section: string; item: number }) => [
        m.level,
        m.section,
        m.item,
      ]),
    ).toEqual([
      ['director', 'knowledge', 4],
      ['director', 'communication', 3],
      ['vp-eng', 'knowledge', 4],
    ]);
  });
});

describe('ladder validate', () => {
  it('accepts the shipped ladder', async () => {
    const r = await runCli(['validate']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/✓ .*ladder: 2 levels, 1 track, 8 sections; no problems/);
  });

  it('reports every problem as file:line:col and exits 1', async () => {
    const dir = ladderCopy(SHIPPED, {
      'levels/vp-eng.yaml': 'id: vp-eng\ntitle: [broken\n',
      'levels/extra.yaml': 'id: extra\ntitle: Extra\ntrack: nope\nsections: {}\nsurprise: 1\n',
    });
    const r = await runCli(['validate', '--ladder', dir]);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toContain(`${dir}/levels/extra.yaml:5:1: unknown key "surprise"`);
    expect(lines.some((l) => l.startsWith(`${dir}/levels/vp-eng.yaml:3:1: `))).toBe(true);
    // A file the schema refuses still takes part in the checks across files.
    expect(lines).toContain(
      `${dir}/levels/extra.yaml:3:8: unknown track "nope" (ladder.yaml declares: people-manager)`,
    );
    expect(lines.at(-1)).toBe('3 problems in 2 files');
  });

  it('hints a command that checks the ladder that failed, --ladder and all', async () => {
    const dir = ladderCopy(SHIPPED, { 'levels/vp-eng.yaml': 'id: vp-eng\ntitle: [broken\n' });
    const r = await runCli(['show', 'vp', '--ladder', dir]);
    const hint = /\nhint: check the whole ladder with: ladder (validate --ladder \S+)\n$/.exec(
      r.stderr,
    );
    expect(hint).not.toBeNull();
    const followed = await runCli(hint![1]!.split(' '));
    expect(followed.code).toBe(1);
    expect(followed.stdout).toContain(`${dir}/levels/vp-eng.yaml:3:1: `);
  });

  it('prints JSON with --json', async () => {
    const dir = ladderCopy(SHIPPED, { 'levels/vp-eng.yaml': '' });
    const r = await runCli(['validate', '--json', '--ladder', dir]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({
      ok: false,
      files: 3,
      problems: [{ file: `${dir}/levels/vp-eng.yaml`, line: 1, col: 1, message: 'file is empty' }],
    });
  });
});

describe('bad input gets a clear error, and nothing else', () => {
  const oneError = (r: { stderr: string }) => {
    const lines = r.stderr.trim().split('\n');
    expect(lines.length).toBeLessThanOrEqual(2);
    expect(lines[0]).toMatch(/^error: /);
    expect(r.stderr).not.toMatch(/\bat .*\.(c?js|ts):\d+/);
  };

  it.each([
    [
      'malformed YAML',
      { 'levels/vp-eng.yaml': 'id: vp-eng\n  title: x: y\n' },
      /vp-eng\.yaml:\d+:\d+: /,
    ],
    [
      'a wrong type',
      {
        'levels/vp-eng.yaml': read(join(SHIPPED, 'levels/vp-eng.yaml')).replace(
          'order: 13',
          'order: [13]',
        ),
      },
      /vp-eng\.yaml:9:8: "order" must be number/,
    ],
    [
      'a duplicate key',
      { 'ladder.yaml': 'title: a\ntitle: b\n' },
      /ladder\.yaml:2:1: Map keys must be unique/,
    ],
    ['an empty file', { 'ladder.yaml': '' }, /ladder\.yaml:1:1: file is empty/],
    [
      'a binary file',
      { 'levels/vp-eng.yaml': Buffer.from([0, 1, 2, 3]) },
      /vp-eng\.yaml:1:1: binary file/,
    ],
    [
      'non-UTF-8 text',
      { 'levels/vp-eng.yaml': Buffer.from('id: vp\xe9\n', 'latin1') },
      /vp-eng\.yaml:1:7: not valid UTF-8/,
    ],
    [
      'a file over 1 MiB',
      { 'levels/vp-eng.yaml': `# ${'x'.repeat(1024 * 1024)}\n` },
      /vp-eng\.yaml:1:1: file is larger than 1 MiB/,
    ],
    [
      'an unsupported YAML tag, as one problem',
      { 'levels/vp-eng.yaml': 'id: vp-eng\ntitle: !!binary aGVsbG8=\n' },
      /^error: .*vp-eng\.yaml:2:17: unsupported YAML tag !!binary: ladder files hold text, numbers, lists and maps\nhint: check the whole ladder with: ladder validate --ladder \S+\n$/,
    ],
  ])('%s: names the file, line and column, exit 1', async (_name, files, message) => {
    const dir = ladderCopy(SHIPPED, files as Record<string, string | Buffer>);
    const r = await runCli(['show', 'director', '--ladder', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    oneError(r);
  });

  it('a file with old Mac line ends (CR alone) is read as lines', async () => {
    const vp = read(join(SHIPPED, 'levels/vp-eng.yaml')).replace(/\n/g, '\r');
    const dir = ladderCopy(SHIPPED, { 'levels/vp-eng.yaml': vp });
    expect((await runCli(['validate', '--ladder', dir])).code).toBe(0);
  });

  it('a FIFO where a ladder file should be is refused at once, never waited on', async () => {
    for (const name of ['ladder.yaml', 'levels/vp-eng.yaml']) {
      const dir = ladderCopy(SHIPPED);
      rmSync(join(dir, name));
      execFileSync('mkfifo', [join(dir, name)]);
      for (const command of ['validate', 'show']) {
        const r = await runCli([
          command,
          ...(command === 'show' ? ['director'] : []),
          '--ladder',
          dir,
        ]);
        expect(r).toMatchObject({
          code: 1,
          stderr: `error: cannot read ${join(dir, name)}: not a regular file\n`,
        });
      }
    }
  });

  it('file and folder names never reach the terminal raw', async () => {
    const dir = ladderCopy(SHIPPED);
    writeFileSync(join(dir, 'levels', 'evil\u001b[2J.yaml'), 'id: [');
    const r = await runCli(['validate', '--ladder', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    const clean = ladderCopy(SHIPPED);
    const evil = join(clean, '..', 'lad\u001b]0;x\u0007der');
    renameSync(clean, evil);
    const ok = await runCli(['validate', '--ladder', evil]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  });

  it('help and the version into a full disk fail, and a wild COLUMNS is clamped', async () => {
    for (const flag of ['--help', '--version']) {
      const r = spawnSync(process.execPath, [BIN, flag], {
        stdio: ['ignore', openSync('/dev/full', 'w'), 'pipe'],
      });
      expect(r.status).toBe(1);
      expect(r.stderr.toString()).toBe(
        'error: no space left on the device; nothing more could be written\n',
      );
    }
    for (const columns of ['99999999999', '10000000']) {
      const r = await runCli(['diff', 'director', 'vp'], { env: { COLUMNS: columns } });
      expect(r.code).toBe(0);
      expect(Math.max(...r.stdout.split('\n').map((l) => l.length))).toBeLessThanOrEqual(1000);
    }
  });

  it('quotes no more than a line of what was typed, and refuses an empty --out', async () => {
    const r = await runCli(['show', 'x'.repeat(20_000)]);
    expect(r.code).toBe(2);
    expect(r.stderr.length).toBeLessThan(200);
    expect(await runCli(['export', '--format', 'html', '--out', ''])).toMatchObject({
      code: 2,
      stderr: 'error: --out needs a path (or - for stdout)\n',
    });
  });

  it('a directory with no ladder.yaml, or none at all', async () => {
    const empty = tempDir();
    const r = await runCli(['list', '--ladder', empty]);
    expect(r).toMatchObject({ code: 1, stdout: '' });
    expect(r.stderr).toContain('has no ladder.yaml: not a ladder directory');
    oneError(r);
    const missing = await runCli(['list'], { env: { LADDER_DIR: join(empty, 'nope') } });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('ladder directory not found');
  });

  it('an unknown command or option exits 2', async () => {
    const command = await runCli(['shwo', 'vp']);
    expect(command.code).toBe(2);
    expect(command.stderr).toContain("unknown command 'shwo'");
    expect(command.stderr).toBe("error: unknown command 'shwo'\nhint: did you mean show?\n");
    expect((await runCli(['show', 'vp', '--jsn'])).stderr).toBe(
      "error: unknown option '--jsn'\nhint: did you mean --json?\n",
    );
    expect((await runCli(['show', 'vp', '--colour'])).code).toBe(2);
    expect((await runCli(['show'])).code).toBe(2);
  });

  it('text crafted to abuse the terminal is removed', async () => {
    const dir = ladderCopy(SHIPPED, {
      'levels/vp-eng.yaml': `id: vp-eng
title: "VP\\e]0;pwned\\aof\\e[2J Engineering"
track: people-manager
follows: director
sections:
  years: "15+\\e[8m hidden"
  scope: "Org\\u009b2J\\u202e"
  knowledge: ["\\e[31mred\\e[0m"]
  responsibilities: [a]
  communication: [b]
  competencies: [c]
  job-description: WIP
  checkpoints: WIP
`,
    });
    for (const args of [
      ['show', 'vp-eng'],
      ['list'],
      ['search', 'red'],
      ['show', 'vp-eng', '--format', 'markdown'],
    ]) {
      const r = await runCli([...args, '--ladder', dir]);
      expect(r.code).toBe(0);
      expect(r.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
    }
    const json = await runCli(['show', 'vp-eng', '--json', '--ladder', dir]);
    expect(json.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
    expect(JSON.parse(json.stdout).title).toBe('VP\u001b]0;pwned\u0007of\u001b[2J Engineering');
  });

  it('text beyond ASCII is measured by display width', async () => {
    const dir = ladderCopy(SHIPPED, {
      'levels/vp-eng.yaml': read(join(SHIPPED, 'levels/vp-eng.yaml')).replace(
        'scope: Organization',
        `scope: ${'日本語のチーム '.repeat(13)}café`,
      ),
    });
    const r = await runCli(['show', 'vp', '--section', 'scope', '--ladder', dir], {
      env: { COLUMNS: '40' },
    });
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').slice(-7);
    // Each 日本語のチーム is 14 columns: two and a space fit in 38 columns after the indent.
    expect(lines.at(-1)).toBe('  日本語のチーム café');
    expect(lines.slice(0, -1).every((l) => l === '  日本語のチーム 日本語のチーム')).toBe(true);
  });

  it('an unknown level in a message cannot abuse the terminal either', async () => {
    const r = await runCli(['show', 'x\u001b[2Jy']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('error: unknown level "xy"\nhint: run "ladder list" to see the levels\n');
  });

  it('stops quietly when the reader goes away (EPIPE)', () => {
    // Enough output to fill the pipe after `head` has gone.
    const items = Array.from(
      { length: 4000 },
      (_, i) => `    - Item number ${i} of a very long list`,
    ).join('\n');
    const dir = ladderCopy(FORK, {
      'levels/engineer.yaml': `id: engineer\ntitle: Software Engineer\ntrack: ic\nsections:\n  years: 1\n  scope: x\n  skills:\n${items}\n  checkpoints: WIP\n`,
    });
    const r = spawnSync('sh', ['-c', `node ${BIN} show engineer --ladder ${dir} | head -1`], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, LADDER_NO_CACHE: '1' },
    });
    expect(r.stdout).toBe('Software Engineer\n');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});

const everyCommand = (ds: readonly Declaration[]): string[][] =>
  ds.flatMap((d) => [d.name.split(' '), ...('commands' in d ? everyCommand(d.commands) : [])]);

describe('help and version', () => {
  it('fits --help to COLUMNS for every command, options stacked below 60 columns', async () => {
    for (const columns of [40, 60, 80, 120]) {
      for (const words of [[], ...everyCommand(REGISTRY)]) {
        const help = await runCli([...words, '--help'], { env: { COLUMNS: String(columns) } });
        expect(help.code).toBe(0);
        expect([words, columns, overflowing(help.stdout, columns)]).toEqual([words, columns, []]);
      }
    }
    const narrow = (await runCli(['show', '--help'], { env: { COLUMNS: '40' } })).stdout;
    expect(narrow).toContain('\n  --json\n      print JSON');
    const wide = (await runCli(['show', '--help'], { env: { COLUMNS: '120' } })).stdout;
    expect(wide).toMatch(/\n {2}--json +print JSON/);
    // The notes reflow as paragraphs, and an example wider than the line goes on with a \.
    const assess = (await runCli(['assess', '--help'], { env: { COLUMNS: '40' } })).stdout;
    expect(assess).toContain(
      '  $ ladder assess vp --section \\\n      responsibilities,knowledge\n',
    );
    expect(assess).toContain('\nStatuses: met, partly, not-yet, na.\n');
  }, 120_000);

  it('prints help with examples, and the version', async () => {
    const help = await runCli(['show', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: ladder show [options] <level>');
    expect(help.stdout).toContain('$ ladder show vp-eng');
    const none = await runCli([]);
    expect(none.code).toBe(0);
    expect(none.stdout).toContain('Commands:');
    // --version alone is answered before the program loads: the same answer as commander's.
    const { version: declared } = JSON.parse(read(join(ROOT, 'package.json')));
    for (const flag of ['--version', '-V'])
      expect(await runCli([flag])).toMatchObject({ code: 0, stdout: `${declared}\n`, stderr: '' });
    expect(await runCli(['--version', '--no-color'])).toMatchObject({
      code: 0,
      stdout: `${declared}\n`,
    });
  });
});

describe('the ladder cache', () => {
  it('serves the second run, and sees an edit at once', async () => {
    const dir = ladderCopy(SHIPPED);
    const env = { XDG_CACHE_HOME: tempDir() };
    expect((await runCli(['show', 'vp', '--json', '--ladder', dir], { env })).code).toBe(0);
    expect(
      JSON.parse((await runCli(['show', 'vp', '--json', '--ladder', dir], { env })).stdout).title,
    ).toBe('VP of Engineering');
    writeFileSync(join(dir, 'levels/vp-eng.yaml'), 'id: [');
    expect((await runCli(['show', 'vp', '--ladder', dir], { env })).code).toBe(1);
  });
});

describe('ladder lint', () => {
  it('reports the findings as file:line: rule: message, exit 0 unless --strict', async () => {
    const r = await runCli(['lint']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        'ladder/levels/vp-eng.yaml:12: section-unchanged: vp-eng: `years` unchanged from director (15+)',
        'ladder/levels/vp-eng.yaml:43: unwritten-level: vp-eng: `checkpoints` is WIP: nobody can assess themselves against this level',
        '',
        '2 warnings (--strict makes them fail)',
        '',
      ].join('\n'),
    );
    expect((await runCli(['lint', '--strict'])).code).toBe(1);
    const json = JSON.parse((await runCli(['lint', '--json'])).stdout);
    expect(json.findings[0]).toEqual({
      file: 'ladder/levels/vp-eng.yaml',
      line: 12,
      rule: 'section-unchanged',
      level: 'vp-eng',
      section: 'years',
      message: 'vp-eng: `years` unchanged from director (15+)',
    });
  });
});

describe("commander's own errors", () => {
  it.each([
    ['an option', ['show', 'vp', '--f\u001b]0;owned\u0007mt']],
    ['a choice', ['show', 'vp', '--format', 'x\u001b[2J\u202e\u061c']],
    ['a command', ['sh\u001b]0;owned\u0007ow']],
  ])('echo %s typed with escapes as plain text, in a line', async (_, args) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u202e]/);
    expect(r.stderr.split('\n')[0]).toMatch(/^error: (unknown|option|command-argument)/);
  });
});

describe('values that would mean something else', () => {
  it.each([
    [
      ['changes', 'HEAD~1...HEAD'],
      'error: HEAD~1...HEAD is a range; changes compares two versions\nhint: name them apart: ladder changes HEAD~1 HEAD\n',
    ],
    [
      ['changes', 'HEAD~1..HEAD'],
      'error: HEAD~1..HEAD is a range; changes compares two versions\nhint: name them apart: ladder changes HEAD~1 HEAD\n',
    ],
    [['team', '--level', ''], 'error: --level needs a value, not ""\n'],
    [['history', '--store', ''], 'error: --store needs a folder, not an empty value\n'],
  ])('are usage errors: %j', async (args, stderr) => {
    expect(await runCli(args)).toMatchObject({ code: 2, stdout: '', stderr });
  });

  it('refuses a store that is a file, named by LADDER_STORE', async () => {
    const file = join(tempDir(), 'store.txt');
    writeFileSync(file, 'not a folder');
    expect(await runCli(['history'], { env: { LADDER_STORE: file } })).toMatchObject({
      code: 2,
      stderr: `error: LADDER_STORE names a file, not a folder: ${file}\n`,
    });
  });

  it('keeps a comma inside a --link URL', async () => {
    const env = { XDG_DATA_HOME: tempDir(), LADDER_USER: 'Sam Lee' };
    const url = 'https://en.wikipedia.org/wiki/Washington,_D.C.';
    const add = await runCli(
      ['evidence', 'add', 'Gave a talk', '--item', 'director:external-talks', '--link', url],
      { env },
    );
    expect(add.code, add.stderr).toBe(0);
    const list = JSON.parse((await runCli(['evidence', 'list', '--json'], { env })).stdout);
    expect(list.evidence[0].links).toEqual([url]);
  });
});
