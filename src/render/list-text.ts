import type { Ladder, Level, Track } from '../ladder/types.js';
import { nextOf, previousOf, trackTree, type TreeNode } from '../ladder/tree.js';
import type { Style } from './style.js';
import { sanitizeLine } from './sanitize.js';
import { wrap } from './wrap.js';

/** Ids of the sections still marked WIP on a level. */
export function wipSections(ladder: Ladder, level: Level): string[] {
  return ladder.sections.filter((s) => level.sections[s.id]?.status === 'wip').map((s) => s.id);
}

function nodeLines(
  ladder: Ladder,
  node: TreeNode,
  prefix: string,
  last: boolean,
  style: Style,
  root: boolean,
): string[] {
  const { color, width } = style;
  const { level } = node;
  const previous = previousOf(ladder, level);
  const childPrefix = prefix + (last ? '   ' : '│  ');
  // Aliases, a fork from another track and unwritten sections go on wrapped lines below the
  // level, inside the tree's own guide line.
  const details = [
    ...(root && previous ? [`after ${previous.id}`] : []),
    ...(level.aliases.length > 0 ? [`also ${level.aliases.join(', ')}`] : []),
    ...nextOf(ladder, level)
      .filter((next) => next.track !== level.track)
      .map((next) => `forks to ${next.id} (${next.track})`),
  ].join(' · ');
  const wip = wipSections(ladder, level);
  const detailPrefix = childPrefix + (node.children.length > 0 ? '│  ' : '   ');
  const lines = [
    `${prefix}${last ? '└─ ' : '├─ '}${color.bold(level.id)}  ${sanitizeLine(level.title)}`,
  ];
  if (details) lines.push(wrap(details, { width, first: detailPrefix, paint: color.dim }));
  if (wip.length > 0) {
    lines.push(wrap(`WIP: ${wip.join(', ')}`, { width, first: detailPrefix, paint: color.yellow }));
  }
  return [
    ...lines,
    ...node.children.flatMap((child, i) =>
      nodeLines(ladder, child, childPrefix, i === node.children.length - 1, style, false),
    ),
  ];
}

/** `ladder list`: each track as a tree of its levels. */
export function renderList(ladder: Ladder, tracks: Track[], style: Style): string {
  const blocks = tracks.map((track) => {
    const roots = trackTree(ladder, track);
    const head = `${style.color.bold.cyan(sanitizeLine(track.title))} ${style.color.dim(`(${track.id})`)}`;
    const body = roots.length
      ? roots.flatMap((r, i) => nodeLines(ladder, r, '', i === roots.length - 1, style, true))
      : [style.color.dim('   no levels yet')];
    return [head, ...body].join('\n');
  });
  return `${style.color.bold(sanitizeLine(ladder.title))}\n\n${blocks.join('\n\n')}\n`;
}

/** Levels of a track in tree order, depth first. */
export function treeOrder(ladder: Ladder, track: Track): Level[] {
  const walk = (node: TreeNode): Level[] => [node.level, ...node.children.flatMap(walk)];
  return trackTree(ladder, track).flatMap(walk);
}
