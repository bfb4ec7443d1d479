import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { parse as parseHtml } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { Browser, hasChromium } from '../chromium.js';
import { ROOT, runCli, SHIPPED, tempDir } from '../helpers.js';

/** A git repository holding the shipped ladder in `ladder/`, and a way to commit edits to it. */
function repository() {
  const root = tempDir('ladder-git-');
  const ladder = join(root, 'ladder');
  cpSync(SHIPPED, ladder, { recursive: true });
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: root,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'T',
        GIT_AUTHOR_EMAIL: 't@example.com',
        GIT_COMMITTER_NAME: 'T',
        GIT_COMMITTER_EMAIL: 't@example.com',
      },
    });
  git('init', '-q');
  git('add', '.');
  git('commit', '-qm', 'the shipped ladder');
  const file = (name: string) => join(ladder, name);
  const edit = (name: string, change: (text: string) => string) =>
    writeFileSync(file(name), change(readFileSync(file(name), 'utf8')));
  const commit = (message: string) => {
    git('add', '-A');
    git('commit', '-qm', message);
  };
  const changes = (...args: string[]) =>
    runCli(['changes', ...args, '--ladder', ladder], { cwd: root });
  return { root, ladder, git, file, edit, commit, changes };
}

const json = async (r: Promise<{ stdout: string; code: number | null }>) => {
  const { stdout, code } = await r;
  expect(code).toBe(0);
  return JSON.parse(stdout);
};

