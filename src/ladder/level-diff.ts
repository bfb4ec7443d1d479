import type { Item, Level, Link, SectionDef, SectionKind, SectionValue } from './types.js';
import { isTypoOf } from '../lib/edit-distance.js';
import { wordsOf } from './tokens.js';

export type ChangeType = 'unchanged' | 'reworded' | 'relinked' | 'added' | 'removed';

/** The links an item's text carries, in order. */
export interface ItemLink {
  text: string;
  url: string;
}

/** One item compared across two levels; prose counts as one item. */
export interface Change {
  type: ChangeType;
  from?: Item;
  to?: Item;
  /** The item's links on each side, where they differ. */
  link?: { from: ItemLink[]; to: ItemLink[] };
  /** Its sub-items compared, where any of them changed. */
  subChanges?: Change[];
}

/** A change that only its sub-items make: the item reads the same, its examples do not. */
export const onlyBelow = (c: Change) => c.type === 'unchanged' && c.subChanges !== undefined;

export interface SectionDiff {
  section: SectionDef;
  status: { from: SectionValue['status']; to: SectionValue['status'] };
  /** Prose or list on each side. */
  kind: { from: SectionKind; to: SectionKind };
  /** Empty when either side is WIP or N/A: there is nothing to compare item by item. */
  changes: Change[];
  /** The number of items on each side, for "3 items → WIP". */
  size: { from: number; to: number };
  /** The section's reference link on each side, where it changed. */
  link?: { from: Link | null; to: Link | null };
}

export interface Summary {
  added: number;
  removed: number;
  reworded: number;
  relinked: number;
  unchanged: number;
}

export interface LevelDiff {
  from: Level;
  to: Level;
  summary: Summary;
  sections: SectionDiff[];
}

/** Items at least this similar are the same item reworded; below it, one removed, one added. */
const REWORD_THRESHOLD = 0.6;

/**
 * Dice coefficient of the two texts' word sets: 1 for the same words, 0 for none shared. A word
 * with a typo fixed (`Stretegic` → `Strategic`) counts as shared, once.
 */
export function similarity(a: string, b: string): number {
  const [wa, wb] = [wordsOf(a), wordsOf(b)];
  if (wa.length === 0 && wb.length === 0) return a.trim() === b.trim() ? 1 : 0;
  const inB = new Set(wb);
  const inA = new Set(wa);
  const unmatched = wa.filter((w) => !inB.has(w));
  let shared = wa.length - unmatched.length;
  const spare = wb.filter((w) => !inA.has(w));
  for (const word of unmatched) {
    const k = spare.findIndex((other) => isTypoOf(word, other));
    if (k !== -1) {
      shared++;
      spare.splice(k, 1);
    }
  }
  return (2 * shared) / (wa.length + wb.length);
}

interface Candidate {
  i: number;
  j: number;
  score: number;
}

const ordered = (x: number, y: number): [number, number] => (x < y ? [x, y] : [y, x]);

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** How two lists pair up: indices into each side. */
export interface Pairing {
  type: 'unchanged' | 'reworded' | 'added' | 'removed';
  from?: number;
  to?: number;
}

/**
 * At most this many of an item's most similar candidates on the other side are kept, so that
 * lists of thousands of look-alike items pair in bounded time and memory. A pair is kept when
 * it is among the best of either of its items, which keeps the result mirrored when the sides
 * are swapped.
 */
const CANDIDATES_PER_ITEM = 8;

/** What is paired so far: each item of `from` to its item of `to`, and the items of `to` taken. */
interface Pairs {
  pairOf: Map<number, { j: number; type: 'unchanged' | 'reworded' }>;
  usedTo: Set<number>;
}

type ItemIds = { from: readonly (string | undefined)[]; to: readonly (string | undefined)[] };

/** The same item id on both sides is the same item, however much its words changed. */
function pairByIds(from: readonly string[], to: readonly string[], itemIds: ItemIds, pairs: Pairs) {
  const { pairOf, usedTo } = pairs;
  const byId = new Map<string, number>();
  itemIds.to.forEach((id, j) => id !== undefined && byId.set(id, j));
  itemIds.from.forEach((id, i) => {
    const j = id === undefined ? undefined : byId.get(id);
    if (j === undefined || usedTo.has(j)) return;
    pairOf.set(i, { j, type: from[i] === to[j] ? 'unchanged' : 'reworded' });
    usedTo.add(j);
  });
}

