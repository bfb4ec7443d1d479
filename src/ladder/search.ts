import type { Ladder, Level, SectionDef } from './types.js';

export interface SearchMatch {
  level: Level;
  /** Absent when the level's title matches. */
  section?: SectionDef;
  /** 0-based index of the matching item in a list section. */
  item?: number;
  /** 0-based index of the matching sub-item under `item`. */
  subItem?: number;
  /** The whole visible text that matched: a title, prose, an item, or a link title. */
  text: string;
  /** Where the query occurs in `text`, as [start, end) offsets. */
  ranges: [number, number][];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Matches the query anywhere, ignoring case, with any run of white space between its words. */
export function queryPattern(query: string): RegExp | undefined {
  const words = query.trim().split(/\s+/).filter(Boolean);
  return words.length ? new RegExp(words.map(escapeRegExp).join('\\s+'), 'giu') : undefined;
}

/** Every place in the ladder that mentions `query`, in ladder order. */
export function searchLadder(ladder: Ladder, query: string): SearchMatch[] {
  const pattern = queryPattern(query);
  if (!pattern) return [];
  const find = (text: string): [number, number][] =>
    [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length]);

  const matches: SearchMatch[] = [];
  const add = (match: Omit<SearchMatch, 'ranges'>) => {
    const ranges = find(match.text);
    if (ranges.length > 0) matches.push({ ...match, ranges });
  };
  for (const level of ladder.levels) {
    add({ level, text: level.title });
    for (const section of ladder.sections) {
      const value = level.sections[section.id];
      if (!value) continue;
      if (value.intro) add({ level, section, text: value.intro.text });
      value.items.forEach((item, index) => {
        add({ level, section, ...(value.kind === 'list' ? { item: index } : {}), text: item.text });
        item.items?.forEach((sub, subItem) =>
          add({ level, section, item: index, subItem, text: sub.text }),
        );
      });
      if (value.link) add({ level, section, text: value.link.title });
    }
  }
  return matches;
}
