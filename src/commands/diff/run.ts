import { diffLevels } from '../../ladder/level-diff.js';
import { requireLevel, requireSections } from '../../ladder/resolve.js';
import { diffJson, toJson } from '../../render/json.js';
import { diffMarkdown } from '../../render/diff-markdown.js';
import { renderDiff } from '../../render/diff-text.js';
import { rejectJsonWithFormat, type CommandContext } from '../context.js';
import type { DiffOptions } from './options.js';

export async function diff(options: DiffOptions, ctx: CommandContext): Promise<void> {
  rejectJsonWithFormat(options);
  const ladder = await ctx.ladder();
  const from = await requireLevel(ladder, options.from);
  const to = await requireLevel(ladder, options.to);
  const result = diffLevels(from, to, await requireSections(ladder, options.section ?? []));
  if (options.json) return ctx.out(toJson(diffJson(result)));
  const layout = { stacked: Boolean(options.stacked), changedOnly: Boolean(options.changedOnly) };
  if (options.format === 'markdown') {
    return ctx.out(diffMarkdown(result, layout));
  }
  ctx.out(renderDiff(result, ctx.style, layout));
}
