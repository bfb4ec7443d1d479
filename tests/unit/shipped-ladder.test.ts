import { describe, expect, it } from 'vitest';
import { nextOf, previousOf } from '../../src/ladder/tree.js';
import { mustLoad, read, ROOT, SHIPPED } from '../helpers.js';
import { join } from 'node:path';

const ladder = mustLoad(SHIPPED);
const level = (id: string) => ladder.levels.find((l) => l.id === id)!;
const items = (id: string, section: string) =>
  level(id).sections[section]?.items?.map((i) => i.text);

describe('the shipped ladder, transcribed from the seed page', () => {
  it('has the two People Manager levels, VP following Director and topping its path', () => {
    expect(ladder.levels.map((l) => l.id).sort()).toEqual(['director', 'vp-eng']);
    expect(ladder.tracks).toEqual([{ id: 'people-manager', title: 'People Manager' }]);
    expect(previousOf(ladder, level('vp-eng'))?.id).toBe('director');
    expect(nextOf(ladder, level('vp-eng'))).toEqual([]);
    expect(level('vp-eng').aliases).toEqual(expect.arrayContaining(['vp', 'vp-of-engineering']));
    expect(level('director').aliases).toEqual(
      expect.arrayContaining(['director-eng', 'director-of-engineering']),
    );
  });

  it('declares the eight sections with the titles of the page', () => {
    expect(ladder.sections.map((s) => [s.id, s.title])).toEqual([
      ['years', 'Years of xp (guideline)'],
      ['scope', 'Scope of action'],
      ['knowledge', 'Scope of knowledge (Breadth and Depth)'],
      ['responsibilities', 'Responsibilities'],
      ['communication', 'Communication and leadership'],
      ['competencies', 'Competencies focus'],
      ['job-description', 'Job Description (Internal links)'],
      ['checkpoints', 'Checkpoints'],
    ]);
    expect(ladder.sections.filter((s) => s.assessed).map((s) => s.id)).toEqual(['checkpoints']);
  });

  it("matches the page's counts", () => {
    expect(items('director', 'knowledge')).toHaveLength(8);
    expect(items('director', 'responsibilities')).toHaveLength(7);
    expect(items('director', 'checkpoints')).toHaveLength(3);
    expect(items('vp-eng', 'knowledge')).toHaveLength(9);
    expect(items('vp-eng', 'responsibilities')).toHaveLength(5);
    expect(level('vp-eng').sections.checkpoints).toEqual({
      status: 'wip',
      kind: 'list',
      items: [],
    });
    expect(level('vp-eng').sections['job-description']?.status).toBe('wip');
  });

  it('keeps every item of the page word for word, typos included', () => {
    const seed = read(join(ROOT, 'tests/fixtures/seed/vp_of_engineering.md'));
    const bullets = new Set(
      seed
        .split('\n')
        .filter((l) => l.startsWith('- '))
        .map((l) => l.slice(2).trim()),
    );
    const all = ladder.levels.flatMap((l) =>
      Object.values(l.sections).flatMap((s) => (s.kind === 'list' ? s.items : [])),
    );
    expect(all.length).toBeGreaterThan(30);
    for (const item of all) expect(bullets).toContain(item.text);
    expect(items('vp-eng', 'competencies')).toContain('Stretegic thinking');
  });

  it('keeps the reference link under Competencies', () => {
    expect(level('vp-eng').sections.competencies?.link).toEqual({
      title: 'People manager competencies (internal link)',
      url: 'https://app.tettra.co/teams/beyondpricing/pages/people-managers',
    });
  });
});
