import { resolve } from 'node:path';
import { whenInterrupted } from '../../assess/interrupted.js';
import type { Prompter } from '../../assess/prompter.js';
import { UsageError } from '../../errors.js';
import { recordEvidence } from '../../io/evidence-store.js';
import { ledgerPath, readLedger, recordVerdicts, type Verdict } from '../../io/harvest-ledger.js';
import type { EvidenceItem } from '../../ladder/evidence.js';
import { LIMITS } from '../../ladder/limits.js';
import { person } from '../../ladder/people.js';
import { plural } from '../../ladder/words.js';
import {
  matchWords,
  offerHeading,
  writeHarvestJson,
  type Offer,
} from '../../render/harvest-text.js';
import { sanitizeLine } from '../../render/sanitize.js';
import { localDate } from '../../render/time.js';
import type { CommandContext } from '../context.js';
import { acceptedIn } from './harvest-accept.js';
import { authorsOf, levelOf, offersIn, sinceOf, type Opened } from './harvest-offers.js';
import { open, pickItems, resolveItems } from './open.js';
import type { HarvestOptions } from './options.js';

/** Records a piece of work as evidence (format 2) backing the items, and its commits as accepted. */
function accept(offer: Offer, items: EvidenceItem[], opened: Opened, ctx: CommandContext): void {
  const { store, who, meName } = opened;
  const { work } = offer;
  const now = ctx.now().toISOString();
  recordEvidence(store, work.date, (id) => ({
    format: 2,
    id,
    subject: who.person,
    author: person(meName()),
    date: work.date,
    text: (work.subject.trim() || `Commit ${work.commits[0]!.slice(0, 12)}`).slice(0, LIMITS.text),
    links: offer.web ? [offer.link] : [],
    items,
    source: {
      repo: offer.repo.slice(0, LIMITS.link),
      commits: work.commits.slice(0, LIMITS.items),
      ...(work.pr !== undefined ? { pr: work.pr } : {}),
    },
    createdAt: now,
    updatedAt: now,
  }));
  mark(offer, 'accepted', opened);
}

const mark = (offer: Offer, verdict: Verdict, { store, who }: Opened) =>
  recordVerdicts(ledgerPath(store, who.person), who.person, {
    verdicts: Object.fromEntries(offer.work.commits.map((h) => [h, verdict])),
  });

/** One screen a piece of work, in a terminal; what is accepted is recorded at once. */
async function confirmEach(
  offers: Offer[],
  opened: Opened,
  ctx: CommandContext,
  prompter: Prompter,
) {
  const tally = { accepted: 0, skipped: 0 };
  for (const [n, offer] of offers.entries()) {
    const answer = await prompter.harvest(
      offerHeading(offer, n + 1, offers.length),
      offer.suggestions.map((s) => ({
        address: s.address,
        label: `${s.address}: ${s.item.text}`,
        why: `${s.score}, ${matchWords(s)}`,
      })),
    );
    if (answer === 'stop') break;
    if (answer === 'skip') {
      mark(offer, 'skipped', opened);
      tally.skipped++;
      continue;
    }
    const items =
      answer === 'pick'
        ? await pickItems(opened.ladder, prompter, opened.assessed)
        : resolveItems(opened.ladder, [answer.accept]);
    accept(offer, items, opened, ctx);
    tally.accepted++;
  }
  return tally;
}

/** What a --accept file accepts, recorded one piece of work at a time. */
function acceptAll(
  accepted: { offer: Offer; items: EvidenceItem[] }[],
  opened: Opened,
  ctx: CommandContext,
) {
  for (const { offer, items } of accepted) accept(offer, items, opened, ctx);
  return { accepted: accepted.length, skipped: 0 };
}

/** `ladder evidence harvest`: work from git history, suggested, confirmed and recorded. */
export async function evidenceHarvest(options: HarvestOptions, ctx: CommandContext): Promise<void> {
  if (options.json && options.accept !== undefined)
    throw new UsageError('--json prints what --accept reads: use one, then the other');
  if (!options.json && options.accept === undefined && !ctx.interactive)
    throw new UsageError(
      'ladder evidence harvest asks about each piece of work in a terminal, and there is none on stdin',
      'print it with --json, fill in each accept, then: ladder evidence harvest --accept <file>',
    );
  const opened = await open(options, ctx, !options.json);
  const path = ledgerPath(opened.store, opened.who.person);
  const ledger = readLedger(path, opened.who.person);
  const today = localDate(ctx.now().toISOString());
  const level = await levelOf(options, opened, ctx);
  const scope = {
    ladder: opened.ladder,
    level,
    since: sinceOf(options, ledger, today),
    authors: authorsOf(options, opened.who, resolve(ctx.cwd, options.repos[0] ?? '.')),
  };
  const offers = await offersIn(options.repos, ctx.cwd, scope, ledger, Boolean(options.again));
  if (options.json) return writeHarvestJson(level.id, scope.since, offers, ctx.out);
  const started = ctx.now().toISOString();
  const tally =
    options.accept !== undefined
      ? acceptAll(acceptedIn(options.accept, offers, opened.ladder), opened, ctx)
      : await whenInterrupted(
          async () => confirmEach(offers, opened, ctx, await ctx.prompter()),
          () => 'every piece of work accepted so far is recorded; the rest is offered next time',
        );
  recordVerdicts(path, opened.who.person, { last: started });
  if (!offers.length)
    return ctx.out(
      `No new work since ${scope.since} by ${sanitizeLine(scope.authors.join(', '))}.\n`,
    );
  ctx.out(
    `Recorded ${plural(tally.accepted, 'entry', 'entries')} of evidence from ${plural(offers.length, 'piece')} of work; ${tally.skipped} skipped.\n`,
  );
}
