import { peopleIn, whose, type Whose } from '../../assess/pick.js';
import type { Prompter } from '../../assess/prompter.js';
import { UsageError, UserError } from '../../errors.js';
import { listEvidence } from '../../io/evidence-store.js';
import { listAssessments } from '../../io/store.js';
import { isDate } from '../../ladder/dates.js';
import {
  itemChoices,
  resolveItem,
  type EvidenceItem,
  type StoredEvidence,
} from '../../ladder/evidence.js';
import { distinctPeople } from '../../ladder/people.js';
import { sectionTitle } from '../../ladder/tree.js';
import type { Ladder } from '../../ladder/types.js';
import { isWebUrl } from '../../render/rich.js';
import { sanitizeLine } from '../../render/sanitize.js';
import type { CommandContext } from '../context.js';
import { forWords, ladderCommand } from '../../render/command-line.js';

// What the evidence subcommands share.

/** The options every evidence subcommand has. */
export interface EvidenceOptions {
  for?: string;
  as?: string;
  store?: string;
}

/** What every evidence command works with: the ladder, the store, its entries, and whose. */
export async function open(options: EvidenceOptions, ctx: CommandContext) {
  const ladder = await ctx.ladder();
  const store = ctx.store(options);
  const { found, skipped } = listEvidence(store);
  for (const bad of skipped) ctx.err(`warning: skipped ${sanitizeLine(bad.message)}\n`);
  const meName = ctx.me(options);
  const known = distinctPeople([
    ...peopleIn(listAssessments(store).found),
    ...found.flatMap((s) => [s.entry.subject, s.entry.author]),
  ]);
  const who = whose(known, options.for, meName);
  const mine = found.filter((s) => s.entry.subject?.id === who.person.id);
  return { ladder, store, found, mine, who, meName };
}

export function checkDate(date: string | undefined): void {
  if (date !== undefined && !isDate(date))
    throw new UsageError(`--date must be a date as YYYY-MM-DD, not "${date}"`);
}

export function checkLinks(links: string[] | undefined): void {
  for (const link of links ?? [])
    if (!isWebUrl(link))
      throw new UsageError(`--link must be a web address (http, https or mailto), not "${link}"`);
}

/** The items named with --item, resolved; none is a usage error without a terminal. */
export const resolveItems = (ladder: Ladder, addresses: string[]): EvidenceItem[] =>
  addresses.map((a) => resolveItem(ladder, a).item);

/** Items picked one by one in a terminal, from the whole ladder. */
export async function pickItems(ladder: Ladder, prompter: Prompter): Promise<EvidenceItem[]> {
  const labels = itemChoices(ladder).map((c) => ({
    address: c.address,
    label: `${c.level.title} · ${sectionTitle(ladder, c.item.section)} ${c.position}: ${c.item.text}`,
  }));
  const picked: string[] = [];
  do {
    picked.push(
      await prompter.pickItem(
        labels.filter((l) => !picked.includes(l.address)),
        picked.length
          ? 'Another item it backs (type to search):'
          : 'Which item does it back? (type to search)',
      ),
    );
  } while (await prompter.confirm('Does it back another item too?', false));
  return resolveItems(ladder, picked);
}

/** The entry an id names, among the person's. */
export function entryById(mine: StoredEvidence[], id: string, who: Whose): StoredEvidence {
  const found = mine.find((s) => s.entry.id === id.trim());
  if (!found)
    throw new UserError(
      `no evidence ${id} ${who.me ? 'of yours' : `about ${who.person.name}`}`,
      1,
      `${ladderCommand('evidence', 'list', forWords(who))} shows the ids`,
    );
  return found;
}
