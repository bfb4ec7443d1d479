import { UsageError } from '../../errors.js';
import { requireLevel, requireSections } from '../../ladder/resolve.js';
import { levelJson, toJson } from '../../render/json.js';
import { renderLevel } from '../../render/level-text.js';
import { levelMarkdown } from '../../render/markdown.js';
import { rejectJsonWithFormat, type CommandContext } from '../context.js';
import type { ShowOptions } from './options.js';

export async function show(options: ShowOptions, ctx: CommandContext): Promise<void> {
  rejectJsonWithFormat(options);
  if (options.context && (options.json || options.format !== 'text'))
    throw new UsageError('--context is a terminal view; it cannot be used with --json or --format');
  const ladder = await ctx.ladder();
  const level = await requireLevel(ladder, options.level);
  const sections = await requireSections(ladder, options.section ?? []);
  if (options.json) return ctx.out(toJson(levelJson(ladder, level, sections)));
  if (options.format === 'markdown') return ctx.out(levelMarkdown(ladder, level, sections));
  const style = ctx.style;
  if (!options.context) return ctx.out(renderLevel(ladder, level, sections, style));
  // The side-by-side tables load only for --context.
  const { renderLevelContext } = await import('../../render/level-context.js');
  ctx.out(renderLevelContext(ladder, level, sections, style));
}
