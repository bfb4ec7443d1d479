import {
  startAssessment,
  type Action,
  type Assessment,
  type AssessedItem,
  type Participants,
  type StoredAssessment,
} from './assessment.js';
import type { Comparison, ComparedItem } from './compare.js';

// An agreed outcome: the assessment a check-in ends in, settling two assessments of one person,
// with what will be done about its items.

/** The items of an outcome, in the ladder's order, each with the compared item it settles. */
function settledItems(comparison: Comparison, sections: string[]): ComparedItem[] {
  const order = (c: ComparedItem) => [
    sections.indexOf(c.section),
    c.at.left ?? Number.MAX_SAFE_INTEGER,
    c.at.right ?? 0,
  ];
  return [...comparison.items].sort((x, y) => {
    const [a, b] = [order(x), order(y)];
    return a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!;
  });
}

/**
 * A new outcome of two assessments: every item either side answered, those they agree on
 * already answered so, the others open. `walk` is what a check-in asks, in order: the open
 * items, or every item with `all`. `refer` says how the outcome names each source's file.
 */
export function startOutcome(
  { left, right }: { left: StoredAssessment; right: StoredAssessment },
  comparison: Comparison,
  who: Participants,
  now: Date,
  options: { all: boolean; refer: (path: string) => string },
): { outcome: Assessment; walk: number[] } {
  const sections = [
    ...new Set([...left.assessment.items, ...right.assessment.items].map((i) => i.section)),
  ];
  const settled = settledItems(comparison, sections);
  const positions = new Map<string, number>();
  const items: AssessedItem[] = settled.map((c) => {
    const position = (positions.get(c.section) ?? 0) + 1;
    positions.set(c.section, position);
    const agreed = c.gap === 0 ? c.left!.status : null;
    return {
      section: c.section,
      ...(c.id !== null ? { id: c.id } : {}),
      position,
      text: c.text,
      status: agreed,
      note: '',
    };
  });
  const outcome: Assessment = {
    ...startAssessment(left.assessment.level, items, who, now),
    sources: [left, right].map((s) => ({
      file: options.refer(s.path),
      role: s.assessment.role,
      assessor: s.assessment.assessor,
    })),
    actions: [],
  };
  const walk = items.flatMap((item, i) => (options.all || item.status === null ? [i] : []));
  return { outcome, walk };
}

/** The compared item an outcome's item settles: by section and id, else by text. */
export function comparedFor(comparison: Comparison, item: AssessedItem): ComparedItem | undefined {
  return (
    comparison.items.find(
      (c) => c.section === item.section && item.id !== undefined && c.id === item.id,
    ) ?? comparison.items.find((c) => c.section === item.section && c.text === item.text)
  );
}

/** The action agreed on an item, if any. */
export const actionOf = (outcome: Assessment, index: number): Action | undefined =>
  outcome.actions?.find((a) => a.item === index);

/** A copy with the item's action set, replaced, or (with no text) removed. */
export function withAction(
  outcome: Assessment,
  index: number,
  action: { id: string; text: string; due: string | null } | undefined,
  now: Date,
): Assessment {
  const others = (outcome.actions ?? []).filter((a) => a.item !== index);
  const item = outcome.items[index]!;
  const actions: Action[] = action
    ? [...others, { ...action, section: item.section, item: index, status: 'open' as const }]
    : others;
  actions.sort((a, b) => a.item - b.item);
  return { ...outcome, actions, updatedAt: now.toISOString() };
}

/**
 * A copy with one action marked done. Its time stays when the outcome was agreed: closing an
 * action later does not move the outcome's readiness to that day, in history or in a team.
 */
export function withActionDone(outcome: Assessment, id: string): Assessment {
  return {
    ...outcome,
    actions: (outcome.actions ?? []).map((a) => (a.id === id ? { ...a, status: 'done' } : a)),
  };
}

/**
 * The next action id for a level, `director-3`, after every id the store already holds: short
 * enough to type in `ladder agree --done`, and never given twice for one person.
 */
export function nextActionId(levelId: string, taken: Iterable<string>): string {
  let highest = 0;
  const prefix = `${levelId}-`;
  for (const id of taken) {
    const n = id.startsWith(prefix) ? Number(id.slice(prefix.length)) : NaN;
    if (Number.isInteger(n)) highest = Math.max(highest, n);
  }
  return `${prefix}${highest + 1}`;
}

/** An action with the outcome it is kept in and the item it is about. */
export interface ActionEntry {
  action: Action;
  stored: StoredAssessment;
  item: AssessedItem | undefined;
}

/** Every action in these outcomes, oldest outcome first. */
export function actionsIn(outcomes: StoredAssessment[]): ActionEntry[] {
  return outcomes.flatMap((stored) =>
    (stored.assessment.actions ?? []).map((action) => ({
      action,
      stored,
      item: stored.assessment.items[action.item],
    })),
  );
}

/** Whether an action is about this item of an assessment: the same section, and id or text. */
export function actionIsAbout(entry: ActionEntry, item: AssessedItem): boolean {
  const about = entry.item;
  if (!about || about.section !== item.section) return false;
  return about.id !== undefined && item.id !== undefined
    ? about.id === item.id
    : about.text === item.text;
}