/** Identical texts, in order, through an index of the texts of `to`. */
function pairExact(from: readonly string[], to: readonly string[], pairs: Pairs) {
  const { pairOf, usedTo } = pairs;
  const exact = new Map<string, number[]>();
  to.forEach((text, j) => !usedTo.has(j) && push(exact, text, j));
  from.forEach((text, i) => {
    if (pairOf.has(i)) return;
    const j = exact.get(text)?.shift();
    if (j === undefined) return;
    pairOf.set(i, { j, type: 'unchanged' });
    usedTo.add(j);
  });
}

/**
 * A word in more items than this (both sides together) is common: it finds candidates only for
 * the items that share no rarer word with any item on the other side. In lists of a few hundred
 * items no word is, and every pair that shares a word is scored; in lists of thousands of
 * look-alike items, where every item shares "owns the outcome" with every other, pairs are
 * found through their rarer words and the work grows with the lists, not with their product.
 */
const commonAbove = (items: number) => Math.max(100, Math.ceil(4 * Math.sqrt(items)));

/** For each word, the items that have it. */
function indexOf(wordsOf: Map<number, number[]>): Map<number, number[]> {
  const byWord = new Map<number, number[]>();
  for (const [k, ws] of wordsOf) for (const w of ws) push(byWord, w, k);
  return byWord;
}

/** The words of each item left on both sides, and the items that have each word. */
interface Indexed {
  fromWords: Map<number, number[]>;
  toWords: Map<number, number[]>;
  byWordFrom: Map<number, number[]>;
  byWordTo: Map<number, number[]>;
}

/**
 * Scores every pair that shares a rare word; then the items left without one, through every
 * word: each pair once, and the same pairs whichever side is which.
 */
function scoreSharing(
  { fromWords, toWords, byWordFrom, byWordTo }: Indexed,
  rare: (word: number) => boolean,
  score: (i: number, j: number) => void,
): void {
  const reached = new Set<number>();
  const scanned = new Set<number>();
  const seen = new Set<number>();
  const through = (ws: number[], byWord: Map<number, number[]>, only: (w: number) => boolean) => {
    seen.clear();
    for (const w of ws) if (only(w)) for (const k of byWord.get(w) ?? []) seen.add(k);
    return seen;
  };
  for (const [i, ws] of fromWords) {
    const found = through(ws, byWordTo, rare);
    if (!found.size) continue;
    for (const j of found) {
      reached.add(j);
      score(i, j);
    }
    scanned.add(i);
  }
  for (const [i, ws] of fromWords)
    if (!scanned.has(i)) for (const j of through(ws, byWordTo, () => true)) score(i, j);
  for (const [j, ws] of toWords)
    if (!reached.has(j))
      for (const i of through(ws, byWordFrom, () => true)) if (scanned.has(i)) score(i, j);
}

/**
 * Similar texts, among those left. Words become numbers, and each item finds the items of the
 * other side through an index of their words (its rarer words, when it has any), so only
 * items that share a word are ever scored.
 */
