import type { Ladder, Level, Track } from './types.js';

const byOrderThenTitle = (a: Level, b: Level): number =>
  (a.order ?? Infinity) - (b.order ?? Infinity) || a.title.localeCompare(b.title);

export function levelById(ladder: Ladder, id: string): Level | undefined {
  return ladder.levels.find((l) => l.id === id);
}

/** A section's title, or its id when the ladder no longer declares it. */
export function sectionTitle(ladder: Ladder, id: string): string {
  return ladder.sections.find((s) => s.id === id)?.title ?? id;
}

export function previousOf(ladder: Ladder, level: Level): Level | undefined {
  return level.follows === undefined ? undefined : levelById(ladder, level.follows);
}

// Levels by the id of the level they follow, built once per ladder: asking each level of a
// large ladder for its next ones by scanning all the others was quadratic.
const followers = new WeakMap<Ladder, Map<string, Level[]>>();

/** The levels that follow this one: several where paths fork. */
export function nextOf(ladder: Ladder, level: Level): Level[] {
  let index = followers.get(ladder);
  if (!index) {
    index = new Map();
    for (const l of ladder.levels) {
      if (l.follows !== undefined) index.set(l.follows, [...(index.get(l.follows) ?? []), l]);
    }
    for (const list of index.values()) list.sort(byOrderThenTitle);
    followers.set(ladder, index);
  }
  return [...(index.get(level.id) ?? [])];
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
 * missing; a fork into another track starts a root there.
 */
export function trackTree(ladder: Ladder, track: Track): TreeNode[] {
  const inTrack = ladder.levels.filter((l) => l.track === track.id);
  const node = (level: Level): TreeNode => ({
    level,
    children: nextOf(ladder, level)
      .filter((l) => l.track === track.id)
      .map(node),
  });
  return inTrack
    .filter((l) => {
      const previous = previousOf(ladder, l);
      return !previous || previous.track !== track.id;
    })
    .sort(byOrderThenTitle)
    .map(node);
}
