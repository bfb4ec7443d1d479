import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterEach, describe, expect, it } from 'vitest';
import { Browser, hasChromium, hasPdftoppm, pngSize } from '../chromium.js';
import { overflowing, ROOT, runCli, tempDir } from '../helpers.js';
import { hasTmux, Terminal } from '../tmux.js';
import { expectReadable, measure } from '../page-measure.js';

/** Alice's self-assessment and two pieces of evidence, one with a link, in a fresh store. */
async function alice() {
  const dir = tempDir();
  const env = {
    LADDER_STORE: join(dir, 'store'),
    LADDER_USER: 'Alice Martin',
    LADDER_NOW: '2026-11-26T10:00:00Z',
    TZ: 'UTC',
  };
  const steps = [
    [
      'assess',
      'director',
      '--answers',
      join(ROOT, 'examples/check-in/alice.yaml'),
      '--years',
      '16',
    ],
    [
      'evidence',
      'add',
      'Spoke at the Paris engineering leaders meetup on scaling on-call',
      '--item',
      'director:external-talks',
      '--link',
      'https://example.com/talks/on-call',
      '--date',
      '2026-10-14',
    ],
    [
      'evidence',
      'add',
      'Wrote "Budgets without tears" on the engineering blog',
      '--item',
      'director:regular-publication',
      '--item',
      'director:knowledge.4',
      '--date',
      '2026-11-02',
    ],
  ];
  for (const args of steps) expect((await runCli(args, { env })).code).toBe(0);
  return { dir, env };
}

/** Alice's packet as a page, written beside her store. */
async function alicePage(): Promise<string> {
  const { dir, env } = await alice();
  const file = join(dir, 'packet.html');
  await runCli(['packet', 'director', '--format', 'html', '--out', file], { env });
  return file;
}

describe('ladder evidence and packet, as a user runs them', () => {
  it('records evidence with items and links, and the packet cites it in every format', async () => {
    const { dir, env } = await alice();
    const listed = await runCli(['evidence', 'list', '--json'], { env });
    expect(JSON.parse(listed.stdout).evidence.map((e: { id: string }) => e.id)).toEqual([
      '2026-11-02-1',
      '2026-10-14-1',
    ]);
    const text = await runCli(['packet', 'director'], { env });
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('• 2026-10-14: Spoke at the Paris engineering leaders meetup');
    const json = JSON.parse((await runCli(['packet', 'director', '--json'], { env })).stdout);
    expect(Object.keys(json)).toEqual([
      'subject',
      'level',
      'current',
      'years',
      'basis',
      'sources',
      'checkpoints',
      'gaps',
      'ladderChanged',
      'newer',
      'changes',
    ]);
    const out = join(dir, 'packet.html');
    const written = await runCli(['packet', 'director', '--format', 'html', '--out', out], { env });
    expect(written).toMatchObject({ code: 0, stderr: `Wrote ${out}\n` });
    const html = readFileSync(out, 'utf8');
    expect(html).not.toMatch(/<script|<link |src=|@import/i);
    expect(html).toContain('@media print');
  });

  it.runIf(hasChromium || process.env.CI)(
    'reads well at desk and phone width: text at 4.5:1 or more, dates whole',
    async () => {
      const file = await alicePage();
      const browser = new Browser();
      for (const width of [1200, 390]) {
        const found = measure(browser, file, width);
        expectReadable(found, 3);
      }
    },
    120_000,
  );

  it.runIf((hasChromium && hasPdftoppm) || process.env.CI)(
    'renders in Chromium, at 1200 px and on a phone, and prints to a PDF whose pages render',
    async () => {
      const file = await alicePage();
      const browser = new Browser();
      const root = parse(browser.dom(file));
      expect(root.querySelector('h1')!.text).toBe('Alice Martin');
      expect(root.querySelectorAll('article.item')).toHaveLength(3);
      expect(root.querySelectorAll('.evidence li').map((li) => li.text)).toEqual([
        '2026-11-02Wrote "Budgets without tears" on the engineering blog',
        '2026-10-14Spoke at the Paris engineering leaders meetup on scaling on-call https://example.com/talks/on-call',
      ]);
      for (const [width, height] of [
        [1200, 1800],
        [390, 1800],
      ] as const) {
        const png = browser.screenshot(file, width, height);
        expect(pngSize(png)).toEqual([width, height]);
        expect(png.length).toBeGreaterThan(40_000);
      }
      const pdf = browser.printToPdf(file);
      expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
      const pages = join(tempDir(), 'page');
      // pdftoppm fails on a PDF it cannot render; each page becomes a PNG of text.
      execFileSync('pdftoppm', ['-r', '50', '-png', pdf, pages], { stdio: 'pipe' });
      const rendered = readdirSync(join(pages, '..')).filter((f) => f.endsWith('.png'));
      expect(rendered.length).toBeGreaterThanOrEqual(1);
      for (const page of rendered)
        expect(readFileSync(join(pages, '..', page)).length).toBeGreaterThan(5_000);
    },
    120_000,
  );
});

describe.runIf(hasTmux || process.env.CI)('the evidence picker in a real terminal (tmux)', () => {
  let terminal: Terminal | undefined;
  afterEach(() => terminal?.kill());

  it('offers the assessed level first, shows the item under the cursor whole, and finds ids', async () => {
    const { env } = await alice();
    terminal = new Terminal(env, { columns: 60, rows: 40 });
    terminal.run('evidence add "Keynote at a regional conference"');
    // Alice assessed Director: its checkpoints come first, not another level's years.
    await terminal.waitFor(/\(type to search\) *\n Director of Engineering · Checkpoints\n❯ 1\. /);
    terminal.type('talks');
    await terminal.waitFor('director:external-talks');
    const found = terminal.screen({ join: true });
    // Found by its id, and shown whole under the cursor, wrapped within the width.
    expect(found).toMatch(
      / Director of Engineering · Checkpoints\n❯ 3\. Has presented on[^\n]*\n {5}\S[^]*interest groups\n\ndirector:external-talks/,
    );
    expect(overflowing(found.replace(/\n+$/, ''), 60)).toEqual([]);
    terminal.keys('Enter');
    await terminal.waitFor('Does it back another item too?');
    terminal.keys('Enter');
    expect(await terminal.exitCode()).toBe(0);
    const listed = await runCli(['evidence', 'list', '--json'], { env });
    const entry = JSON.parse(listed.stdout).evidence.find(
      (e: { text: string }) => e.text === 'Keynote at a regional conference',
    );
    expect(entry.items).toEqual([expect.objectContaining({ id: 'external-talks' })]);
  }, 30_000);
});