describe('ladder changes, in a real git repository', () => {
  it('finds nothing between a revision and itself, and says so', async () => {
    const repo = repository();
    const r = await repo.changes('HEAD', '--exit-code');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('No changes.');
  });

  it('reports a reworded checkpoint, section by section, and --exit-code says it changed', async () => {
    const repo = repository();
    repo.edit('levels/director.yaml', (t) =>
      t.replace(
        'Has regularly contributed to a technical',
        'Has written regularly for a technical',
      ),
    );
    repo.commit('reword a checkpoint');
    const d = await json(repo.changes('HEAD~1', 'HEAD', '--json'));
    expect(d.old).toEqual({ ref: 'HEAD~1', title: 'Engineering career ladder' });
    expect(d.new).toEqual({ ref: 'HEAD', title: 'Engineering career ladder' });
    expect(d.summary.items).toEqual({ added: 0, removed: 0, reworded: 1 });
    expect(d.levels).toHaveLength(1);
    expect(d.levels[0]).toMatchObject({ id: 'director', change: 'changed' });
    const checkpoints = d.levels[0].sections.find((s: { id: string }) => s.id === 'checkpoints');
    expect(checkpoints.changes).toEqual([
      {
        type: 'reworded',
        from: 'Has regularly contributed to a technical or people management blog or publication over the past 12 months',
        to: 'Has written regularly for a technical or people management blog or publication over the past 12 months',
      },
    ]);
    const exit = await repo.changes('HEAD~1', '--exit-code');
    expect(exit.code).toBe(1);
    expect(exit.stdout).toContain('Items: 1 reworded');
  });

  it('reports a level added and removed, a title renamed, a level moved, and a section added', async () => {
    const repo = repository();
    const vp = readFileSync(repo.file('levels/vp-eng.yaml'), 'utf8');
    rmSync(repo.file('levels/vp-eng.yaml'));
    writeFileSync(
      repo.file('levels/cto.yaml'),
      vp
        .replace('id: vp-eng', 'id: cto')
        .replace(/title: .*/, 'title: CTO')
        .replace(/aliases: .*/, 'aliases: []'),
    );
    repo.edit('levels/director.yaml', (t) =>
      t.replace('title: Director of Engineering', 'title: Engineering Director'),
    );
    repo.edit('ladder.yaml', (t) => `${t}  - id: impact\n    title: Impact\n    kind: list\n`);
    for (const level of ['levels/director.yaml', 'levels/cto.yaml'])
      repo.edit(level, (t) => `${t}  impact: { status: wip }\n`);
    repo.commit('restructure');
    const d = await json(repo.changes('HEAD~1', 'HEAD', '--json'));
    expect(d.levels.map((l: { id: string; change: string }) => [l.id, l.change])).toEqual([
      ['cto', 'added'],
      ['director', 'renamed'],
      ['vp-eng', 'removed'],
    ]);
    expect(d.summary.levels).toEqual({ added: 1, removed: 1, renamed: 1, moved: 0, changed: 0 });
    expect(d.sections.added).toEqual([{ id: 'impact', title: 'Impact' }]);

    repo.edit('levels/cto.yaml', (t) => t.replace(/follows: .*\n/, ''));
    repo.commit('move');
    const moved = await json(repo.changes('HEAD~1', 'HEAD', '--json'));
    expect(moved.levels.map((l: { id: string; change: string }) => [l.id, l.change])).toEqual([
      ['cto', 'moved'],
    ]);
    expect(moved.levels[0].from.follows).toBe('director');
    expect(moved.levels[0].to.follows).toBeNull();
  });

  it.runIf(hasChromium || process.env.CI)(
    'gives a pull-request comment that runs nothing, rendered with HTML on as code hosts do',
    async () => {
      const repo = repository();
      const hostile = `Director <img src=x onerror="document.title='RAN'"> [x](javascript:alert(1))`;
      repo.edit('levels/director.yaml', (t) =>
        t.replace('title: Director of Engineering', `title: ${JSON.stringify(hostile)}`),
      );
      repo.commit('a title written by someone else');
      const r = await repo.changes('HEAD~1', '--format', 'markdown');
      expect(r.code).toBe(0);
      const page = join(tempDir(), 'comment.html');
      const body = new MarkdownIt({ html: true, linkify: true }).render(r.stdout);
      writeFileSync(page, `<!doctype html><title>comment</title><body>${body}</body>`);
      const dom = parseHtml(new Browser().dom(page));
      expect(dom.querySelector('title')?.text).toBe('comment');
      expect(dom.querySelectorAll('img')).toHaveLength(0);
      expect(
        dom.querySelectorAll('a').filter((a) => /^javascript:/i.test(a.getAttribute('href') ?? '')),
      ).toEqual([]);
      // The title is there, as text.
      expect(dom.querySelector('summary')?.text).toContain('Director <img src=x');
    },
    60_000,
  );

  it('gives a pull-request comment in Markdown, one collapsible block a level', async () => {
    const repo = repository();
    repo.edit('levels/director.yaml', (t) =>
      t
        .replace('    - Product strategy\n', '')
        .replace('    - SaaS strategy\n', '    - SaaS and platform strategy\n'),
    );
    repo.commit('edit knowledge');
    const r = await repo.changes('HEAD~1', '--format', 'markdown');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`### Ladder changes: \`HEAD~1\` → \`the ladder on disk\`

| | |
| --- | --- |
| Levels | 1 changed |
| Items | 1 removed, 1 reworded |

<details>
<summary><strong>director: Director of Engineering (changed)</strong></summary>

#### Scope of knowledge (Breadth and Depth)

6 unchanged, 1 reworded, 1 removed.

|  | HEAD\\~1 | the ladder on disk |
| :-: | --- | --- |
|  | _6 unchanged_ | _6 unchanged_ |
| ~ | SaaS strategy | SaaS **and platform** strategy |
| − | Product strategy |  |

_7 sections unchanged._

</details>
`);
  });

  it('lists the saved assessments a change touches, in the terminal and with --assessments', async () => {
    const repo = repository();
    const env = { LADDER_STORE: join(repo.root, 'store'), LADDER_USER: 'Sam Lee' };
    const answers = join(repo.root, 'answers.yaml');
    writeFileSync(answers, 'checkpoints:\n  1: met\n  2: partly\n  3: not-yet\n');
    expect(
      (await runCli(['assess', 'director', '--answers', answers, '--ladder', repo.ladder], { env }))
        .code,
    ).toBe(0);
    repo.edit('levels/director.yaml', (t) =>
      t.replace(
        'Has regularly contributed to a technical',
        'Has written regularly for a technical',
      ),
    );
    repo.commit('reword');
    const text = await runCli(['changes', 'HEAD~1', '--ladder', repo.ladder], {
      env,
      cwd: repo.root,
    });
    expect(text.stdout).toContain('Assessments to re-check: 1');
    expect(text.stdout).toContain('1 item you answered was reworded:');
    expect(text.stdout).toContain(
      '~ Has written regularly for a technical or people management blog',
    );
    const md = await runCli(
      ['changes', 'HEAD~1', '--ladder', repo.ladder, '--format', 'markdown'],
      {
        env,
        cwd: repo.root,
      },
    );
    expect(md.stdout).not.toContain('re-check');
    const j = JSON.parse(
      (
        await runCli(['changes', 'HEAD~1', '--ladder', repo.ladder, '--json', '--assessments'], {
          env,
          cwd: repo.root,
        })
      ).stdout,
    );
    expect(j.assessments).toEqual([
      expect.objectContaining({
        subject: { id: 'sam-lee', name: 'Sam Lee' },
        role: 'self',
        reworded: [expect.objectContaining({ id: 'regular-publication', status: 'partly' })],
        removed: [],
        added: [],
      }),
    ]);
    const hidden = await runCli(
      ['changes', 'HEAD~1', '--ladder', repo.ladder, '--no-assessments'],
      {
        env,
        cwd: repo.root,
      },
    );
    expect(hidden.stdout).not.toContain('Assessments to re-check');
  });

  it('says in one line what is wrong, and exits 3 for it with --exit-code', async () => {
    const repo = repository();
    expect(await repo.changes('no-such-rev')).toMatchObject({
      code: 1,
      stderr:
        'error: unknown revision "no-such-rev"\nhint: name a commit, a branch or a tag, as git log shows them\n',
    });
    expect((await repo.changes('no-such-rev', '--exit-code')).code).toBe(3);
    expect((await repo.changes('--bad')).code).toBe(2);
    repo.edit('levels/director.yaml', (t) => t.replace('id: director', 'id: [broken'));
    repo.commit('break a file');
    const broken = await repo.changes('HEAD~1', 'HEAD', '--exit-code');
    expect(broken.code).toBe(3);
    expect(broken.stderr).toMatch(
      /^error: the ladder at HEAD is not valid: HEAD:ladder\/levels\/director\.yaml:\d+:\d+: /,
    );
    // The folder did not exist yet at the first commit of another repository.
    const plain = tempDir();
    cpSync(SHIPPED, join(plain, 'ladder'), { recursive: true });
    const notRepo = await runCli(['changes', 'HEAD~1', '--ladder', join(plain, 'ladder')], {
      cwd: plain,
    });
    expect(notRepo.stderr).toMatch(/is not in a git repository\n/);
  });

  it('compares two ladder folders without git', async () => {
    const old = join(tempDir(), 'old');
    cpSync(SHIPPED, old, { recursive: true });
    const r = await runCli(['changes', old, SHIPPED, '--json'], { cwd: ROOT });
    expect(JSON.parse(r.stdout).levels).toEqual([]);
  });
});

