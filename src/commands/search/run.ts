import { UsageError } from '../../errors.js';
import { searchLadder } from '../../ladder/search.js';
import { toJson } from '../../render/json.js';
import { renderSearch, searchJson } from '../../render/search-text.js';
import type { CommandContext } from '../context.js';
import type { SearchOptions } from './options.js';

export async function search(options: SearchOptions, ctx: CommandContext): Promise<void> {
  // Empty text would match everything, or nothing: either way not what was meant.
  if (!options.text.trim())
    throw new UsageError('nothing to search for', 'give some text: ladder search budget');
  const ladder = await ctx.ladder();
  const matches = searchLadder(ladder, options.text);
  if (!options.json) return ctx.out(renderSearch(options.text, matches, ctx.style));
  ctx.out(toJson(searchJson(options.text, matches)));
}
