import type { Ladder, Level, SectionDef } from '../ladder/types.js';
import { nextOf, previousOf } from '../ladder/tree.js';
import type { Style } from './style.js';
import { drawColumns } from './columns.js';
import { levelHeader } from './level-text.js';
import { sanitizeLine } from './sanitize.js';
import { sectionBody } from './section-text.js';
import { wrap } from './wrap.js';

/**
 * `ladder show --context`: the career page's own view. Per section, a table of the previous
 * level, this one (in bold) and the next ones, so a level is read against its neighbours.
 */
export function renderLevelContext(
  ladder: Ladder,
  level: Level,
  sections: SectionDef[],
  style: Style,
): string {
  const previous = previousOf(ladder, level);
  const columns = [...(previous ? [previous] : []), level, ...nextOf(ladder, level)];
  // Each column costs its content width plus one border and two padding characters.
  const inner = Math.max(12, Math.floor((style.width - 1) / columns.length) - 3);
  const bold = (l: Level, text: string) => (l === level ? style.color.bold(text) : text);

  const head = columns.map((l) =>
    wrap(sanitizeLine(l.title), {
      width: inner,
      first: '',
      paint: (t) => bold(l, t),
    }),
  );
  const blocks = sections.map((def) => {
    const row = columns.map((l) => {
      const value = l.sections[def.id];
      const body = value ? sectionBody(value, style, inner, 0) : '';
      return l === level
        ? body
            .split('\n')
            .map((line) => style.color.bold(line))
            .join('\n')
        : body;
    });
    const table = drawColumns(
      head,
      [row],
      columns.map(() => inner),
    );
    return `${style.color.bold.cyan(sanitizeLine(def.title))}\n${table}`;
  });
  return [levelHeader(ladder, level, style), ...blocks].join('\n\n') + '\n';
}
