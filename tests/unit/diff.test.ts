import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffLevels, pairItems, similarity, type Change } from '../../src/ladder/level-diff.js';
import { parseRich } from '../../src/ladder/rich-text.js';
import type { Level, SectionValue } from '../../src/ladder/types.js';
import { wordDiff } from '../../src/ladder/word-diff.js';
import { FORK, mustLoad, SHIPPED } from '../helpers.js';

const shipped = mustLoad(SHIPPED);
const level = (ladder: typeof shipped, id: string) => ladder.levels.find((l) => l.id === id)!;
const director = level(shipped, 'director');
const vp = level(shipped, 'vp-eng');

const count = (changes: Change[], type: Change['type']) =>
  changes.filter((c) => c.type === type).length;
/** A change with the visible texts of its items, as `diff --json` shows it. */
const plain = (c: Change) => ({
  type: c.type,
  ...(c.from ? { from: c.from.text } : {}),
  ...(c.to ? { to: c.to.text } : {}),
});
/** pairItems, with texts in place of indices. */
const pairTexts = (a: string[], b: string[]) =>
  pairItems(a, b).map((p) => ({
    type: p.type,
    ...(p.from !== undefined ? { from: a[p.from] } : {}),
    ...(p.to !== undefined ? { to: b[p.to] } : {}),
  }));
const section = (d: ReturnType<typeof diffLevels>, id: string) =>
  d.sections.find((s) => s.section.id === id)!;

describe('diffLevels: the worked example, director → vp', () => {
  const d = diffLevels(director, vp, shipped.sections);

  it('years unchanged, scope changed', () => {
    expect(section(d, 'years').changes.map(plain)).toEqual([
      { type: 'unchanged', from: '15+', to: '15+' },
    ]);
    expect(section(d, 'scope').changes.map(plain)).toEqual([
      { type: 'reworded', from: '4-6 teams / 3-4 directs, 15-20 total', to: 'Organization' },
    ]);
  });

  it('knowledge: 7 unchanged, 1 reworded, 1 added', () => {
    const changes = section(d, 'knowledge').changes;
    expect([
      count(changes, 'unchanged'),
      count(changes, 'reworded'),
      count(changes, 'added'),
      count(changes, 'removed'),
    ]).toEqual([7, 1, 1, 0]);
    expect(plain(changes.find((c) => c.type === 'reworded')!)).toEqual({
      type: 'reworded',
      from: 'Cross-functional communication',
      to: 'Cross-functional and external communication',
    });
    expect(plain(changes.find((c) => c.type === 'added')!)).toEqual({
      type: 'added',
      to: 'Organizational design',
    });
  });

  it('responsibilities: 3 unchanged, 2 reworded, 2 removed', () => {
    const changes = section(d, 'responsibilities').changes;
    expect([
      count(changes, 'unchanged'),
      count(changes, 'reworded'),
      count(changes, 'removed'),
      count(changes, 'added'),
    ]).toEqual([3, 2, 2, 0]);
    expect(
      changes
        .filter((c) => c.type === 'reworded')
        .map((c) => [c.from!.text.slice(0, 22), c.to!.text.slice(0, 22)]),
    ).toEqual([
      ['Owns accountability fo', 'Owns accountability fo'],
      ['Can drive all internal', 'Can drive all internal'],
    ]);
    expect(changes.filter((c) => c.type === 'removed').map((c) => c.from!.text)).toEqual([
      "Drives EMs' happiness, engagement, and growth",
      'Operates talent strategy (IDPS, retention, acquisition)',
    ]);
  });

  it('communication: 3 removed and 4 added, nothing paired', () => {
    const changes = section(d, 'communication').changes;
    expect([count(changes, 'removed'), count(changes, 'added'), changes.length]).toEqual([3, 4, 7]);
  });

  it('competencies: the same items, and a reference link added; job description WIP at both; checkpoints 3 items → WIP', () => {
    expect(section(d, 'competencies').changes.every((c) => c.type === 'unchanged')).toBe(true);
    expect(section(d, 'competencies').link).toEqual({
      from: null,
      to: {
        title: 'People manager competencies (internal link)',
        url: 'https://app.tettra.co/teams/beyondpricing/pages/people-managers',
      },
    });
    expect(section(d, 'job-description')).toMatchObject({
      status: { from: 'wip', to: 'wip' },
      changes: [],
    });
    expect(section(d, 'checkpoints')).toMatchObject({
      status: { from: 'defined', to: 'wip' },
      changes: [],
      size: { from: 3, to: 0 },
    });
  });

  it('sums up', () => {
    expect(d.summary).toEqual({ added: 5, removed: 5, reworded: 4, relinked: 0, unchanged: 13 });
  });

  it('is mirrored by vp → director, and director → director has no change', () => {
    const back = diffLevels(vp, director, shipped.sections);
    expect(back.summary).toEqual({ added: 5, removed: 5, reworded: 4, relinked: 0, unchanged: 13 });
    expect(section(back, 'checkpoints').status).toEqual({ from: 'wip', to: 'defined' });
    const same = diffLevels(director, director, shipped.sections);
    expect(same.summary).toEqual({ added: 0, removed: 0, reworded: 0, relinked: 0, unchanged: 25 });
  });

  it('compares any two levels, across tracks', () => {
    const fork = mustLoad(FORK);
    const d = diffLevels(level(fork, 'staff'), level(fork, 'em'), fork.sections);
    expect(
      section(d, 'skills')
        .changes.map((c) => c.type)
        .sort(),
    ).toEqual(['added', 'added', 'removed', 'removed']);
    expect(section(d, 'checkpoints').status).toEqual({ from: 'defined', to: 'wip' });
  });
});

