import { whenInterrupted } from '../../assess/interrupted.js';
import { UsageError } from '../../errors.js';
import { recordEvidence } from '../../io/evidence-store.js';
import { person } from '../../ladder/people.js';
import { renderEntry } from '../../render/evidence-text.js';
import { localDate } from '../../render/time.js';
import type { CommandContext } from '../context.js';
import type { AddOptions } from './options.js';
import { checkDate, checkLinks, checkText, open, pickItems, resolveItems } from './open.js';

/** `ladder evidence add`: a piece of work, and the items it backs. */
export async function evidenceAdd(options: AddOptions, ctx: CommandContext): Promise<void> {
  const text = options.text.trim();
  if (!text)
    throw new UsageError('the evidence needs a text: ladder evidence add "<what you did>"');
  checkText(text);
  checkDate(options.date);
  checkLinks(options.link);
  if (!options.item?.length && !ctx.interactive)
    throw new UsageError(
      'name the items it backs with --item (there is no terminal to pick them in)',
      'ladder evidence add "<text>" --item director:external-talks --item director:responsibilities.2',
    );
  const { ladder, store, who, meName, assessed } = await open(options, ctx);
  const items = options.item?.length
    ? resolveItems(ladder, options.item)
    : await whenInterrupted(
        async () => pickItems(ladder, await ctx.prompter(), assessed),
        () => 'nothing was recorded',
      );
  const now = ctx.now();
  const date = options.date ?? localDate(now.toISOString());
  const { path, entry } = recordEvidence(store, date, (id) => ({
    format: 1,
    id,
    subject: who.person,
    author: person(meName()),
    date,
    text,
    links: options.link ?? [],
    items,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  }));
  ctx.out(renderEntry({ path, entry }, ladder, ctx.style, 'Recorded'));
}