function pairSimilar(from: readonly string[], to: readonly string[], pairs: Pairs) {
  const { pairOf, usedTo } = pairs;
  const ids = new Map<string, number>();
  const wordIds = (text: string) =>
    wordsOf(text).map((w) => ids.get(w) ?? (ids.set(w, ids.size), ids.size - 1));
  const fromWords = new Map<number, number[]>();
  from.forEach((text, i) => !pairOf.has(i) && fromWords.set(i, wordIds(text)));
  const toWords = new Map<number, number[]>();
  to.forEach((text, j) => !usedTo.has(j) && toWords.set(j, wordIds(text)));
  const toSets = new Map([...toWords].map(([j, w]) => [j, new Set(w)]));
  const [byWordFrom, byWordTo] = [indexOf(fromWords), indexOf(toWords)];
  const limit = commonAbove(fromWords.size + toWords.size);
  const rare = (w: number) =>
    (byWordFrom.get(w)?.length ?? 0) + (byWordTo.get(w)?.length ?? 0) <= limit;

  // Ties are broken by the texts: every distinct text is ranked once, then numbers compare.
  const rank = new Map([...new Set([...from, ...to])].sort().map((t, k) => [t, k]));
  const fromRank = from.map((t) => rank.get(t)!);
  const toRank = to.map((t) => rank.get(t)!);
  const better = (p: Candidate, q: Candidate) => {
    if (p.score !== q.score) return q.score - p.score;
    const [a1, a2] = ordered(fromRank[p.i]!, toRank[p.j]!);
    const [b1, b2] = ordered(fromRank[q.i]!, toRank[q.j]!);
    return a1 - b1 || a2 - b2;
  };
  // Each item's best few candidates, kept as they are found.
  const bestOf = { i: new Map<number, Candidate[]>(), j: new Map<number, Candidate[]>() };
  const offer = (key: 'i' | 'j', c: Candidate) => {
    const list = bestOf[key].get(c[key]) ?? [];
    if (list.length === CANDIDATES_PER_ITEM && better(c, list.at(-1)!) >= 0) return;
    let at = list.length;
    while (at > 0 && better(c, list[at - 1]!) < 0) at--;
    list.splice(at, 0, c);
    if (list.length > CANDIDATES_PER_ITEM) list.pop();
    bestOf[key].set(c[key], list);
  };
  const score = (i: number, j: number) => {
    const a = fromWords.get(i)!;
    const b = toSets.get(j)!;
    let shared = 0;
    for (const w of a) if (b.has(w)) shared++;
    const size = a.length + b.size;
    const alike = (2 * shared) / size;
    // Below the threshold on the words alike, a pair may still be one with typos fixed:
    // scored word by word, only where the words unlike could be enough.
    const value =
      alike < REWORD_THRESHOLD && (2 * Math.min(a.length, b.size)) / size >= REWORD_THRESHOLD
        ? similarity(from[i]!, to[j]!)
        : alike;
    if (value < REWORD_THRESHOLD) return;
    const c = { i, j, score: value };
    offer('i', c);
    offer('j', c);
  };

  scoreSharing({ fromWords, toWords, byWordFrom, byWordTo }, rare, score);
  const candidates = [...new Set([...bestOf.i.values(), ...bestOf.j.values()].flat())].sort(better);
  for (const { i, j } of candidates) {
    if (pairOf.has(i) || usedTo.has(j)) continue;
    pairOf.set(i, { j, type: 'reworded' });
    usedTo.add(j);
  }
}

/**
 * The pairings in order: a paired or added item at its place in `to`; a removed one just after
 * the closest item before it in `from` that has a place.
 */
function inOrder(from: readonly string[], to: readonly string[], { pairOf }: Pairs): Pairing[] {
  const placed: { at: number; pairing: Pairing }[] = [];
  const fromOf = new Map([...pairOf].map(([i, { j }]) => [j, i]));
  to.forEach((_, j) => {
    const i = fromOf.get(j);
    placed.push({
      at: j,
      pairing:
        i === undefined ? { type: 'added', to: j } : { type: pairOf.get(i)!.type, from: i, to: j },
    });
  });
  let anchor = -1;
  from.forEach((_, i) => {
    const pair = pairOf.get(i);
    if (pair) anchor = pair.j;
    else placed.push({ at: anchor + 0.5, pairing: { type: 'removed', from: i } });
  });
  return placed.sort((a, b) => a.at - b.at).map((p) => p.pairing);
}

/**
 * Pairs the items of two lists, whatever their order: the same item ids first (when `itemIds`
 * are given), then identical texts, then the most similar remaining pairs at or above the
 * threshold; each item pairs at most once. Ties are
 * broken by the texts, never by which side is which, so swapping the sides swaps the result.
 * The result follows the order of `to`, each removed item placed after its predecessor in
 * `from`.
 */
export function pairItems(
  from: readonly string[],
  to: readonly string[],
  itemIds?: ItemIds,
): Pairing[] {
  const pairs: Pairs = { pairOf: new Map(), usedTo: new Set() };
  if (itemIds) pairByIds(from, to, itemIds, pairs);
  pairExact(from, to, pairs);
  pairSimilar(from, to, pairs);
  return inOrder(from, to, pairs);
}