describe('pairItems', () => {
  it('takes a typo fixed for a rewording, not a removal and an addition', () => {
    expect(similarity('Stretegic thinking', 'Strategic thinking')).toBe(1);
    expect(pairTexts(['Stretegic thinking'], ['Strategic thinking'])).toEqual([
      { type: 'reworded', from: 'Stretegic thinking', to: 'Strategic thinking' },
    ]);
    // A short word changed is another word; a typo counts once, however often it matches.
    expect(similarity('lead teams', 'load teams')).toBe(0.5);
    expect(similarity('planning planning', 'plannign')).toBe(1);
    expect(similarity('budget', 'market')).toBe(0);
  });

  it('pairs thousands of look-alike items through their rarer words, as it pairs a few', () => {
    // Every item shares "owns the outcome across teams" with every other; only its number
    // tells it apart. Six have no number, so no rarer word, and pair through the common ones.
    const n = 3000;
    const odd = (i: number) => i % 500 === 7;
    const from = Array.from({ length: n }, (_, i) =>
      odd(i) ? 'Item: owns the outcome across teams' : `Item ${i}, owns the outcome across teams`,
    );
    const to = from.map((t, i) => (odd(i) ? 'Teams, across the outcome owns item' : `${t} (v2)`));
    const pairings = pairItems(from, to);
    expect(pairings.every((p) => p.type === 'reworded')).toBe(true);
    expect(pairings).toHaveLength(n);
    for (const p of pairings) expect(odd(p.from!) ? odd(p.to!) : p.from === p.to).toBe(true);
    // Swapping the sides swaps the result.
    const swapped = pairItems(to, from).map((p) => `${p.to} ${p.from}`);
    expect(swapped.sort()).toEqual(pairings.map((p) => `${p.from} ${p.to}`).sort());
  });

  it('pairs regardless of order, each item at most once', () => {
    expect(pairTexts(['b c d', 'x y z'], ['x y z', 'b c d e'])).toEqual([
      { type: 'unchanged', from: 'x y z', to: 'x y z' },
      { type: 'reworded', from: 'b c d', to: 'b c d e' },
    ]);
    expect(pairTexts(['a b c'], ['a b c', 'a b c d'])).toEqual([
      { type: 'unchanged', from: 'a b c', to: 'a b c' },
      { type: 'added', to: 'a b c d' },
    ]);
  });

  it('places removed items after their predecessor', () => {
    expect(
      pairTexts(['keep', 'gone', 'also'], ['keep', 'also']).map((c) => c.from ?? c.to),
    ).toEqual(['keep', 'gone', 'also']);
    expect(pairItems(['gone', 'keep'], ['keep']).map((c) => c.type)).toEqual([
      'removed',
      'unchanged',
    ]);
  });

  it('pairs items with the same id as one item, however much its words changed', () => {
    const ids = { from: ['a', undefined], to: [undefined, 'a'] };
    expect(pairItems(['Speaks at conferences', 'Same'], ['Same', 'Publishes talks'], ids)).toEqual([
      { type: 'unchanged', from: 1, to: 0 },
      { type: 'reworded', from: 0, to: 1 },
    ]);
    // Without the ids the two texts share no word: one removed, one added.
    expect(
      pairItems(['Speaks at conferences', 'Same'], ['Same', 'Publishes talks']).map((p) => p.type),
    ).toEqual(['removed', 'unchanged', 'added']);
  });

  const items = fc.array(
    fc.oneof(
      fc.constantFrom(
        'Drives strategy',
        'Drives engineering strategy',
        'Owns the budget',
        'Owns the team budget',
        'Writes code',
      ),
      fc
        .array(fc.constantFrom('plan', 'team', 'code', 'review', 'ship', 'budget', 'hire'), {
          minLength: 1,
          maxLength: 5,
        })
        .map((w) => w.join(' ')),
    ),
    { maxLength: 8 },
  );
  type Paired = ReturnType<typeof pairTexts>[number];
  const texts = (changes: Paired[], side: 'from' | 'to') =>
    changes.flatMap((c) => (c[side] === undefined ? [] : [c[side]!]));

  it('diffing a list with itself gives only unchanged items', () => {
    fc.assert(
      fc.property(items, (list) => pairItems(list, list).every((c) => c.type === 'unchanged')),
    );
  });

  it('swapping the sides swaps added and removed', () => {
    fc.assert(
      fc.property(items, items, (a, b) => {
        const forth = pairTexts(a, b);
        const back = pairTexts(b, a);
        const of = (changes: Paired[], type: Paired['type'], side: 'from' | 'to') =>
          texts(
            changes.filter((c) => c.type === type),
            side,
          ).sort();
        expect(of(forth, 'added', 'to')).toEqual(of(back, 'removed', 'from'));
        expect(of(forth, 'removed', 'from')).toEqual(of(back, 'added', 'to'));
        const pairs = (changes: Paired[], flip: boolean) =>
          changes
            .filter((c) => c.type === 'reworded')
            .map((c) => (flip ? `${c.to}→${c.from}` : `${c.from}→${c.to}`))
            .sort();
        expect(pairs(forth, false)).toEqual(pairs(back, true));
      }),
    );
  });

  it('every item of both sides appears exactly once', () => {
    fc.assert(
      fc.property(items, items, (a, b) => {
        const changes = pairTexts(a, b);
        expect(texts(changes, 'from').sort()).toEqual([...a].sort());
        expect(texts(changes, 'to').sort()).toEqual([...b].sort());
      }),
    );
  });
});

