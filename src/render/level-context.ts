import Table from 'cli-table3';
import type { Ladder, Level, SectionDef } from '../ladder/types.js';
import { nextOf, previousOf } from '../ladder/tree.js';
import type { Style } from '../io/terminal.js';
import { levelHeader } from './level-text.js';
import { sanitizeLine } from './sanitize.js';
import { sectionBody } from './section-text.js';

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

  const blocks = sections.map((def) => {
    const table = new Table({
      head: columns.map((l) => bold(l, sanitizeLine(l.title))),
      colWidths: columns.map(() => inner + 2),
      wordWrap: true,
      style: { head: [], border: [] },
    });
    table.push(
      columns.map((l) => {
        const value = l.sections[def.id];
        const body = value ? sectionBody(value, style, inner, 0) : '';
        return l === level
          ? body
              .split('\n')
              .map((line) => style.color.bold(line))
              .join('\n')
          : body;
      }),
    );
    return `${style.color.bold.cyan(sanitizeLine(def.title))}\n${table.toString()}`;
  });
  return [levelHeader(ladder, level, style), ...blocks].join('\n\n') + '\n';
}
