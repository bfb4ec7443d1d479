import { describe, expect, it } from 'vitest';
import { nextOf, previousOf, trackTree, type TreeNode } from '../../src/ladder/tree.js';
import { FORK, mustLoad } from '../helpers.js';

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
