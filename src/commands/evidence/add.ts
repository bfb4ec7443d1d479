import { whenInterrupted } from '../../assess/interrupted.js';
import { UsageError } from '../../errors.js';
import { saveNewEvidence } from '../../io/evidence-store.js';
import { AlreadyExists } from '../../io/write-file.js';
import { nextEvidenceId, type EvidenceEntry } from '../../ladder/evidence.js';
import { person } from '../../ladder/people.js';
import { renderEntry } from '../../render/evidence-text.js';
import { localDate } from '../../render/time.js';
import type { CommandContext } from '../context.js';
import type { AddOptions } from './options.js';
import { checkDate, checkLinks, open, pickItems, resolveItems } from './open.js';

/** `ladder evidence add`: a piece of work, and the items it backs. */
export async function evidenceAdd(options: AddOptions, ctx: CommandContext): Promise<void> {
  const text = options.text.trim();
  if (!text)
    throw new UsageError('the evidence needs a text: ladder evidence add "<what you did>"');
  checkDate(options.date);
  checkLinks(options.link);
  if (!options.item?.length && !ctx.interactive)
    throw new UsageError(
      'name the items it backs with --item (there is no terminal to pick them in)',
      'ladder evidence add "<text>" --item director:external-talks --item director:responsibilities.2',
    );
  const { ladder, store, found, who, meName } = await open(options, ctx);
  const items = options.item?.length
    ? resolveItems(ladder, options.item)
    : await whenInterrupted(
        async () => pickItems(ladder, await ctx.prompter()),
        () => 'nothing was recorded',
      );
  const now = ctx.now();
  const date = options.date ?? localDate(now.toISOString());
  const taken = found.map((s) => s.entry.id);
  for (;;) {
    const entry: EvidenceEntry = {
      format: 1,
      id: nextEvidenceId(date, taken),
      subject: who.person,
      author: person(meName()),
      date,
      text,
      links: options.link ?? [],
      items,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    };
    try {
      const path = saveNewEvidence(store, entry);
      ctx.out(renderEntry({ path, entry }, ladder, ctx.style, 'Recorded'));
      return;
    } catch (error) {
      // Another process took the id a moment ago: the next one.
      if (!(error instanceof AlreadyExists)) throw error;
      taken.push(entry.id);
    }
  }
}
