import { isAbout, peopleIn, whose, whoseToWrite, type Whose } from '../../assess/pick.js';
import { checkCount, checkLimit, LIMITS, overLimit } from '../../ladder/limits.js';
import type { Prompter } from '../../assess/prompter.js';
import { UsageError, UserError } from '../../errors.js';
import { listEvidence } from '../../io/evidence-store.js';
import { listAssessments } from '../../io/store.js';
import { isDate } from '../../ladder/dates.js';
import type { Assessment } from '../../ladder/assessment.js';
import {
  itemChoices,
  offerOrder,
  resolveItem,
  type EvidenceItem,
  type StoredEvidence,
} from '../../ladder/evidence.js';
import { distinctPeople } from '../../ladder/people.js';
import { sectionTitle } from '../../ladder/tree.js';
import type { Ladder } from '../../ladder/types.js';
import { isWebUrl } from '../../render/rich.js';
import { skippedWarning } from '../../render/messages.js';
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
export async function open(options: EvidenceOptions, ctx: CommandContext, writes = true) {
  const ladder = await ctx.ladder();
  const store = ctx.store(options);
  const { found, skipped } = listEvidence(store);
  for (const bad of skipped) ctx.err(skippedWarning(bad));
  const meName = ctx.me(options);
  const assessments = listAssessments(store).found;
  const known = distinctPeople([
    ...peopleIn(assessments),
    ...found.flatMap((s) => [s.entry.subject, s.entry.author]),
  ]);
  const who = writes
    ? await whoseToWrite(known, options.for, meName, ctx.confirmer())
    : whose(known, options.for, meName);
  const mine = found.filter((s) => s.entry.subject?.id === who.person.id);
  // What the person was assessed on: the picker offers it first.
  const assessed = assessments
    .filter((s) => isAbout(s.assessment, who, store))
    .map((s) => s.assessment);
  return { ladder, store, found, mine, who, meName, assessed };
}

export function checkDate(date: string | undefined): void {
  if (date !== undefined && !isDate(date))
    throw new UsageError(`--date must be a date as YYYY-MM-DD, not "${date}"`);
}

export function checkLinks(links: string[] | undefined): void {
  checkCount(links?.length ?? 0, LIMITS.links, 'links');
  for (const link of links ?? []) {
    checkLimit(link, LIMITS.link, '--link');
    if (!isWebUrl(link))
      throw new UsageError(`--link must be a web address (http, https or mailto), not "${link}"`);
  }
}

/** The text of an entry, within its limit: a flag's is a usage error, a prompt's asked again. */
export const checkText = (text: string, what = 'the text'): void =>
  checkLimit(text, LIMITS.text, what);

/** What a prompt says of a text over its limit, or true. */
export const textWithinLimit = (text: string): true | string =>
  overLimit(text.trim(), LIMITS.text, 'The text') ?? true;

/** The items named with --item, resolved; none is a usage error without a terminal. */
export function resolveItems(ladder: Ladder, addresses: string[]): EvidenceItem[] {
  checkCount(addresses.length, LIMITS.backs, 'items');
  return addresses.map((a) => resolveItem(ladder, a).item);
}

/**
 * Items picked one by one in a terminal, from the whole ladder: what the person was assessed on
 * first, each found by its words, its section's title or its id.
 */
export async function pickItems(
  ladder: Ladder,
  prompter: Prompter,
  assessed: Assessment[],
): Promise<EvidenceItem[]> {
  const labels = offerOrder(itemChoices(ladder), ladder, assessed).map((c) => ({
    address: c.address,
    group: `${c.level.title} · ${sectionTitle(ladder, c.item.section)}`,
    label: `${c.position}. ${c.item.text}`,
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
  const all = mine.filter((s) => s.entry.id === id.trim());
  // Two files with one id (copied in by hand, or merged from two stores): never pick one.
  if (all.length > 1)
    throw new UserError(
      `${all.length} evidence files have the id ${id.trim()}: ${all.map((s) => s.path).join(', ')}`,
      1,
      'delete or rename all but one of them by hand, then try again',
    );
  const found = all[0];
  if (!found)
    throw new UserError(
      `no evidence ${id} ${who.me ? 'of yours' : `about ${who.person.name}`}`,
      1,
      `${ladderCommand('evidence', 'list', forWords(who))} shows the ids`,
    );
  return found;
}
