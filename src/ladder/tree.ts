import type { Ladder, Level, Track } from './types.js';
import { compareText } from './words.js';

const byOrderThenTitle = (a: Level, b: Level): number =>
  (a.order ?? Infinity) - (b.order ?? Infinity) || compareText(a.title, b.title);

// Levels by id, and by the id of the level they follow, built once per ladder: looking each up
// by scanning all the others was quadratic in large ladders.
const indexes = new WeakMap<
  Ladder,
  { byId: Map<string, Level>; followers: Map<string, Level[]> }
>();

function indexOf(ladder: Ladder) {
  let index = indexes.get(ladder);
  if (!index) {
    const byId = new Map<string, Level>();
    const followers = new Map<string, Level[]>();
    for (const l of ladder.levels) {
      byId.set(l.id, l);
      if (l.follows === undefined) continue;
      const list = followers.get(l.follows);
      if (list) list.push(l);
      else followers.set(l.follows, [l]);
    }
    for (const list of followers.values()) list.sort(byOrderThenTitle);
    index = { byId, followers };
    indexes.set(ladder, index);
  }
  return index;
}

export function levelById(ladder: Ladder, id: string): Level | undefined {
  return indexOf(ladder).byId.get(id);
}

/** A section's title, or its id when the ladder no longer declares it. */
export function sectionTitle(ladder: Ladder, id: string): string {
  return ladder.sections.find((s) => s.id === id)?.title ?? id;
}

export function previousOf(ladder: Ladder, level: Level): Level | undefined {
  return level.follows === undefined ? undefined : levelById(ladder, level.follows);
}

/** The levels that follow this one: several where paths fork. */
export function nextOf(ladder: Ladder, level: Level): Level[] {
  return [...(indexOf(ladder).followers.get(level.id) ?? [])];
}

export function trackOf(ladder: Ladder, level: Level): Track {
  return ladder.tracks.find((t) => t.id === level.track) ?? { id: level.track, title: level.track };
}

/** One level in a track's tree, with the levels that follow it on the same track. */
export interface TreeNode {
  level: Level;
  children: TreeNode[];
}

/**
 * A track as a tree. Its roots are the levels whose previous level is on another track or
 * missing; a fork into another track starts a root there. Built without recursion: a chain of
 * ten thousand levels is as deep as the tree gets.
 */
export function trackTree(ladder: Ladder, track: Track): TreeNode[] {
  const roots = ladder.levels
    .filter((l) => {
      if (l.track !== track.id) return false;
      const previous = previousOf(ladder, l);
      return !previous || previous.track !== track.id;
    })
    .sort(byOrderThenTitle)
    .map((level): TreeNode => ({ level, children: [] }));
  const stack = [...roots];
  while (stack.length) {
    const node = stack.pop()!;
    node.children = nextOf(ladder, node.level)
      .filter((l) => l.track === track.id)
      .map((level) => ({ level, children: [] }));
    stack.push(...node.children);
  }
  return roots;
}

/** Levels of a track in tree order, depth first. */
export function treeOrder(ladder: Ladder, track: Track): Level[] {
  const order: Level[] = [];
  const stack = [...trackTree(ladder, track)].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    order.push(node.level);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return order;
}
