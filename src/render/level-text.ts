import type { Ladder, Level, SectionDef } from '../ladder/types.js';
import { nextOf, previousOf, trackOf } from '../ladder/tree.js';
import type { Style } from './style.js';
import { sanitizeLine } from './sanitize.js';
import { sectionBody } from './section-text.js';
import { wrap } from './wrap.js';

const name = (level: Level): string => `${sanitizeLine(level.title)} (${level.id})`;

/** Title, track, aliases and neighbours: where the level sits in the ladder. */
export function levelHeader(ladder: Ladder, level: Level, style: Style): string {
  const { color, width } = style;
  const previous = previousOf(ladder, level);
  const next = nextOf(ladder, level);
  const track = trackOf(ladder, level);
  const aliases = level.aliases.length > 0 ? `, also ${level.aliases.join(', ')}` : '';
  const lines = [
    color.bold(sanitizeLine(level.title)),
    wrap(`${sanitizeLine(track.title)} path · ${level.id}${aliases}`, {
      width,
      first: '',
      paint: color.dim,
    }),
    wrap(previous ? name(previous) : 'none, first level of its path', {
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

/** `ladder show`: the level's header, then each section in ladder order. */
export function renderLevel(
  ladder: Ladder,
  level: Level,
  sections: SectionDef[],
  style: Style,
): string {
  const blocks = sections.map((def) => {
    const value = level.sections[def.id];
    const title = style.color.bold.cyan(sanitizeLine(def.title));
    return value ? `${title}\n${sectionBody(value, style, style.width, 2)}` : title;
  });
  return [levelHeader(ladder, level, style), ...blocks].join('\n\n') + '\n';
}
