import { describe, expect, it } from 'vitest';
import { readPage } from '../../src/ladder/pages/page.js';
import { ladderPages } from '../../src/render/export-markdown.js';
import { mustLoad, SHIPPED } from '../helpers.js';

describe('export --format markdown', () => {
  const pages = ladderPages(mustLoad(SHIPPED));
  const vp = pages['vp-eng.md']!;

  it('writes pages in the site format: front matter, heading, tables, the bold column, references', () => {
    expect(vp.startsWith('---\ntitle: "VP of Engineering"\nlayout: page\n')).toBe(true);
    expect(vp).toContain('\n---\n\n# VP of Engineering (People Manager Path)\n');
    expect(vp).toContain('<td style="font-weight:bold">\n\nVP of Engineering\n\n</td>');
    expect(vp).toContain(
      '_reference: [People manager competencies (internal link)](https://app.tettra.co/teams/beyondpricing/pages/people-managers){:target="_blank"}_',
    );
    expect(pages['director.md']).toContain('# Director of Engineering (People Manager Path)');
  });

  it('carries ids and structure where Jekyll does not show them: front matter and Kramdown attributes', () => {
    const read = readPage('vp-eng.md', vp);
    expect(read.meta?.level).toEqual({
      id: 'vp-eng',
      title: 'VP of Engineering',
      track: 'people-manager',
      follows: ['director'],
      aliases: ['vp', 'vp-of-engineering'],
      order: 13,
    });
    expect(read.meta?.ladder?.sections.map((s) => s.id)).toEqual([
      'years',
      'scope',
      'knowledge',
      'responsibilities',
      'communication',
      'competencies',
      'job-description',
      'checkpoints',
    ]);
    expect(vp).toContain('### Checkpoints {#checkpoints}');
    expect(pages['director.md']).toContain(
      '- {:#directs-promoted} 4+ directly managed ICs are now Staff Engs or EMs',
    );
  });
});
