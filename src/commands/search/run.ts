import { searchLadder } from '../../ladder/search.js';
import { toJson } from '../../render/json.js';
import { renderSearch } from '../../render/search-text.js';
import type { CommandContext } from '../context.js';
import type { SearchOptions } from './options.js';

export async function search(options: SearchOptions, ctx: CommandContext): Promise<void> {
  const ladder = await ctx.ladder();
  const matches = searchLadder(ladder, options.text);
  if (!options.json) return ctx.out(renderSearch(options.text, matches, ctx.style));
  ctx.out(
    toJson({
      query: options.text,
      matches: matches.map((m) => ({
        level: m.level.id,
        section: m.section?.id ?? null,
        item: m.item === undefined ? null : m.item + 1,
        text: m.text,
        ranges: m.ranges.map(([start, end]) => ({ start, end })),
      })),
    }),
  );
}
