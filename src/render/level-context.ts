import type { Ladder, Level, SectionDef } from '../ladder/types.js';
import { nextOf, previousAllOf } from '../ladder/tree.js';
import { drawColumns } from './columns.js';
import { levelHeader } from './level-text.js';
import { LinkNotes } from './rich.js';
import { sanitizeLine } from './sanitize.js';
import { sectionBody } from './section-text.js';
import type { Style } from './style.js';
import { wrap } from './wrap.js';

/** Narrower columns than this are not worth reading: the sections are stacked instead. */
const MIN_CELL_WIDTH = 18;

/**
 * `ladder show --context`: the career page's own view. Per section, a table of the previous
 * levels (several where paths merge), this one (in bold) and the next ones, so a level is read against its neighbours. When
 * the columns would be too narrow, each level's part follows the other's, under its name.
 */
export function renderLevelContext(
  ladder: Ladder,
  level: Level,
  sections: SectionDef[],
  style: Style,
): string {
  const columns = [...previousAllOf(ladder, level), level, ...nextOf(ladder, level)];
  // Each column costs its content width plus one border and two padding characters.
  const inner = Math.floor((style.width - 1) / columns.length) - 3;
  const bold = (l: Level, text: string) => (l === level ? style.color.bold(text) : text);
  const boldLines = (l: Level, text: string) =>
    text
      .split('\n')
      .map((line) => bold(l, line))
      .join('\n');
  const heading = (def: SectionDef) => style.color.bold.cyan(sanitizeLine(def.title));

  const blocks =
    inner >= MIN_CELL_WIDTH
      ? sections.map((def) => {
          const notes = new LinkNotes();
          const head = columns.map((l) =>
            wrap(sanitizeLine(l.title), { width: inner, first: '', paint: (t) => bold(l, t) }),
          );
          const row = columns.map((l) => {
            const value = l.sections[def.id];
            return value ? boldLines(l, sectionBody(value, style, inner, 0, notes)) : '';
          });
          const table = drawColumns(
            head,
            [row],
            columns.map(() => inner),
          );
          // A URL stands whole on a line of its own when it does not fit beside its number.
          const noted = notes
            .lines()
            .map((line) =>
              wrap(line, { width: style.width, first: '', rest: '    ', paint: style.color.dim }),
            );
          return [heading(def), table, ...noted].join('\n');
        })
      : sections.map((def) => {
          const parts = columns.map((l) => {
            const name = `${sanitizeLine(l.title)}${l === level ? ' (this level)' : ''}`;
            const value = l.sections[def.id];
            const body = value ? sectionBody(value, style, style.width, 4) : '';
            return [wrap(name, { width: style.width, first: '  ', paint: (t) => bold(l, t) }), body]
              .filter(Boolean)
              .join('\n');
          });
          return [heading(def), ...parts].join('\n');
        });
  return [levelHeader(ladder, level, style), ...blocks].join('\n\n') + '\n';
}
