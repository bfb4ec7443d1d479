import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assemble } from '../../src/ladder/pages/assemble.js';
import { readPage } from '../../src/ladder/pages/page.js';
import { slug } from '../../src/ladder/slug.js';
import type { Ladder, Level, SectionDef } from '../../src/ladder/types.js';
import { ladderPages } from '../../src/render/export-markdown.js';
import { draftFiles } from '../../src/render/ladder-yaml.js';
import { content, mustLoad, SHIPPED, writeLadder } from '../helpers.js';

/** Exports a ladder to pages and imports them back. */
function roundTrip(ladder: Ladder): Ladder {
  const pages = Object.entries(ladderPages(ladder)).map(([name, text]) => readPage(name, text));
  return mustLoad(writeLadder(draftFiles(assemble(pages), ladder.title)));
}

describe('export --format markdown', () => {
  it('writes pages in the site format: front matter, heading, tables, the bold column, references', () => {
    const pages = ladderPages(mustLoad(SHIPPED));
    const vp = pages['vp-eng.md']!;
    expect(
      vp.startsWith(
        '---\ntitle: "VP of Engineering"\nlayout: page\norder: 13\n---\n\n# VP of Engineering (People Manager Path)\n',
      ),
    ).toBe(true);
    expect(vp).toContain('<td style="font-weight:bold">\n\nVP of Engineering\n\n</td>');
    expect(vp).toContain(
      '_reference: [People manager competencies (internal link)](https://app.tettra.co/teams/beyondpricing/pages/people-managers){:target="_blank"}_',
    );
    expect(pages['director.md']).toContain('# Director of Engineering (People Manager Path)');
  });

  it('gives back the shipped ladder when imported', () => {
    const shipped = mustLoad(SHIPPED);
    expect(content(roundTrip(shipped))).toEqual(content(shipped));
  });

  it('round-trips generated ladders, forks included', () => {
    const word = fc.constantFrom(
      'Lead',
      'Build',
      'Plan',
      'Review',
      'Ship',
      'Grow',
      'Hire',
      'Teams',
      'Code',
      'Budget',
      'Strategy',
      'Design',
    );
    const phrase = fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));
    const ladders = fc
      .record({
        levels: fc.integer({ min: 1, max: 7 }),
        parents: fc.array(fc.nat(), { minLength: 7, maxLength: 7 }),
        tracks: fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }),
        values: fc.array(
          fc.record({
            years: fc.oneof(phrase, fc.constant('WIP')),
            skills: fc.array(phrase, { minLength: 1, maxLength: 4 }),
            wip: fc.boolean(),
          }),
          {
            minLength: 7,
            maxLength: 7,
          },
        ),
        order: fc.array(fc.option(fc.integer({ min: 1, max: 99 })), { minLength: 7, maxLength: 7 }),
      })
      .map(({ levels, parents, tracks, values, order }): Ladder => {
        const sections: SectionDef[] = [
          { id: 'years', title: 'Years of xp (guideline)', kind: 'text', assessed: false },
          { id: 'skills', title: 'Skills', kind: 'list', assessed: false },
          { id: 'checkpoints', title: 'Checkpoints', kind: 'list', assessed: true },
        ];
        const list: Level[] = Array.from({ length: levels }, (_, i) => {
          const title = `Level ${i} Engineer`;
          const v = values[i]!;
          return {
            id: slug(title),
            title,
            // Level i follows one of the levels before it: a tree, with forks where two pick one.
            ...(i > 0 ? { follows: slug(`Level ${parents[i]! % i} Engineer`) } : {}),
            track: tracks[i] ? 'manager' : 'individual-contributor',
            aliases: [],
            ...(order[i] != null ? { order: order[i]! } : {}),
            file: `${slug(title)}.yaml`,
            sections: {
              years: v.years === 'WIP' ? { status: 'wip' } : { status: 'defined', text: v.years },
              skills: { status: 'defined', items: v.skills.map((text) => ({ text })) },
              checkpoints: v.wip
                ? { status: 'wip' }
                : { status: 'defined', items: v.skills.slice(0, 1).map((text) => ({ text })) },
            },
          };
        });
        return {
          dir: '.',
          title: 'Generated',
          tracks: [
            { id: 'individual-contributor', title: 'Individual Contributor' },
            { id: 'manager', title: 'Manager' },
          ].filter((t) => list.some((l) => l.track === t.id)),
          sections,
          levels: list,
        };
      });
    fc.assert(
      fc.property(ladders, (ladder) => {
        expect(content(roundTrip(ladder))).toEqual(content(ladder));
      }),
      { numRuns: 60 },
    );
  });
});
