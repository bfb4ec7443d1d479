import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from '../helpers.js';
import { makeRepo, type Step } from '../../scripts/git-history.mjs';
import { hasTmux, Terminal } from '../tmux.js';

const LADDER = join(ROOT, 'examples/harvest/ladder');

/** A month of Sam's work, and some of others' and of what is never work. */
const HISTORY: Step[] = [
  { files: ['docs/postmortems/dns.md'], subject: 'Blameless postmortem for the DNS outage' },
  { files: ['package-lock.json'], subject: 'Bump lockfile' },
  { files: ['web/Menu.vue'], subject: 'Make the menu usable with keyboard only' },
  { files: ['src/a.js'], subject: 'Add a thing Dana did', author: 'Dana Park' },
  { branch: 'topic', files: ['db/migrations/1.sql'], subject: 'Backfill region column' },
  { files: ['db/migrations/2.sql'], subject: 'Add index for region' },
  { branch: 'main', files: ['README.md'], subject: 'Rewrite the README quick start' },
  { branch: 'topic', merge: 'main', subject: "Merge branch 'main' into topic" },
  {
    branch: 'main',
    merge: 'topic',
    subject: 'Merge pull request #7 from sam/topic',
    body: 'Zero-downtime migration of the region data',
  },
  { files: ['web/Menu.vue'], subject: 'Revert "Make the menu usable with keyboard only"' },
  { files: ['src/cache.ts'], subject: 'Cache lookups, p99 latency down by half (#12)' },
  { files: ['src/fmt.ts'], subject: 'style: run prettier' },
];

function setup(steps: Step[] = HISTORY) {
  const repo = makeRepo(steps, tempDir('ladder-repo-'));
  const store = join(tempDir(), 'store');
  const env = {
    LADDER_STORE: store,
    LADDER_USER: 'Sam Lee',
    LADDER_NOW: '2026-12-01T10:00:00Z',
    LADDER_DIR: LADDER,
    TZ: 'UTC',
  };
  const harvest = (...args: string[]) =>
    runCli(['evidence', 'harvest', repo, '--level', 'senior', ...args], { env });
  return { repo, store, env, harvest };
}

