import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { Browser, hasChromium, pngSize } from '../chromium.js';
import { runCli, tempDir } from '../helpers.js';

describe('ladder export --format markdown', () => {
  it('writes a page per level that import turns back into the same ladder', async () => {
    const site = join(tempDir(), 'site');
    const r = await runCli(['export', '--format', 'markdown', '--out', site]);
    expect(r).toMatchObject({ code: 0, stdout: '', stderr: `Wrote 2 pages to ${site}\n` });
    expect(readdirSync(site).sort()).toEqual(['director.md', 'vp-eng.md']);
    const back = join(tempDir(), 'back');
    expect((await runCli(['import', site, '--out', back])).code).toBe(0);
    const again = JSON.parse(
      (await runCli(['diff', 'director', 'vp', '--json', '--ladder', back])).stdout,
    );
    const shipped = JSON.parse((await runCli(['diff', 'director', 'vp', '--json'])).stdout);
    expect(again.sections).toEqual(shipped.sections);
  });

  it('never writes into a folder that is not empty without --force', async () => {
    const site = tempDir();
    writeFileSync(join(site, 'index.md'), '# Home');
    expect(await runCli(['export', '--format', 'markdown', '--out', site])).toMatchObject({
      code: 1,
      stderr: `error: ${site} is not empty\nhint: pass --force to write into it anyway\n`,
    });
    expect((await runCli(['export', '--format', 'markdown', '--out', site, '--force'])).code).toBe(
      0,
    );
    // Pages are replaced; the site's other files stay.
    expect(readdirSync(site).sort()).toEqual(['director.md', 'index.md', 'vp-eng.md']);
  });
});

describe('ladder export --format html', () => {
  const exported = async () => {
    const file = join(tempDir(), 'ladder.html');
    const r = await runCli(['export', '--format', 'html', '--out', file]);
    expect(r.code).toBe(0);
    return file;
  };

  it('is one self-contained page: navigation, levels, sections, and the compare view', async () => {
    const file = await exported();
    const html = readFileSync(file, 'utf8');
    const root = parse(html);
    expect(root.querySelectorAll('script, link, img, iframe')).toHaveLength(0);
    expect(root.querySelector('h1')!.text).toBe('Engineering career ladder');
    expect(root.querySelectorAll('nav a').map((a) => a.getAttribute('href'))).toEqual([
      '#level-director',
      '#level-vp-eng',
    ]);
    const vp = root.querySelector('#level-vp-eng')!;
    expect(vp.querySelector('h2')!.text).toBe('VP of Engineering');
    const sections = vp.querySelectorAll('section').filter((s) => !s.classList.contains('compare'));
    expect(sections.map((s) => s.querySelector('h3')!.text)).toEqual([
      'Years of xp (guideline)',
      'Scope of action',
      'Scope of knowledge (Breadth and Depth)',
      'Responsibilities',
      'Communication and leadership',
      'Competencies focus',
      'Job Description (Internal links)',
      'Checkpoints',
    ]);
    const compare = vp.querySelector('.compare')!;
    expect(compare.querySelector('h3')!.text).toBe('Compared with Director of Engineering');
    expect(compare.text).toContain('5 added, 5 removed, 4 reworded, 13 unchanged.');
    expect(compare.querySelectorAll('ins').map((i) => i.text)).toContain('and external');
    // Removed and added words never run together: "…15-20 totalOrganization".
    expect(compare.text).not.toMatch(/total(?:<\/del>)?Organization|offor/);
    expect(compare.text).toContain('WIP at both levels.');
    expect(compare.text).toContain('Reference added: People manager competencies (internal link)');
    expect(root.querySelector('#level-director .compare')).toBeNull();
    // Heading levels go down one at a time: no h2 straight to h4.
    const levels = root.querySelectorAll('h1, h2, h3, h4, h5, h6').map((h) => Number(h.tagName[1]));
    levels.forEach((n, i) => expect(n - (levels[i - 1] ?? 0)).toBeLessThanOrEqual(1));
    // A dark scheme for readers who ask for one.
    expect(html).toContain('@media (prefers-color-scheme: dark)');
    expect((await runCli(['export', '--format', 'html', '--out', file])).code).toBe(1);
  });

  // The page has no script at all (checked above), so what Chromium renders is what a reader
  // without JavaScript sees; Chromium's own switch that turns scripts off also stops --dump-dom.
  it.runIf(hasChromium || process.env.CI)(
    'renders in headless Chromium',
    async () => {
      const file = await exported();
      const browser = new Browser();
      const root = parse(browser.dom(file));
      expect(root.querySelectorAll('article.level')).toHaveLength(2);
      expect(root.querySelectorAll('article.level > h2').map((h) => h.text)).toEqual([
        'Director of Engineering',
        'VP of Engineering',
      ]);

      // A desktop window and a phone: each screenshot is of the size asked, and full of text.
      for (const [width, height] of [
        [1200, 1600],
        [390, 1600],
      ] as const) {
        const png = browser.screenshot(file, width, height);
        expect(png.subarray(1, 4).toString()).toBe('PNG');
        expect(pngSize(png)).toEqual([width, height]);
        // A blank page compresses to a few kilobytes; this one has text all over it.
        expect(png.length).toBeGreaterThan(50_000);
      }
    },
    120_000,
  );
});