describe('prose, lists and links', () => {
  const value = (kind: 'text' | 'list', sources: string[], link?: SectionValue['link']) =>
    ({
      status: 'defined',
      kind,
      items: sources.map((s) => parseRich(s)),
      ...(link ? { link } : {}),
    }) as SectionValue;
  const levelWith = (id: string, scope: SectionValue): Level => ({
    id,
    title: id,
    track: 't',
    follows: [],
    aliases: [],
    sections: { scope },
    file: `${id}.yaml`,
  });
  const scope = [{ id: 'scope', title: 'Scope', kind: 'text' as const, assessed: false }];

  it('compares prose with a list as a one-item list: reworded or removed, plus added', () => {
    const d = diffLevels(
      levelWith('a', value('text', ['Organization'])),
      levelWith('b', value('list', ['Organization and its partners', 'Two product lines'])),
      scope,
    );
    expect(d.sections[0]!.kind).toEqual({ from: 'text', to: 'list' });
    expect(d.sections[0]!.changes.map(plain)).toEqual([
      { type: 'reworded', from: 'Organization', to: 'Organization and its partners' },
      { type: 'added', to: 'Two product lines' },
    ]);
    const back = diffLevels(
      levelWith('a', value('list', ['One team', 'Two teams'])),
      levelWith('b', value('text', ['A department'])),
      scope,
    );
    expect(back.sections[0]!.changes.map((c) => c.type)).toEqual(['removed', 'removed', 'added']);
  });

  it('reports an item whose text is the same and whose link moved as relinked', () => {
    const d = diffLevels(
      levelWith('a', value('list', ['[Tech Lead](https://a.example/tl)', 'Plain'])),
      levelWith('b', value('list', ['[Tech Lead](https://b.example/tl)', 'Plain'])),
      scope,
    );
    expect(d.summary).toMatchObject({ relinked: 1, unchanged: 1 });
    expect(d.sections[0]!.changes[0]).toMatchObject({
      type: 'relinked',
      link: {
        from: [{ text: 'Tech Lead', url: 'https://a.example/tl' }],
        to: [{ text: 'Tech Lead', url: 'https://b.example/tl' }],
      },
    });
  });

  it("reports a change of a section's reference link", () => {
    const link = { title: 'Framework', url: 'https://example.com/f' };
    const d = diffLevels(
      levelWith('a', value('list', ['One'], link)),
      levelWith('b', value('list', ['One'], { ...link, url: 'https://example.com/g' })),
      scope,
    );
    expect(d.sections[0]!.link).toEqual({
      from: link,
      to: { ...link, url: 'https://example.com/g' },
    });
  });
});

describe('pairing at scale', () => {
  it('pairs 2,000 look-alike items a side, every item once, each with its like', () => {
    const side = (n: number, word: string) =>
      Array.from(
        { length: n },
        (_, i) => `Item ${i} ${word}, owns the outcome across teams and reports on it`,
      );
    const [a, b] = [side(2000, 'knowledge'), side(2000, 'expertise')];
    const pairs = pairTexts(a, b);
    expect(pairs).toHaveLength(2000);
    expect(
      pairs.every((p) => p.type === 'reworded' && p.from!.split(' ')[1] === p.to!.split(' ')[1]),
    ).toBe(true);
  });
});

describe('similarity and word diff', () => {
  it('scores shared words, ignoring case and little words', () => {
    expect(similarity('Drives the strategy', 'drives strategy')).toBe(1);
    expect(similarity('SaaS strategy', 'Product strategy')).toBe(0.5);
    expect(similarity('a', 'b')).toBe(0);
  });

  it('keeps white space out of the changed runs', () => {
    expect(
      wordDiff('Cross-functional communication', 'Cross-functional and external communication'),
    ).toEqual([
      { text: 'Cross-functional ', kind: 'same' },
      { text: 'and external', kind: 'added' },
      { text: ' ', kind: 'same' },
      { text: 'communication', kind: 'same' },
    ]);
  });
});
