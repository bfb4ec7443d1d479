import {
  nextOf,
  previousAllOf,
  previousOf,
  trackTree,
  treeOrder,
  type TreeNode,
} from '../ladder/tree.js';
import type { Ladder, Level, Track } from '../ladder/types.js';
import { sanitizeLine } from './sanitize.js';
import type { Style } from './style.js';
import { wrap } from './wrap.js';

/** The `ladder list --json` contract. */
export const listJson = (ladder: Ladder, tracks: Track[]) => ({
  tracks: tracks.map((track) => ({
    id: track.id,
    title: track.title,
    levels: treeOrder(ladder, track).map((level) => ({
      id: level.id,
      title: level.title,
      aliases: level.aliases,
      previous: previousOf(ladder, level)?.id ?? null,
      previousAll: level.follows,
      next: nextOf(ladder, level).map((l) => l.id),
    })),
  })),
});

/** Ids of the sections still marked WIP on a level. */
function wipSections(ladder: Ladder, level: Level): string[] {
  return ladder.sections.filter((s) => level.sections[s.id]?.status === 'wip').map((s) => s.id);
}

/**
 * Keeps the guides of a deep tree within the width: past a point, only the nearest ancestors'
 * guides are drawn, after an ellipsis. A chain of thousands of levels still draws.
 */
function capped(prefix: string, width: number): string {
  const max = Math.max(6, Math.floor(width / 2));
  return prefix.length <= max ? prefix : `…${prefix.slice(prefix.length - max + 1)}`;
}

/** The lines of a track's tree, drawn without recursion. */
function treeLines(ladder: Ladder, roots: TreeNode[], style: Style): string[] {
  const { color, width } = style;
  const lines: string[] = [];
  const stack = roots
    .map((node, i) => ({ node, prefix: '', last: i === roots.length - 1, root: true }))
    .reverse();
  while (stack.length) {
    const { node, prefix, last, root } = stack.pop()!;
    const { level } = node;
    const before = previousAllOf(ladder, level);
    // A merge hangs under the first level it follows on the track; the others are named.
    const others = root
      ? before
      : before.filter((l) => l !== before.find((b) => b.track === level.track));
    const childPrefix = capped(prefix + (last ? '   ' : '│  '), width);
    // Aliases, a fork from another track and unwritten sections go on wrapped lines below the
    // level, inside the tree's own guide line.
    const details = [
      ...(others.length
        ? [`${root ? 'after' : 'also follows'} ${others.map((l) => l.id).join(', ')}`]
        : []),
      ...(level.aliases.length > 0 ? [`also ${level.aliases.join(', ')}`] : []),
      ...nextOf(ladder, level)
        .filter((next) => next.track !== level.track)
        .map((next) => `forks to ${next.id} (${next.track})`),
    ].join(' · ');
    const wip = wipSections(ladder, level);
    const detailPrefix = childPrefix + (node.children.length > 0 ? '│  ' : '   ');
    const detail = (text: string, paint: (t: string) => string) =>
      wrap(text, { width, first: detailPrefix, rest: detailPrefix, paint });
    lines.push(
      `${prefix}${last ? '└─ ' : '├─ '}${color.bold(level.id)}  ${sanitizeLine(level.title)}`,
    );
    if (level.summary) lines.push(detail(sanitizeLine(level.summary), color.italic));
    if (details) lines.push(detail(details, color.dim));
    if (wip.length > 0) lines.push(detail(`WIP: ${wip.join(', ')}`, color.yellow));
    for (let i = node.children.length - 1; i >= 0; i--) {
      stack.push({
        node: node.children[i]!,
        prefix: childPrefix,
        last: i === node.children.length - 1,
        root: false,
      });
    }
  }
  return lines;
}

/** `ladder list`: each track as a tree of its levels. */
export function renderList(ladder: Ladder, tracks: Track[], style: Style): string {
  const blocks = tracks.map((track) => {
    const roots = trackTree(ladder, track);
    const head = `${style.color.bold.cyan(sanitizeLine(track.title))} ${style.color.dim(`(${track.id})`)}`;
    const body = roots.length
      ? treeLines(ladder, roots, style)
      : [style.color.dim('   no levels yet')];
    return [head, ...body].join('\n');
  });
  return `${style.color.bold(sanitizeLine(ladder.title))}\n\n${blocks.join('\n\n')}\n`;
}
