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
      for (const id of l.follows) {
        const list = followers.get(id);
        if (list) list.push(l);
        else followers.set(id, [l]);
      }
    }
    for (const list of followers.values()) list.sort(byOrderThenTitle);
    index = { byId, followers };
    indexes.set(ladder, index);
  }
  return index;
}

/** `follows` as a ladder file writes it: one id, a list where paths merge, or nothing. */
export const followsField = (follows: string[]): { follows?: string | string[] } =>
  follows.length === 0 ? {} : { follows: follows.length === 1 ? follows[0]! : follows };

export function levelById(ladder: Ladder, id: string): Level | undefined {
  return indexOf(ladder).byId.get(id);
}

/** A section's title, or its id when the ladder no longer declares it. */
export function sectionTitle(ladder: Ladder, id: string): string {
  return ladder.sections.find((s) => s.id === id)?.title ?? id;
}

/** The level it follows, the first where paths merge: what `previous` in JSON has kept. */
export function previousOf(ladder: Ladder, level: Level): Level | undefined {
  return previousAllOf(ladder, level)[0];
}

/** Every level it follows: several where paths merge. */
export function previousAllOf(ladder: Ladder, level: Level): Level[] {
  return level.follows.flatMap((id) => levelById(ladder, id) ?? []);
}

/** Where a level hangs in its track's tree: under the first level it follows on that track. */
function parentInTrack(ladder: Ladder, level: Level): Level | undefined {
  return previousAllOf(ladder, level).find((l) => l.track === level.track);
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
 * A track as a tree. Its roots are the levels with no previous level on the track; a fork into
 * another track starts a root there. A level where paths merge hangs under the first level it
 * follows on the track, once. Built without recursion: a chain of
 * ten thousand levels is as deep as the tree gets.
 */
export function trackTree(ladder: Ladder, track: Track): TreeNode[] {
  const roots = ladder.levels
    .filter((l) => l.track === track.id && !parentInTrack(ladder, l))
    .sort(byOrderThenTitle)
    .map((level): TreeNode => ({ level, children: [] }));
  const stack = [...roots];
  while (stack.length) {
    const node = stack.pop()!;
    node.children = nextOf(ladder, node.level)
      .filter((l) => l.track === track.id && parentInTrack(ladder, l) === node.level)
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