/** The links in an item's text. */
export function itemLinks(item: Item): ItemLink[] {
  const links: ItemLink[] = [];
  for (const run of item.runs ?? []) {
    if (run.href === undefined) continue;
    const last = links.at(-1);
    // Runs of one link that are marked up differently ("[**a** b](x)") are one link.
    if (last && last.url === run.href && links.length > 0) last.text += run.text;
    else links.push({ text: run.text, url: run.href });
  }
  return links;
}

const sameLinks = (a: ItemLink[], b: ItemLink[]) =>
  a.length === b.length && a.every((l, i) => l.url === b[i]!.url);

function change(pairing: Pairing, from: Item[], to: Item[]): Change {
  const a = pairing.from === undefined ? undefined : from[pairing.from];
  const b = pairing.to === undefined ? undefined : to[pairing.to];
  if (!a || !b) return a ? { type: 'removed', from: a } : { type: 'added', to: b! };
  const links = { from: itemLinks(a), to: itemLinks(b) };
  const relinked = !sameLinks(links.from, links.to);
  const type = pairing.type === 'unchanged' && relinked ? 'relinked' : pairing.type;
  const subs = subChanges(a.items ?? [], b.items ?? []);
  return { type, from: a, to: b, ...(relinked ? { link: links } : {}), ...subs };
}

/** Two items' sub-items, paired as items are; nothing when they read the same. */
function subChanges(from: Item[], to: Item[]): { subChanges?: Change[] } {
  if (!from.length && !to.length) return {};
  const pairings = pairItems(
    from.map((i) => i.text),
    to.map((i) => i.text),
  );
  const changes = pairings.map((p) => change(p, from, to));
  return changes.some((c) => c.type !== 'unchanged') ? { subChanges: changes } : {};
}

/** What a section's items are compared as: its intro, when it has one, counts as one more. */
const compared = (value: SectionValue) =>
  value.intro ? [value.intro, ...value.items] : value.items;

const sizeOf = (value: SectionValue | undefined) =>
  value?.status === 'defined' ? value.items.length : 0;

function compareSection(
  section: SectionDef,
  a: SectionValue | undefined,
  b: SectionValue | undefined,
): SectionDiff {
  const status = { from: a?.status ?? 'wip', to: b?.status ?? 'wip' };
  const kind = { from: a?.kind ?? section.kind, to: b?.kind ?? section.kind };
  const size = { from: sizeOf(a), to: sizeOf(b) };
  const [linkFrom, linkTo] = [a?.link ?? null, b?.link ?? null];
  const link =
    linkFrom?.url !== linkTo?.url || linkFrom?.title !== linkTo?.title
      ? { link: { from: linkFrom, to: linkTo } }
      : {};
  if (status.from !== 'defined' || status.to !== 'defined')
    return { section, status, kind, changes: [], size, ...link };
  const [from, to] = [compared(a!), compared(b!)];
  // Prose against prose is one passage, rewritten or not, however little of it is kept.
  const pairings: Pairing[] =
    kind.from === 'text' && kind.to === 'text' && from.length === 1 && to.length === 1
      ? [{ type: from[0]!.text === to[0]!.text ? 'unchanged' : 'reworded', from: 0, to: 0 }]
      : pairItems(
          from.map((i) => i.text),
          to.map((i) => i.text),
          { from: from.map((i) => i.id), to: to.map((i) => i.id) },
        );
  return {
    section,
    status,
    kind,
    size,
    changes: pairings.map((p) => change(p, from, to)),
    ...link,
  };
}

/** What changes from one level to another, section by section. Any two levels compare. */
export function diffLevels(from: Level, to: Level, sections: readonly SectionDef[]): LevelDiff {
  const diffs = sections.map((s) => compareSection(s, from.sections[s.id], to.sections[s.id]));
  const summary: Summary = { added: 0, removed: 0, reworded: 0, relinked: 0, unchanged: 0 };
  for (const c of diffs.flatMap((d) => d.changes)) summary[c.type]++;
  return { from, to, summary, sections: diffs };
}
