import { whenInterrupted } from '../../assess/interrupted.js';
import { UsageError } from '../../errors.js';
import { updateEvidence } from '../../io/evidence-store.js';
import { isDate } from '../../ladder/dates.js';
import type { EvidenceEntry } from '../../ladder/evidence.js';
import { renderEntry } from '../../render/evidence-text.js';
import type { CommandContext } from '../context.js';
import type { EditOptions } from './options.js';
import {
  checkDate,
  checkLinks,
  checkText,
  entryById,
  open,
  pickItems,
  resolveItems,
  textWithinLimit,
} from './open.js';

/** `ladder evidence edit`: changes an entry's fields, from flags or from prompts prefilled. */
export async function evidenceEdit(options: EditOptions, ctx: CommandContext): Promise<void> {
  checkDate(options.date);
  checkLinks(options.link);
  if (options.text !== undefined && !options.text.trim())
    throw new UsageError('--text needs the new text');
  if (options.text !== undefined) checkText(options.text.trim(), '--text');
  const flags = [options.text, options.item, options.addItem, options.link, options.date].some(
    (f) => f !== undefined,
  );
  if (!flags && !ctx.interactive)
    throw new UsageError(
      'say what to change (--text, --item, --add-item, --link, --date): there is no terminal to ask in',
    );
  const { ladder, mine, who, assessed } = await open(options, ctx);
  const stored = entryById(mine, options.id, who);
  const before = stored.entry;
  let change: (entry: EvidenceEntry) => EvidenceEntry;
  if (flags) {
    change = (now) => ({
      ...now,
      ...(options.text !== undefined ? { text: options.text.trim() } : {}),
      ...(options.date !== undefined ? { date: options.date } : {}),
      ...(options.link !== undefined ? { links: options.link } : {}),
      items: [
        ...(options.item !== undefined ? resolveItems(ladder, options.item) : now.items),
        ...resolveItems(ladder, options.addItem ?? []),
      ],
    });
  } else {
    const prompter = await ctx.prompter();
    const answered = await whenInterrupted(
      async () => {
        const text = (await prompter.text('What was done:', before.text, required)).trim();
        const date = (
          await prompter.text('When (YYYY-MM-DD):', before.date, (v) =>
            isDate(v.trim()) ? true : 'A date as YYYY-MM-DD',
          )
        ).trim();
        const links = (
          await prompter.text(
            'Links (separated by spaces, optional):',
            before.links.join(' '),
            (v) => linksProblem(v.split(/\s+/).filter(Boolean)) ?? true,
          )
        )
          .split(/\s+/)
          .filter(Boolean);
        const items = (await prompter.confirm('Change the items it backs?', false))
          ? await pickItems(ladder, prompter, assessed)
          : before.items;
        return { text, date, links, items };
      },
      () => 'nothing was changed',
    );
    change = (now) => ({ ...now, ...changedFields(before, answered) });
  }
  // Made to the entry as it is now: an edit another process saved meanwhile keeps its change.
  const changed = updateEvidence(stored.path, (now) => {
    const entry = change(now);
    return { ...entry, items: uniqueItems(entry.items), updatedAt: ctx.now().toISOString() };
  });
  ctx.out(renderEntry({ path: stored.path, entry: changed }, ladder, ctx.style, 'Changed'));
}

/** The fields an answer changed from what the prompts were filled with. */
function changedFields(
  before: EvidenceEntry,
  answered: Partial<EvidenceEntry>,
): Partial<EvidenceEntry> {
  return Object.fromEntries(
    Object.entries(answered).filter(
      ([key, value]) =>
        JSON.stringify(value) !== JSON.stringify(before[key as keyof EvidenceEntry]),
    ),
  );
}

/** An item added twice is kept once. */
const uniqueItems = (items: EvidenceEntry['items']) => {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = JSON.stringify(item);
    return !seen.has(key) && Boolean(seen.add(key));
  });
};

const required = (value: string) => (value.trim() ? textWithinLimit(value) : 'Say what was done');

/** What is wrong with links typed at a prompt, or undefined. */
function linksProblem(links: string[]): string | undefined {
  try {
    checkLinks(links);
  } catch (error) {
    return (error as Error).message.replace(/^--link/, 'Each link');
  }
  return undefined;
}
