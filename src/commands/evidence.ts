import { peopleIn, whose, type Whose } from '../assess/pick.js';
import type { Prompter } from '../assess/prompter.js';
import { ExitCode, PromptInterrupted, UsageError, UserError } from '../errors.js';
import { listEvidence, saveEvidence, saveNewEvidence } from '../io/evidence-store.js';
import { myName } from '../io/identity.js';
import { openLadder } from '../io/ladder-dir.js';
import { listAssessments, openStore, removeStoreFile } from '../io/store.js';
import { AlreadyExists } from '../io/write-file.js';
import { isDate } from '../ladder/dates.js';
import {
  evidenceFor,
  itemChoices,
  linkedIn,
  nextEvidenceId,
  resolveItem,
  type EvidenceEntry,
  type EvidenceItem,
  type StoredEvidence,
} from '../ladder/evidence.js';
import { distinctPeople, person } from '../ladder/people.js';
import { requireLevel } from '../ladder/resolve.js';
import { sectionTitle } from '../ladder/tree.js';
import type { Ladder } from '../ladder/types.js';
import { evidenceJson, renderEvidence, renderEntry } from '../render/evidence-text.js';
import { toJson } from '../render/json.js';
import { isWebUrl } from '../render/rich.js';
import { sanitizeLine } from '../render/sanitize.js';
import { localDate } from '../render/time.js';
import type { CommandContext } from './context.js';

export interface EvidenceOptions {
  for?: string;
  as?: string;
  store?: string;
}

export interface AddOptions extends EvidenceOptions {
  text: string;
  item?: string[];
  link?: string[];
  date?: string;
}

export interface ListOptions extends EvidenceOptions {
  item?: string[];
  level?: string;
  since?: string;
  json?: boolean;
}

export interface EditOptions extends EvidenceOptions {
  id: string;
  text?: string;
  item?: string[];
  addItem?: string[];
  link?: string[];
  date?: string;
}

export interface RemoveOptions extends EvidenceOptions {
  id: string;
  yes?: boolean;
}

export interface EvidenceDeps {
  prompter?: Prompter;
}

/** What every evidence command works with: the ladder, the store, its entries, and whose. */
async function open(options: EvidenceOptions, ctx: CommandContext) {
  const ladder = await openLadder(ctx.ladderDir, ctx.env);
  const store = openStore(options.store, ctx.env);
  const { found, skipped } = listEvidence(store);
  for (const bad of skipped) ctx.err(`warning: skipped ${sanitizeLine(bad.message)}\n`);
  const meName = myName(options.as, ctx.env, ctx.cwd);
  const known = distinctPeople([
    ...peopleIn(listAssessments(store).found),
    ...found.flatMap((s) => [s.entry.subject, s.entry.author]),
  ]);
  const who = whose(known, options.for, meName);
  const mine = found.filter((s) => s.entry.subject?.id === who.person.id);
  return { ladder, store, found, mine, who, meName };
}

function checkDate(date: string | undefined): void {
  if (date !== undefined && !isDate(date))
    throw new UsageError(`--date must be a date as YYYY-MM-DD, not "${date}"`);
}

function checkLinks(links: string[] | undefined): void {
  for (const link of links ?? [])
    if (!isWebUrl(link))
      throw new UsageError(`--link must be a web address (http, https or mailto), not "${link}"`);
}

/** The items named with --item, resolved; none is a usage error without a terminal. */
const resolveItems = (ladder: Ladder, addresses: string[]): EvidenceItem[] =>
  addresses.map((a) => resolveItem(ladder, a).item);

