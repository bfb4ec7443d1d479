import { resolve } from 'node:path';
import type { Whose } from '../../assess/pick.js';
import { UsageError } from '../../errors.js';
import { configuredEmail, readCommits, repositoryOf } from '../../io/git-log.js';
import type { Ledger } from '../../io/harvest-ledger.js';
import { windowStart } from '../../ladder/dates.js';
import { itemDocs, pathWords, scorer, stem, stemsOf } from '../../ladder/harvest-score.js';
import { authoredBy, undecided, webLink, worksOf } from '../../ladder/harvest-work.js';
import type { Ladder, Level } from '../../ladder/types.js';
import type { Offer } from '../../render/harvest-text.js';
import type { HarvestOptions } from './options.js';
import type { open } from './open.js';
import type { CommandContext } from '../context.js';
import { requireLevel } from '../../ladder/resolve.js';

export type Opened = Awaited<ReturnType<typeof open>>;

/** The level to suggest from: --level, else the person's latest assessment's, else asked. */
export async function levelOf(options: HarvestOptions, opened: Opened, ctx: CommandContext) {
  const { ladder, assessed } = opened;
  if (options.level !== undefined) return requireLevel(ladder, options.level);
  const latest = [...assessed].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
  if (latest) return requireLevel(ladder, latest.level.id);
  if (!ctx.interactive || options.json || options.accept !== undefined)
    throw new UsageError(
      'name the level whose items to suggest with --level (there is no assessment to take it from)',
      'ladder evidence harvest --level <level>',
    );
  const { levelChoices } = await import('../../assess/begin.js');
  return requireLevel(ladder, await (await ctx.prompter()).pickLevel(levelChoices(ladder)));
}

/** Days a first harvest reaches back. */
const FIRST_WINDOW = '90d';

/** Where the window starts: --since, else the last harvest's day, else 90 days ago. */
export function sinceOf(options: HarvestOptions, ledger: Ledger, today: string): string {
  const given = options.since ?? ledger.last?.slice(0, 10) ?? FIRST_WINDOW;
  const day = windowStart(given, today);
  if (!day)
    throw new UsageError(
      `--since must be a date as YYYY-MM-DD or a duration like 90d, 12w, 6m or 1y, not "${given}"`,
    );
  return day;
}

/** Whose commits: --author, else git's user.email in the (first) repository; --for needs --author. */
export function authorsOf(options: HarvestOptions, who: Whose, repo: string): string[] {
  const given = (options.author ?? []).map((a) => a.trim()).filter(Boolean);
  if (given.length) return given;
  if (!who.me)
    throw new UsageError(
      `--for needs --author: whose commits are ${who.person.name}'s`,
      'ladder evidence harvest --for <person> --author <their email>',
    );
  const email = configuredEmail(repo);
  if (!email)
    throw new UsageError(
      'git has no user.email here to tell your commits by: name them with --author',
      'ladder evidence harvest --author <your email>',
    );
  return [email];
}

/**
 * The work in the repositories since a day, by the authors, not decided on yet, each with the
 * items of the level its words suggest, newest first.
 */
export async function offersIn(
  repos: string[],
  cwd: string,
  scope: { ladder: Ladder; level: Level; since: string; authors: string[] },
  ledger: Ledger,
  again: boolean,
): Promise<Offer[]> {
  const suggest = scorer(itemDocs(scope.ladder, scope.level));
  const mine = authoredBy(scope.authors);
  const open = undecided(ledger.seen, again);
  const offers: Offer[] = [];
  for (const dir of repos.length ? repos : ['.']) {
    const { top, remote } = repositoryOf(resolve(cwd, dir));
    // An origin that is an address names the repository anywhere; else its folder does,
    // stored whole and shown as you named it.
    const address = remote && /^[\w+.-]+:\/\/|^[\w.-]+@[\w.-]+:/.test(remote) ? remote : undefined;
    const repo = address ?? top;
    const shown = address ?? dir;
    // One piece of work at a time: its words are dropped once its items are suggested.
    for (const { work, text } of worksOf(await readCommits(top, scope.since, mine), mine)) {
      if (!open(work)) continue;
      const web = webLink(remote, work);
      offers.push({
        work,
        repo,
        // One flat string, not the pieces it was joined from.
        link: web ?? ['git:', shown, '@', work.commits[0]!.slice(0, 12)].join(''),
        web: web !== undefined,
        suggestions: suggest(stemsOf(text), pathWords(work.files).map(stem)),
      });
    }
  }
  return offers.sort((a, b) => b.work.date.localeCompare(a.work.date));
}
