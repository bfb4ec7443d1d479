import type { AnswerStatus, Assessment, AssessedItem } from './assessment.js';

/** One side's answer to an item. */
export interface SideAnswer {
  status: AnswerStatus | null;
  note: string;
}

/** An item as two assessments answered it; a side that does not have the item is null. */
export interface ComparedItem {
  section: string;
  id: string | null;
  text: string;
  left: SideAnswer | null;
  right: SideAnswer | null;
  /** Steps apart on Not yet, Partly, Met (N/A against anything else: 1); null unless both answered. */
  gap: 0 | 1 | 2 | null;
  /** The item's place in each assessment, for the outcome and the order. */
  at: { left: number | null; right: number | null };
}

export interface ComparisonSummary {
  agree: number;
  disagree: number;
  /** Answered on one side only: the other has no such item, or left it open. */
  onlyLeft: number;
  onlyRight: number;
}

export interface Comparison {
  /** Disagreements first, the furthest apart first; then agreements; then one-sided items. */
  items: ComparedItem[];
  summary: ComparisonSummary;
}

const SCALE: Record<Exclude<AnswerStatus, 'na'>, number> = { 'not-yet': 0, partly: 1, met: 2 };

/** How far apart two answers are: 0, 1 or 2 steps; Not applicable against anything else is 1. */
export function gapBetween(a: AnswerStatus, b: AnswerStatus): 0 | 1 | 2 {
  if (a === 'na' || b === 'na') return a === b ? 0 : 1;
  return Math.abs(SCALE[a] - SCALE[b]) as 0 | 1 | 2;
}

const answered = (side: SideAnswer | null): side is SideAnswer & { status: AnswerStatus } =>
  side !== null && side.status !== null;

/** Where an item stands in the order: disagreements, agreements, then the one-sided. */
function rank(item: ComparedItem): number {
  if (item.gap === null) return 3;
  return item.gap === 0 ? 2 : 2 - item.gap;
}

/**
 * Pairs the items of two assessments: by section and item id, then by exact text within a
 * section, in order, as a resumed assessment matches the ladder's items. Either side may have
 * items the other lacks, when the two were taken against different versions of the ladder.
 */
function pairs(left: AssessedItem[], right: AssessedItem[]): [number | null, number | null][] {
  const pairOf = new Map<number, number>();
  const usedRight = new Set<number>();
  // The k-th item with a key on one side pairs with the k-th with that key on the other.
  const match = (key: (item: AssessedItem) => string | undefined) => {
    const queues = new Map<string, number[]>();
    right.forEach((item, j) => {
      const k = key(item);
      if (k === undefined || usedRight.has(j)) return;
      queues.set(k, [...(queues.get(k) ?? []), j]);
    });
    left.forEach((item, i) => {
      const k = key(item);
      if (k === undefined || pairOf.has(i)) return;
      const j = queues.get(k)?.shift();
      if (j === undefined) return;
      pairOf.set(i, j);
      usedRight.add(j);
    });
  };
  match((item) => (item.id === undefined ? undefined : `${item.section}\u0000${item.id}`));
  match((item) => `${item.section}\u0000${item.text}`);
  const result: [number | null, number | null][] = left.map((_, i) => [i, pairOf.get(i) ?? null]);
  right.forEach((_, j) => {
    if (!usedRight.has(j)) result.push([null, j]);
  });
  return result;
}

/**
 * Sets two assessments of one level side by side, item by item. An item both answered is an
 * agreement (gap 0) or a disagreement; an item only one side answered counts for that side.
 * Items neither side answered are left out.
 */
export function compareAssessments(left: Assessment, right: Assessment): Comparison {
  const side = (item: AssessedItem | undefined): SideAnswer | null =>
    item ? { status: item.status, note: item.note } : null;
  const items: ComparedItem[] = [];
  for (const [i, j] of pairs(left.items, right.items)) {
    const a = i === null ? undefined : left.items[i];
    const b = j === null ? undefined : right.items[j];
    const [l, r] = [side(a), side(b)];
    if (!answered(l) && !answered(r)) continue;
    const shown = (a ?? b)!;
    items.push({
      section: shown.section,
      id: shown.id ?? null,
      // The left side's wording, as the left side was asked it.
      text: shown.text,
      left: l,
      right: r,
      gap: answered(l) && answered(r) ? gapBetween(l.status, r.status) : null,
      at: { left: i, right: j },
    });
  }
  // A stable sort: within each rank, the items keep the left assessment's order.
  items.sort((x, y) => rank(x) - rank(y));
  const summary: ComparisonSummary = { agree: 0, disagree: 0, onlyLeft: 0, onlyRight: 0 };
  for (const item of items) {
    if (item.gap === 0) summary.agree++;
    else if (item.gap !== null) summary.disagree++;
    else if (answered(item.left)) summary.onlyLeft++;
    else summary.onlyRight++;
  }
  return { items, summary };
}
