import { UsageError } from '../../errors.js';
import { toJson } from '../../render/json.js';
import { listJson, renderList } from '../../render/list-text.js';
import type { CommandContext } from '../context.js';
import type { ListOptions } from './options.js';

export async function list(options: ListOptions, ctx: CommandContext): Promise<void> {
  const ladder = await ctx.ladder();
  const style = ctx.style;
  const tracks = options.track
    ? ladder.tracks.filter((t) => t.id === options.track)
    : ladder.tracks;
  if (tracks.length === 0) {
    throw new UsageError(
      `unknown track "${options.track}"`,
      `tracks: ${ladder.tracks.map((t) => t.id).join(', ')}`,
    );
  }
  if (!options.json) return ctx.out(renderList(ladder, tracks, style));
  ctx.out(toJson(listJson(ladder, tracks)));
}