describe('ladder evidence harvest', () => {
  it('finds the pieces of work, leaves out what is not work, and suggests items by their words', async () => {
    const { harvest } = setup();
    const r = await harvest('--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(['level', 'since', 'work']);
    expect(json).toMatchObject({ level: 'senior', since: '2026-09-02' });
    const work = json.work as {
      id: string;
      subject: string;
      commits: string[];
      suggestions: { item: string }[];
    }[];
    expect(work.map((w) => w.subject)).toEqual([
      'Cache lookups, p99 latency down by half',
      'Zero-downtime migration of the region data',
      'Rewrite the README quick start',
      'Make the menu usable with keyboard only',
      'Blameless postmortem for the DNS outage',
    ]);
    // The pull request is one piece with its two commits; the squashed one is its number.
    expect(work[1]).toMatchObject({ id: 'pr-7' });
    expect(work[1]!.commits).toHaveLength(3);
    expect(work[0]).toMatchObject({ id: 'pr-12' });
    expect(work.map((w) => w.suggestions[0]?.item)).toEqual([
      'senior:performance',
      'senior:data-migrations',
      'senior:documentation',
      'senior:accessibility',
      'senior:incidents',
    ]);
    expect(Object.keys(work[0]!)).toEqual([
      'id',
      'commits',
      'subject',
      'date',
      'link',
      'files',
      'suggestions',
      'accept',
    ]);
  });

  it('records what --accept lists as format-2 evidence, and never offers it again', async () => {
    const { harvest, env, store } = setup();
    const file = join(tempDir(), 'work.json');
    const json = JSON.parse((await harvest('--json')).stdout);
    for (const w of json.work)
      w.accept = w.suggestions.slice(0, 1).map((s: { item: string }) => s.item);
    json.work[2].accept = [];
    writeFileSync(file, JSON.stringify(json));
    const r = await harvest('--accept', file);
    expect(r).toMatchObject({
      code: 0,
      stdout: 'Recorded 4 entries of evidence from 5 pieces of work; 0 skipped.\n',
    });
    const listed = JSON.parse((await runCli(['evidence', 'list', '--json'], { env })).stdout);
    expect(listed.evidence).toHaveLength(4);
    const pr = listed.evidence.find((e: { text: string }) => e.text.startsWith('Zero-downtime'));
    expect(pr.source).toMatchObject({ pr: 7 });
    expect(pr.source.commits).toHaveLength(3);
    expect(pr.links).toEqual([]);
    const files = readdirSync(join(store, 'evidence')).map((f) =>
      JSON.parse(readFileSync(join(store, 'evidence', f), 'utf8')),
    );
    expect(files.every((f) => f.format === 2)).toBe(true);
    // The list marks them, as text: never a link.
    const text = (await runCli(['evidence', 'list'], { env })).stdout;
    expect(text).toContain('harvested from git:');
    expect(text).toContain('pull request #7, 3 commits');
    // The packet cites them per item, with where they came from.
    const packet = await runCli(['packet', 'senior'], { env });
    expect(packet.stdout.replace(/\s+/g, ' ')).toMatch(
      /Zero-downtime migration of the region data harvested from git:\S+, pull request #7, 3 commits/,
    );
    const packetJson = JSON.parse((await runCli(['packet', 'senior', '--json'], { env })).stdout);
    const cited = packetJson.checkpoints.flatMap(
      (c: { evidence: { source: unknown }[] }) => c.evidence,
    );
    expect(cited.length).toBeGreaterThan(0);
    expect(cited.every((e: { source: unknown }) => e.source !== null)).toBe(true);
    // The next harvest starts where this one ended; with the same window, only the one left.
    const again = JSON.parse((await harvest('--json', '--since', '2026-09-01')).stdout);
    expect(again.work.map((w: { subject: string }) => w.subject)).toEqual([
      'Rewrite the README quick start',
    ]);
    expect(JSON.parse((await harvest('--json')).stdout).work).toEqual([]);
  });

  it('links to the pull request where the remote is a code host it knows', async () => {
    const { harvest, repo } = setup();
    execFileSync('git', ['remote', 'add', 'origin', 'git@github.com:lighthouse/api.git'], {
      cwd: repo,
    });
    const work = JSON.parse((await harvest('--json')).stdout).work;
    expect(work[1].link).toBe('https://github.com/lighthouse/api/pull/7');
    expect(work[2].link).toMatch(/^https:\/\/github\.com\/lighthouse\/api\/commit\/[0-9a-f]{40}$/);
  });

  it('says what it needs without a terminal, a level, or an author for someone else', async () => {
    const { harvest, env, repo } = setup();
    expect(await harvest()).toMatchObject({ code: 2, stderr: expect.stringContaining('--json') });
    const noLevel = await runCli(['evidence', 'harvest', repo, '--json'], { env });
    expect(noLevel).toMatchObject({ code: 2, stderr: expect.stringContaining('--level') });
    const other = await harvest('--json', '--for', 'Dana Park');
    expect(other).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--for needs --author'),
    });
    expect(await harvest('--json', '--since', 'soon')).toMatchObject({ code: 2 });
    const notRepo = await runCli(
      ['evidence', 'harvest', tempDir(), '--level', 'senior', '--json'],
      { env },
    );
    expect(notRepo).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('is not in a git repository'),
    });
  });

  it('takes a hostile commit as data: shown safely, stored within limits, never run', async () => {
    const marker = join(tempDir(), 'pwned');
    const { harvest, env, store, repo } = setup([
      {
        files: ['docs/postmortems/x.md'],
        subject: `Postmortem \u001b]8;;https://evil.test\u0007outage\u001b[2J $(touch ${marker}) ${'x'.repeat(3000)}`,
        body: 'incident '.repeat(120_000),
      },
    ]);
    // A message that is not UTF-8 at all, as git stores what it is given.
    execFileSync('git', ['commit', '-q', '--allow-empty', '-F', '-'], {
      cwd: repo,
      input: Buffer.from([0x52, 0x75, 0x6e, 0x62, 0x6f, 0x6f, 0x6b, 0x20, 0xff, 0xfe, 0xc3, 0x28]),
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'Sam Lee',
        GIT_AUTHOR_EMAIL: 'sam.lee@example.com',
        GIT_COMMITTER_NAME: 'Sam Lee',
        GIT_COMMITTER_EMAIL: 'sam.lee@example.com',
        GIT_AUTHOR_DATE: '2026-11-20T10:00:00Z',
        GIT_COMMITTER_DATE: '2026-11-20T10:00:00Z',
      },
    });
    const json = JSON.parse((await harvest('--json')).stdout);
    expect(json.work).toHaveLength(2);
    // Git re-encodes it (as Latin-1) or ladder replaces what is not UTF-8: text either way.
    expect(json.work[0].subject).toMatch(/^Runbook [^\x00-\x1f]{1,6}\($/);
    json.work.shift();
    expect(json.work[0].subject.length).toBeLessThanOrEqual(1000);
    const file = join(tempDir(), 'work.json');
    json.work[0].accept = ['senior:incidents'];
    writeFileSync(file, JSON.stringify(json));
    expect((await harvest('--accept', file)).code).toBe(0);
    const text = (await runCli(['evidence', 'list'], { env })).stdout;
    expect(text).not.toMatch(/\u001b|\u0007/);
    expect(existsSync(marker)).toBe(false);
    const [saved] = readdirSync(join(store, 'evidence'));
    expect(readFileSync(join(store, 'evidence', saved!), 'utf8').length).toBeLessThan(8000);
  });
});

