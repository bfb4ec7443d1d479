import { openLadder } from '../io/ladder-dir.js';
import { diffLevels } from '../ladder/diff.js';
import { requireLevel, requireSections } from '../ladder/resolve.js';
import { diffJson, toJson } from '../render/json.js';
import { rejectJsonWithFormat, type CommandContext } from './context.js';

export interface DiffOptions {
  from: string;
  to: string;
  section?: string[];
  changedOnly?: boolean;
  stacked?: boolean;
  json?: boolean;
  format: string;
}

export async function diff(options: DiffOptions, ctx: CommandContext): Promise<void> {
  rejectJsonWithFormat(options);
  const ladder = await openLadder(ctx.ladderDir, ctx.env);
  const from = await requireLevel(ladder, options.from);
  const to = await requireLevel(ladder, options.to);
  const result = diffLevels(from, to, await requireSections(ladder, options.section ?? []));
  if (options.json) return ctx.out(toJson(diffJson(result)));
  const layout = { stacked: Boolean(options.stacked), changedOnly: Boolean(options.changedOnly) };
  if (options.format === 'markdown') {
    const { diffMarkdown } = await import('../lazy/diff-markdown.js');
    return ctx.out(diffMarkdown(result, layout));
  }
  const style = ctx.style;
  // The renderer and the word-diff library load only for this command.
  const { renderDiff } = await import('../lazy/diff-text.js');
  ctx.out(renderDiff(result, style, layout));
}