describe('ladder changes and a file over the limit in a revision', () => {
  it('refuses it from its size, which it names, without reading it', async () => {
    const repo = repository();
    // 3 MiB of YAML comment: valid, and three times what a ladder file may be.
    writeFileSync(repo.file('levels/huge.yaml'), `# ${'x'.repeat(3 * 1024 * 1024)}\n`);
    repo.commit('a huge level');
    rmSync(repo.file('levels/huge.yaml'));
    repo.commit('gone again');
    const r = await repo.changes('HEAD~1');
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(
      'error: the ladder at HEAD~1 is not valid: HEAD~1:ladder/levels/huge.yaml:1:1: file is larger than 1 MiB (3,145,731 bytes); refused',
    );
    // On disk too, the size is the file's, not the limit's.
    writeFileSync(repo.file('levels/huge.yaml'), `# ${'x'.repeat(3 * 1024 * 1024)}\n`);
    const v = await runCli(['validate', '--ladder', repo.ladder], { env: { COLUMNS: '400' } });
    expect(v.stdout).toContain('file is larger than 1 MiB (3,145,731 bytes); refused');
  });
});

describe('the ladder of the repository you are in', () => {
  it('is what changes, show and validate use without --ladder: ladder/ladder.yaml, or ladder.yaml at the top', async () => {
    const repo = repository();
    repo.edit('levels/director.yaml', (t) => t.replace(/^title: .*$/m, 'title: Director of Stuff'));
    repo.commit('renamed');
    const inside = join(repo.root, 'ladder', 'levels');
    const r = await runCli(['changes', 'HEAD~1'], { cwd: inside, env: { COLUMNS: '200' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      `Folder ${join(repo.root, 'ladder')} in the git repository ${repo.root}`,
    );
    expect(r.stdout).toContain('Director of Stuff');
    const show = await runCli(['show', 'director'], { cwd: repo.root });
    expect(show.stdout).toContain('Director of Stuff');
    const v = await runCli(['validate'], { cwd: repo.root });
    expect(v.stdout).toMatch(/^✓ ladder: /);

    // A ladder at the top of its repository.
    const top = tempDir('ladder-top-');
    cpSync(repo.ladder, top, { recursive: true });
    execFileSync('git', ['init', '-q'], { cwd: top });
    const atTop = await runCli(['show', 'director'], { cwd: join(top, 'levels') });
    expect(atTop.stdout).toContain('Director of Stuff');
    // Outside any repository: the shipped ladder.
    const outside = await runCli(['show', 'director'], { cwd: tempDir() });
    expect(outside.stdout).toContain('Director of Engineering');
  });
});
