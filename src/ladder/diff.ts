import type { Level, SectionDef, SectionValue } from './types.js';

export type ChangeType = 'unchanged' | 'reworded' | 'added' | 'removed';

/** One item (or a text section's value) compared across two levels. */
export interface Change {
  type: ChangeType;
  from?: string;
  to?: string;
}

export interface SectionDiff {
  section: SectionDef;
  status: { from: SectionValue['status']; to: SectionValue['status'] };
  /** Empty when either side is WIP or N/A: there is nothing to compare item by item. */
  changes: Change[];
  /** The number of items (or 1 for text) on each side, for "3 items → WIP". */
  size: { from: number; to: number };
}

export interface Summary {
  added: number;
  removed: number;
  reworded: number;
  unchanged: number;
}

export interface LevelDiff {
  from: Level;
  to: Level;
  summary: Summary;
  sections: SectionDiff[];
}

/** Items at least this similar are the same item reworded; below it, one removed, one added. */
export const REWORD_THRESHOLD = 0.6;

// Words that say little about what an item is about; left out of the similarity score so that
// two unrelated sentences do not look alike through "and", "the" and "of".
const STOP_WORDS = new Set(
  'a an and are as at be by for from in is it its of on or that the their these this to with'.split(
    ' ',
  ),
);

function tokens(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}'-]+/u)
      .filter((word) => word && !STOP_WORDS.has(word)),
  );
}

/** Dice coefficient of the two texts' word sets: 1 for the same words, 0 for none shared. */
export function similarity(a: string, b: string): number {
  const ta = tokens(a);
  const tb = tokens(b);
  if (ta.size === 0 && tb.size === 0) return a.trim() === b.trim() ? 1 : 0;
  let shared = 0;
  for (const word of ta) if (tb.has(word)) shared++;
  return (2 * shared) / (ta.size + tb.size);
}

/**
 * Pairs the items of two lists, whatever their order: identical items first, then the most
 * similar remaining pairs above the threshold; each item pairs at most once. Ties are broken by
 * the texts, never by which side is which, so swapping the sides swaps the result.
 * The changes follow the order of `to`, each removed item placed after its predecessor in `from`.
 */
export function pairItems(from: readonly string[], to: readonly string[]): Change[] {
  const pairOf = new Map<number, { j: number; type: 'unchanged' | 'reworded' }>();
  const usedTo = new Set<number>();

  const candidates: { i: number; j: number; score: number }[] = [];
  from.forEach((a, i) =>
    to.forEach((b, j) => {
      const score = a === b ? 2 : similarity(a, b);
      if (score >= REWORD_THRESHOLD) candidates.push({ i, j, score });
    }),
  );
  const key = (c: { i: number; j: number }) => {
    const [x, y] = [from[c.i]!, to[c.j]!].sort();
    return `${x}\u0000${y}`;
  };
  candidates.sort((p, q) => q.score - p.score || (key(p) < key(q) ? -1 : key(p) > key(q) ? 1 : 0));
  for (const { i, j, score } of candidates) {
    if (pairOf.has(i) || usedTo.has(j)) continue;
    pairOf.set(i, { j, type: score === 2 ? 'unchanged' : 'reworded' });
    usedTo.add(j);
  }

  // Sort keys: a paired or added item sits at its place in `to`; a removed one just after the
  // closest item before it in `from` that has a place.
  const placed: { at: number; change: Change }[] = [];
  const fromOf = new Map([...pairOf].map(([i, { j }]) => [j, i]));
  to.forEach((text, j) => {
    const i = fromOf.get(j);
    placed.push({
      at: j,
      change:
        i === undefined
          ? { type: 'added', to: text }
          : { type: pairOf.get(i)!.type, from: from[i]!, to: text },
    });
  });
  let anchor = -1;
  from.forEach((text, i) => {
    const pair = pairOf.get(i);
    if (pair) anchor = pair.j;
    else placed.push({ at: anchor + 0.5, change: { type: 'removed', from: text } });
  });
  return placed.sort((a, b) => a.at - b.at).map((p) => p.change);
}

function sizeOf(value: SectionValue | undefined): number {
  if (!value || value.status !== 'defined') return 0;
  return value.items ? value.items.length : 1;
}

function compareSection(
  section: SectionDef,
  a: SectionValue | undefined,
  b: SectionValue | undefined,
): SectionDiff {
  const status = { from: a?.status ?? 'wip', to: b?.status ?? 'wip' };
  const size = { from: sizeOf(a), to: sizeOf(b) };
  if (status.from !== 'defined' || status.to !== 'defined')
    return { section, status, changes: [], size };
  const texts = (v: SectionValue) => (v.items ? v.items.map((i) => i.text) : [v.text ?? '']);
  const [from, to] = [texts(a!), texts(b!)];
  if (section.kind === 'text' || (!a!.items && !b!.items)) {
    const [x, y] = [from.join('\n'), to.join('\n')];
    return {
      section,
      status,
      size,
      changes: [
        x === y ? { type: 'unchanged', from: x, to: y } : { type: 'reworded', from: x, to: y },
      ],
    };
  }
  return { section, status, size, changes: pairItems(from, to) };
}

/** What changes from one level to another, section by section. Any two levels compare. */
export function diffLevels(from: Level, to: Level, sections: readonly SectionDef[]): LevelDiff {
  const diffs = sections.map((s) => compareSection(s, from.sections[s.id], to.sections[s.id]));
  const summary: Summary = { added: 0, removed: 0, reworded: 0, unchanged: 0 };
  for (const change of diffs.flatMap((d) => d.changes)) summary[change.type]++;
  return { from, to, summary, sections: diffs };
}
