import { queryPattern, type SearchMatch } from '../ladder/search.js';
import type { Style } from './style.js';
import { sanitizeLine } from './sanitize.js';
import { wrap } from './wrap.js';
import { plural } from '../ladder/words.js';

/** The `ladder search --json` contract; `item` counts from 1. */
export const searchJson = (query: string, matches: SearchMatch[]) => ({
  query,
  matches: matches.map((m) => ({
    level: m.level.id,
    section: m.section?.id ?? null,
    item: m.item === undefined ? null : m.item + 1,
    ...(m.subItem === undefined ? {} : { subItem: m.subItem + 1 }),
    text: m.text,
    ranges: m.ranges.map(([start, end]) => ({ start, end })),
  })),
});

/** `ladder search`: matches grouped by level, then section, with the matched words highlighted. */
export function renderSearch(query: string, matches: SearchMatch[], style: Style): string {
  const { color, width } = style;
  const shown = `"${sanitizeLine(query)}"`;
  if (matches.length === 0) return `No matches for ${shown}.\n`;
  // Highlighting runs on each wrapped line, so wrapping never counts escape codes.
  const pattern = queryPattern(query)!;
  const paint = (line: string) => line.replace(pattern, (m) => color.bold.yellow(m));
  // Matches by level, in one pass: filtering all matches for each level was quadratic.
  const byLevel = new Map<SearchMatch['level'], SearchMatch[]>();
  for (const m of matches) {
    const list = byLevel.get(m.level);
    if (list) list.push(m);
    else byLevel.set(m.level, [m]);
  }
  const levels = [...byLevel.keys()];
  const lines = [
    `${plural(matches.length, 'match', 'matches')} for ${shown} in ${plural(levels.length, 'level')}`,
  ];
  for (const level of levels) {
    lines.push('', color.bold(`${sanitizeLine(level.title)} (${level.id})`));
    let section: string | undefined;
    for (const m of byLevel.get(level)!) {
      const text = sanitizeLine(m.text);
      if (!m.section) {
        lines.push(wrap(text, { width, first: '  title: ', paint }));
        continue;
      }
      if (m.section.id !== section) {
        section = m.section.id;
        lines.push(`  ${color.cyan(sanitizeLine(m.section.title))}`);
      }
      const first = m.item === undefined ? '    ' : '    • ';
      lines.push(wrap(text, { width, first, paint }));
    }
  }
  return lines.join('\n') + '\n';
}