/** Items picked one by one in a terminal, from the whole ladder. */
async function pickItems(ladder: Ladder, prompter: Prompter): Promise<EvidenceItem[]> {
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

/** A prompt's Ctrl-C: nothing was written. */
async function prompting<T>(ask: () => Promise<T>, nothing: string): Promise<T> {
  try {
    return await ask();
  } catch (error) {
    if (error instanceof PromptInterrupted)
      throw new UserError(`interrupted; ${nothing}`, ExitCode.interrupted);
    throw error;
  }
}

const loadPrompter = async (ctx: CommandContext, deps: EvidenceDeps) =>
  deps.prompter ?? (await import('../lazy/prompts.js')).terminalPrompter(ctx.style);

/** The entry an id names, among the person's. */
function entryById(mine: StoredEvidence[], id: string, who: Whose): StoredEvidence {
  const found = mine.find((s) => s.entry.id === id.trim());
  if (!found)
    throw new UserError(
      `no evidence ${id} ${who.me ? 'of yours' : `about ${who.person.name}`}`,
      1,
      `ladder evidence list${who.me ? '' : ` --for "${who.person.name}"`} shows the ids`,
    );
  return found;
}

/** `ladder evidence add`: a piece of work, and the items it backs. */
export async function evidenceAdd(
  options: AddOptions,
  ctx: CommandContext,
  deps: EvidenceDeps = {},
): Promise<void> {
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
    : await prompting(
        () => loadPrompter(ctx, deps).then((p) => pickItems(ladder, p)),
        'nothing was recorded',
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

/** `ladder evidence list`: the person's entries, newest first, filtered. */
export async function evidenceList(options: ListOptions, ctx: CommandContext): Promise<void> {
  checkDate(options.since);
  const { ladder, mine, who } = await open(options, ctx);
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

/** `ladder evidence rm`: deletes an entry, after asking, or with --yes. */
export async function evidenceRemove(
  options: RemoveOptions,
  ctx: CommandContext,
  deps: EvidenceDeps = {},
): Promise<void> {
  if (!options.yes && !ctx.interactive)
    throw new UsageError(
      'ladder evidence rm asks before it deletes, and there is no terminal to ask in',
      'pass --yes to delete without asking',
    );
  const { mine, who } = await open(options, ctx);
  const stored = entryById(mine, options.id, who);
  if (!options.yes) {
    const prompter = await loadPrompter(ctx, deps);
    const sure = await prompting(
      () =>
        prompter.confirm(
          `Delete ${stored.entry.id} (${stored.entry.date}): "${stored.entry.text}"? It cannot be undone.`,
          false,
        ),
      'nothing was deleted',
    );
    if (!sure) return ctx.err('Nothing was deleted.\n');
  }
  removeStoreFile(stored.path);
  ctx.err(`Deleted ${sanitizeLine(stored.entry.id)}: ${sanitizeLine(stored.path)}\n`);
}

/** `ladder evidence edit`: changes an entry's fields, from flags or from prompts prefilled. */
export async function evidenceEdit(
  options: EditOptions,
  ctx: CommandContext,
  deps: EvidenceDeps = {},
): Promise<void> {
  checkDate(options.date);
  checkLinks(options.link);
  if (options.text !== undefined && !options.text.trim())
    throw new UsageError('--text needs the new text');
  const flags = [options.text, options.item, options.addItem, options.link, options.date].some(
    (f) => f !== undefined,
  );
  if (!flags && !ctx.interactive)
    throw new UsageError(
      'say what to change (--text, --item, --add-item, --link, --date): there is no terminal to ask in',
    );
  const { ladder, mine, who } = await open(options, ctx);
  const stored = entryById(mine, options.id, who);
  const before = stored.entry;
  let changed: EvidenceEntry;
  if (flags) {
    changed = {
      ...before,
      ...(options.text !== undefined ? { text: options.text.trim() } : {}),
      ...(options.date !== undefined ? { date: options.date } : {}),
      ...(options.link !== undefined ? { links: options.link } : {}),
      items: [
        ...(options.item !== undefined ? resolveItems(ladder, options.item) : before.items),
        ...resolveItems(ladder, options.addItem ?? []),
      ],
    };
  } else {
    const prompter = await loadPrompter(ctx, deps);
    changed = await prompting(async () => {
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
          (v) =>
            v.split(/\s+/).filter(Boolean).every(isWebUrl)
              ? true
              : 'Web addresses, separated by spaces',
        )
      )
        .split(/\s+/)
        .filter(Boolean);
      const items = (await prompter.confirm('Change the items it backs?', false))
        ? await pickItems(ladder, prompter)
        : before.items;
      return { ...before, text, date, links, items };
    }, 'nothing was changed');
  }
  // An item added twice is kept once.
  changed.items = changed.items.filter(
    (item, i) =>
      changed.items.findIndex((other) => JSON.stringify(other) === JSON.stringify(item)) === i,
  );
  changed.updatedAt = ctx.now().toISOString();
  saveEvidence(stored.path, changed);
  ctx.out(renderEntry({ path: stored.path, entry: changed }, ladder, ctx.style, 'Changed'));
}

const required = (value: string) => (value.trim() ? true : 'Say what was done');