describe.runIf(hasTmux || process.env.CI)(
  'ladder evidence harvest in a real terminal (tmux)',
  () => {
    let terminal: Terminal | undefined;
    afterEach(() => terminal?.kill());

    it('fits a narrow terminal: the heading wraps under its first line', async () => {
      const { repo, env } = setup();
      terminal = new Terminal(env, { columns: 40, rows: 40 });
      terminal.run(`evidence harvest '${repo}' --level senior`);
      await terminal.waitFor(/Stop here/);
      const lines = terminal.screen().split('\n');
      const top = lines.findIndex((l) => l.startsWith('? [1/5]'));
      // The subject's lines, to its day: a path or address after it stays whole, to be copied.
      const day = lines.findIndex((l) => l.includes('2026-11-11 · '));
      expect(top).toBeGreaterThanOrEqual(0);
      expect(day - top).toBeGreaterThan(1);
      for (const line of lines.slice(top + 1, day + 1)) expect(line).toMatch(/^ {2}\S/);
      expect(lines.slice(top, day + 1).every((l) => l.length <= 40)).toBe(true);
    });

    it('accepts, picks another, skips, and after Ctrl-C offers only what is left', async () => {
      const { repo, env } = setup();
      terminal = new Terminal(env, { columns: 80, rows: 40 });
      terminal.run(`evidence harvest '${repo}' --level senior`);
      await terminal.waitFor(/Stop here \(the rest is offered next time\)/);
      // Its subject, day, size and link; each suggestion with its score and the words it matched.
      expect(terminal.screen()).toMatch(
        /\[1\/5\] Cache lookups[^]*2026-11-11 · 1 commit, 1 file ·/,
      );
      expect(terminal.screen()).toMatch(
        /❯ Back senior:performance: [^]*\(\d+(\.\d+)?, matches: cache, latency\)/,
      );
      terminal.keys('Enter'); // back the first suggestion
      await terminal.waitFor('[2/5] Zero-downtime');
      // The question answered says what the work was taken to back.
      expect(terminal.screen()).toMatch(/What does it back\? senior:performance\n/);
      terminal.keys('Down', 'Enter'); // Pick another item…
      await terminal.waitFor('Which item does it back?');
      terminal.type('migrations');
      await terminal.waitFor('senior:data-migrations');
      terminal.keys('Enter');
      await terminal.waitFor('Does it back another item too?');
      terminal.keys('Enter');
      await terminal.waitFor('[3/5] Rewrite the README');
      terminal.keys('Down', 'Down', 'Enter'); // Skip
      await terminal.waitFor('[4/5] Make the menu');
      terminal.keys('C-c');
      expect(await terminal.exitCode()).toBe(130);
      expect(terminal.screen({ join: true })).toMatch(
        /Stopped\.\s+Every\s+piece\s+of\s+work\s+accepted\s+so\s+far\s+is\s+recorded;\s+the\s+rest\s+is\s+offered\s+next\s+time\./,
      );
      const listed = JSON.parse((await runCli(['evidence', 'list', '--json'], { env })).stdout);
      expect(
        listed.evidence.map((e: { items: { id: string }[] }) => e.items[0]!.id).sort(),
      ).toEqual(['data-migrations', 'performance']);
      const left = JSON.parse(
        (
          await runCli(
            ['evidence', 'harvest', repo, '--level', 'senior', '--json', '--since', '90d'],
            { env },
          )
        ).stdout,
      );
      expect(left.work.map((w: { subject: string }) => w.subject)).toEqual([
        'Make the menu usable with keyboard only',
        'Blameless postmortem for the DNS outage',
      ]);
      const skippedToo = JSON.parse(
        (
          await runCli(
            [
              'evidence',
              'harvest',
              repo,
              '--level',
              'senior',
              '--json',
              '--since',
              '90d',
              '--again',
            ],
            { env },
          )
        ).stdout,
      );
      expect(skippedToo.work).toHaveLength(3);
    }, 60_000);
  },
);
