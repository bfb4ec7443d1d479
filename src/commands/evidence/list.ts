import { evidenceFor, linkedIn, resolveItem } from '../../ladder/evidence.js';
import { requireLevel } from '../../ladder/resolve.js';
import { evidenceJson, renderEvidence } from '../../render/evidence-text.js';
import { toJson } from '../../render/json.js';
import type { CommandContext } from '../context.js';
import type { ListOptions } from './options.js';
import { checkDate, open } from './open.js';

/** `ladder evidence list`: the person's entries, newest first, filtered. */
export async function evidenceList(options: ListOptions, ctx: CommandContext): Promise<void> {
  checkDate(options.since);
  const { ladder, mine, who } = await open(options, ctx, false);
  let shown = mine;
  if (options.level !== undefined) {
    const level = (await requireLevel(ladder, options.level)).id;
    shown = shown.filter((s) => s.entry.items.some((i) => i.level === level));
  }
  for (const address of options.item ?? []) {
    const choice = resolveItem(ladder, address);
    shown = evidenceFor(shown, choice.item.level, choice.item);
  }
  if (options.since !== undefined) shown = shown.filter((s) => s.entry.date >= options.since!);
  const linked = linkedIn(ladder);
  if (options.json) return ctx.out(toJson(evidenceJson(shown, linked)));
  ctx.out(renderEvidence(shown, who, ladder, ctx.style));
}
