import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { Browser, hasChromium, pngSize } from '../chromium.js';
import { ROOT, runCli, tempDir } from '../helpers.js';
import { expectReadable, measure } from '../page-measure.js';

/** The README's team, assessed by its manager through the built CLI. */
async function readmeTeam() {
  const dir = tempDir();
  const env = (now: string) => ({ LADDER_STORE: join(dir, 'store'), LADDER_NOW: now, TZ: 'UTC' });
  const examples = join(ROOT, 'examples/team');
  const steps: [string, string[]][] = [
    ['2026-12-01T10:00:00Z', ['--for', 'Chen Li', '--answers', join(examples, 'chen.yaml')]],
    ['2026-12-01T10:00:00Z', ['--for', 'Dana Park', '--answers', join(examples, 'dana.yaml')]],
    ['2026-12-01T10:00:00Z', ['--for', 'Eli Novak', '--answers', join(examples, 'eli.yaml')]],
    ['2027-03-01T10:00:00Z', ['--for', 'Eli Novak', '--answers', join(examples, 'eli-later.yaml')]],
  ];
  for (const [now, args] of steps) {
    const r = await runCli(['assess', 'director', '--as', 'Bob Lee', '--quiet', ...args], {
      env: env(now),
    });
    expect(r.code).toBe(0);
  }
  return { dir, env: env('2027-03-20T10:00:00Z') };
}

describe('ladder team, as a user runs it', () => {
  it('writes a standalone page: a heat map, bars, and an SVG chart a person', async () => {
    const { dir, env } = await readmeTeam();
    const file = join(dir, 'team.html');
    const r = await runCli(['team', '--format', 'html', '--out', file], { env });
    expect(r).toMatchObject({ code: 0, stderr: `Wrote ${file}\n` });
    const html = readFileSync(file, 'utf8');
    expect(html).not.toMatch(/<script|<link |src=|@import/i);
    const root = parse(html);
    expect(root.querySelectorAll('table.heat tbody tr')).toHaveLength(3);
    expect(root.querySelectorAll('.bar')).toHaveLength(1);
    expect(root.querySelectorAll('figure.trend svg')).toHaveLength(3);
  });

  it.runIf(hasChromium || process.env.CI)(
    'renders in Chromium at 1200 px and at phone width',
    async () => {
      const { dir, env } = await readmeTeam();
      const file = join(dir, 'team.html');
      await runCli(['team', '--format', 'html', '--out', file], { env });
      const browser = new Browser();
      const root = parse(browser.dom(file));
      expect(root.querySelectorAll('table.heat th[scope="row"]').map((th) => th.text)).toEqual([
        'Chen Li',
        'Dana Park',
        'Eli Novak',
      ]);
      expect(root.querySelector('figure.trend svg')!.getAttribute('aria-label')).toContain(
        'Readiness of Chen Li at Director of Engineering over time',
      );
      for (const [width, height] of [
        [1200, 1400],
        [390, 2200],
      ] as const) {
        const png = browser.screenshot(file, width, height);
        expect(pngSize(png)).toEqual([width, height]);
        expect(png.length).toBeGreaterThan(40_000);
      }
    },
    120_000,
  );

  it.runIf(hasChromium || process.env.CI)(
    'reads well at desk and phone width: text at 4.5:1 or more, dates whole, cards even',
    async () => {
      const { dir, env } = await readmeTeam();
      // A name long enough to take two lines over its chart.
      const long = 'Anne-Marie Oyelaran-Castellanos de la Vega y Montoya';
      const chen = join(ROOT, 'examples/team/chen.yaml');
      await runCli(['assess', 'director', '--as', 'Bob Lee', '--for', long, '--answers', chen], {
        env,
      });
      const file = join(dir, 'team.html');
      await runCli(['team', '--format', 'html', '--out', file], { env });
      const browser = new Browser();
      for (const width of [1200, 390]) {
        const found = measure(browser, file, width);
        expectReadable(found, 2);
        // Cards side by side are as tall as each other.
        for (const { top } of found.cards) {
          const row = found.cards.filter((c) => c.top === top);
          expect(new Set(row.map((c) => c.height)).size).toBe(1);
          expect(new Set(row.map((c) => c.chart)).size).toBe(1);
        }
        // At a desk they stand side by side.
        if (width === 1200) expect(new Set(found.cards.map((c) => c.top)).size).toBeLessThan(3);
      }
    },
    120_000,
  );
});
