import type { Ladder, Level, SectionDef } from '../ladder/types.js';
import { sectionRuns, sharedValue, whole } from '../ladder/groups.js';
import { nextOf, previousAllOf, trackOf } from '../ladder/tree.js';
import type { Style } from './style.js';
import { sanitizeLine } from './sanitize.js';
import { sectionBody } from './section-text.js';
import { wrap } from './wrap.js';

const name = (level: Level): string => `${sanitizeLine(level.title)} (${level.id})`;

/** Title, track, aliases and neighbours: where the level sits in the ladder. */
export function levelHeader(ladder: Ladder, level: Level, style: Style): string {
  const { color, width } = style;
  const previous = previousAllOf(ladder, level);
  const next = nextOf(ladder, level);
  const track = trackOf(ladder, level);
  const aliases = level.aliases.length > 0 ? `, also ${level.aliases.join(', ')}` : '';
  const lines = [
    color.bold(sanitizeLine(level.title)),
    ...(level.summary
      ? [wrap(sanitizeLine(level.summary), { width, first: '', paint: color.italic })]
      : []),
    wrap(`${sanitizeLine(track.title)} path · ${level.id}${aliases}`, {
      width,
      first: '',
      paint: color.dim,
    }),
    wrap(previous.length > 0 ? previous.map(name).join(', ') : 'none, first level of its path', {
      width,
      first: 'Previous: ',
    }),
    wrap(next.length > 0 ? next.map(name).join(', ') : 'none, top of its path', {
      width,
      first: 'Next: ',
    }),
  ];
  return lines.join('\n');
}

/** The ladder's expectations for every level, under their own headings: shown, never rated. */
function sharedBlocks(ladder: Ladder, style: Style): string[] {
  return ladder.shared.map((e) => {
    const title = style.color.bold.cyan(sanitizeLine(e.title));
    const note = style.color.dim('  (expected at every level)');
    return `${title}\n${note}\n${sectionBody(sharedValue(e), style, style.width, 2)}`;
  });
}

/** `ladder show`: the level's header, then each section in ladder order. */
export function renderLevel(
  ladder: Ladder,
  level: Level,
  sections: SectionDef[],
  style: Style,
): string {
  const { color, width } = style;
  const block = (def: SectionDef) => {
    const value = level.sections[def.id];
    const title = color.bold.cyan(sanitizeLine(def.title));
    const meaning = def.description
      ? [wrap(sanitizeLine(def.description), { width, first: '  ', paint: color.dim })]
      : [];
    return [title, ...meaning, ...(value ? [sectionBody(value, style, width, 2)] : [])].join('\n');
  };
  const blocks = sectionRuns(ladder, sections).flatMap(({ group, sections }) => [
    ...(group ? [color.bold.underline(sanitizeLine(group.title).toUpperCase())] : []),
    ...sections.map(block),
  ]);
  return (
    [
      levelHeader(ladder, level, style),
      ...blocks,
      ...(whole(ladder, sections) ? sharedBlocks(ladder, style) : []),
    ].join('\n\n') + '\n'
  );
}
