import { UsageError } from '../errors.js';
import type { Person } from './people.js';
import { resolveLevel, quoted } from './resolve.js';
import type { Ladder, Level } from './types.js';
import { compareText } from './words.js';

// Evidence: work recorded as it happens, each entry backing one or more items of the ladder.

/** An item an entry backs: where it was, and its id and text when the entry was recorded. */
export interface EvidenceItem {
  level: string;
  section: string;
  id?: string;
  text: string;
}

/** Where harvested work came from (format 2): its repository, commits and pull request. */
export interface EvidenceSource {
  repo: string;
  commits: string[];
  pr?: number;
}

export interface EvidenceEntry {
  /** 1 for an entry written by hand; 2 for one harvested from git, which has a `source`. */
  format: 1 | 2;
  /** Stable, short enough to type: `2026-11-20-1`. */
  id: string;
  /** Whom the work is about, and who recorded it. */
  subject: Person | null;
  author: Person | null;
  /** When the work happened, as YYYY-MM-DD. */
  date: string;
  text: string;
  links: string[];
  items: EvidenceItem[];
  source?: EvidenceSource;
  createdAt: string;
  updatedAt: string;
}

/** An item of a level, as an assessment or the ladder has it: enough to find its evidence. */
export type ItemRef = Pick<EvidenceItem, 'section' | 'id' | 'text'>;

/** An entry and the file it is kept in. */
export interface StoredEvidence {
  path: string;
  entry: EvidenceEntry;
}

/** An item of the ladder as evidence addresses it: `director:external-talks`, `director:responsibilities.2`. */
export interface ItemChoice {
  address: string;
  item: EvidenceItem;
  level: Level;
  /** 1-based, in its section. */
  position: number;
}

/** Every item of a defined list or prose section, at every level, with its address. */
export function itemChoices(ladder: Ladder): ItemChoice[] {
  return ladder.levels.flatMap((level) =>
    ladder.sections.flatMap((section) => {
      const value = level.sections[section.id];
      if (value?.status !== 'defined') return [];
      return value.items.map((item, i) => ({
        address: `${level.id}:${item.id ?? `${section.id}.${i + 1}`}`,
        item: {
          level: level.id,
          section: section.id,
          ...(item.id ? { id: item.id } : {}),
          text: item.text,
        },
        level,
        position: i + 1,
      }));
    }),
  );
}

/**
 * The order the picker offers items in: first those the person's assessments answered, the
 * latest assessment's first; then the rest in ladder order, list sections before prose ones
 * (a years guideline or a scope is rarely what a piece of work backs).
 */
export function offerOrder(
  choices: ItemChoice[],
  ladder: Ladder,
  assessments: { level: { id: string }; updatedAt: string; items: ItemRef[] }[],
): ItemChoice[] {
  const rank = new Map<string, number>();
  const newest = [...assessments].sort((a, b) => compareText(b.updatedAt, a.updatedAt));
  newest.forEach((a, n) => {
    for (const item of a.items) {
      const k = `${a.level.id}\u0000${item.section}\u0000${item.id ?? item.text}`;
      if (!rank.has(k)) rank.set(k, n);
    }
  });
  const prose = new Set(ladder.sections.filter((s) => s.kind === 'text').map((s) => s.id));
  const rankOf = (c: ItemChoice) =>
    rank.get(`${c.item.level}\u0000${c.item.section}\u0000${c.item.id ?? c.item.text}`) ??
    newest.length + (prose.has(c.item.section) ? 1 : 0);
  // A stable sort keeps ladder order within each rank.
  return choices
    .map((c, i) => ({ c, i, r: rankOf(c) }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.c);
}

const hint =
  'address an item as level:item-id or level:section.n, for example director:responsibilities.2';

/**
 * The item an address names: `level:item-id`, `level:section.n` (1-based), or a bare item id
 * that only one level has. The level may be given by any of its names.
 */
export function resolveItem(ladder: Ladder, address: string): ItemChoice {
  const choices = itemChoices(ladder);
  const colon = address.lastIndexOf(':');
  if (colon === -1) {
    const found = choices.filter((c) => c.item.id === address.trim());
    if (found.length === 1) return found[0]!;
    if (found.length > 1)
      throw new UsageError(
        `item ${quoted(address)} is at ${found.length} levels: ${found.map((c) => c.address).join(', ')}`,
        'name the level: level:item-id',
      );
    throw new UsageError(`no item with the id ${quoted(address)}`, hint);
  }
  const resolution = resolveLevel(ladder, address.slice(0, colon));
  if (resolution.kind !== 'found')
    throw new UsageError(
      resolution.kind === 'ambiguous'
        ? `${quoted(address.slice(0, colon))} could be ${resolution.candidates.map((l) => l.id).join(', ')}`
        : `unknown level ${quoted(address.slice(0, colon))} in ${quoted(address)}`,
      hint,
    );
  const level = resolution.level;
  const rest = address.slice(colon + 1).trim();
  const atLevel = choices.filter((c) => c.level === level);
  const byId = atLevel.find((c) => c.item.id === rest);
  if (byId) return byId;
  const place = /^([a-z0-9-]+)\.(\d+)$/.exec(rest);
  if (place) {
    const inSection = atLevel.filter((c) => c.item.section === place[1]);
    const found = inSection.find((c) => c.position === Number(place[2]));
    if (found) return found;
    if (inSection.length)
      throw new UsageError(
        `${level.id} has ${inSection.length} items in ${place[1]}, not ${place[2]}`,
        hint,
      );
  }
  throw new UsageError(`${level.id} has no item ${quoted(rest)}`, hint);
}

/**
 * Whether an entry's item is this item of the ladder: the same level and section, and the same
 * id, or else the exact text it was recorded against.
 */
export function backs(recorded: EvidenceItem, level: string, item: ItemRef): boolean {
  if (recorded.level !== level || recorded.section !== item.section) return false;
  if (recorded.id !== undefined && item.id !== undefined && recorded.id === item.id) return true;
  return recorded.text === item.text;
}

/** The entries that back an item at a level, newest first as given. */
export function evidenceFor(
  entries: StoredEvidence[],
  level: string,
  item: ItemRef,
): StoredEvidence[] {
  return entries.filter((s) => s.entry.items.some((r) => backs(r, level, item)));
}

/** Whether a recorded item still finds an item of the ladder: unlinked ones are kept, and shown. */
export function linkedIn(ladder: Ladder): (recorded: EvidenceItem) => boolean {
  const choices = itemChoices(ladder);
  return (recorded) => choices.some((c) => backs(recorded, c.item.level, c.item));
}

/** Newest first: by date, then by id, whose number counts up within a date. */
export const newestFirst = (a: StoredEvidence, b: StoredEvidence): number =>
  compareText(b.entry.date, a.entry.date) ||
  idNumber(b.entry.id) - idNumber(a.entry.id) ||
  compareText(b.entry.id, a.entry.id);

const idNumber = (id: string): number => Number(/-(\d+)$/.exec(id)?.[1] ?? 0);

/**
 * The next entry id for a date, `2026-11-20-3`, after every id the store already holds: short
 * enough to type, and never given twice.
 */
export function nextEvidenceId(date: string, taken: Iterable<string>): string {
  let highest = 0;
  for (const id of taken) {
    const n = id.startsWith(`${date}-`) ? Number(id.slice(date.length + 1)) : NaN;
    if (Number.isInteger(n)) highest = Math.max(highest, n);
  }
  return `${date}-${highest + 1}`;
}
