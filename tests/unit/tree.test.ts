import { describe, expect, it } from 'vitest';
import { nextOf, previousOf, trackTree, treeOrder, type TreeNode } from '../../src/ladder/tree.js';
import { renderList } from '../../src/render/list-text.js';
import { FORK, mustLoad, testStyle } from '../helpers.js';

const ladder = mustLoad(FORK);
const level = (id: string) => ladder.levels.find((l) => l.id === id)!;
const shape = (nodes: TreeNode[]): unknown => nodes.map((n) => [n.level.id, shape(n.children)]);

describe('the tree of levels', () => {
  it('forks: several levels follow one, in their order', () => {
    expect(nextOf(ladder, level('senior')).map((l) => l.id)).toEqual(['staff', 'em']);
    expect(previousOf(ladder, level('em'))?.id).toBe('senior');
    expect(previousOf(ladder, level('engineer'))).toBeUndefined();
  });

  it('draws each track as a tree; a fork into another track starts a root there', () => {
    const [ic, manager] = ladder.tracks;
    expect(shape(trackTree(ladder, ic!))).toEqual([['engineer', [['senior', [['staff', []]]]]]]);
    expect(shape(trackTree(ladder, manager!))).toEqual([['em', [['head', []]]]]);
  });
});

describe('a chain of ten thousand levels', () => {
  it('draws and orders without recursion, its guides kept within the width', () => {
    const levels = Array.from({ length: 10_000 }, (_, i) => ({
      id: `l${i}`,
      title: `Level ${i}`,
      track: 't',
      follows: i > 0 ? [`l${i - 1}`] : [],
      aliases: [],
      sections: {},
      file: `l${i}.yaml`,
    }));
    const ladder = {
      dir: '.',
      title: 'Deep',
      tracks: [{ id: 't', title: 'T' }],
      sections: [],
      groups: [],
      shared: [],
      levels,
    };
    expect(treeOrder(ladder, ladder.tracks[0]!).map((l) => l.id)).toEqual(levels.map((l) => l.id));
    const out = renderList(ladder, ladder.tracks, testStyle(80));
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(10_000 + 3);
    expect(lines.at(-1)).toMatch(/^….*└─ l9999 {2}Level 9999$/);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(80);
  });
});
