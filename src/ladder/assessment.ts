import type { Ladder, Level, SectionDef } from './types.js';

export type AnswerStatus = 'met' | 'partly' | 'not-yet' | 'na';

export const STATUSES: readonly AnswerStatus[] = ['met', 'partly', 'not-yet', 'na'];

export const STATUS_LABEL: Record<AnswerStatus, string> = {
  met: 'Met',
  partly: 'Partly',
  'not-yet': 'Not yet',
  na: 'Not applicable',
};

/** One item as it was asked: the ladder's id and text at that time, and the answer. */
export interface AssessedItem {
  section: string;
  id?: string;
  /** 1-based position within its section when it was asked. */
  position: number;
  text: string;
  status: AnswerStatus | null;
  note: string;
}

export interface Assessment {
  format: 1;
  level: { id: string; title: string };
  startedAt: string;
  updatedAt: string;
  complete: boolean;
  /** Years of experience, when given, and the level's guideline at that time. */
  years: number | null;
  yearsGuideline: string | null;
  items: AssessedItem[];
  /** Answers to items the ladder no longer has, kept so that nothing entered is lost. */
  retired: AssessedItem[];
}

/** An assessment and the file it is kept in. */
export interface StoredAssessment {
  path: string;
  assessment: Assessment;
}

/** Sections whose items can be assessed: defined list sections with at least one item. */
function withItems(level: Level, sections: readonly SectionDef[]): SectionDef[] {
  return sections.filter((s) => {
    const value = level.sections[s.id];
    return value?.status === 'defined' && value.items.length > 0;
  });
}

/**
 * What a level is assessed against: its assessed sections (checkpoints) when they are written;
 * otherwise `fallback` lists the expectation lists that can stand in for them.
 */
export function assessableSections(
  ladder: Ladder,
  level: Level,
): { assessed: SectionDef[]; fallback: SectionDef[] } {
  return {
    assessed: withItems(
      level,
      ladder.sections.filter((s) => s.assessed),
    ),
    fallback: withItems(
      level,
      ladder.sections.filter((s) => !s.assessed && level.sections[s.id]?.kind === 'list'),
    ),
  };
}

export function itemsFor(level: Level, sections: readonly SectionDef[]): AssessedItem[] {
  return sections.flatMap((section) =>
    (level.sections[section.id]?.items ?? []).map((item, i) => ({
      section: section.id,
      ...(item.id ? { id: item.id } : {}),
      position: i + 1,
      text: item.text,
      status: null,
      note: '',
    })),
  );
}

export function startAssessment(
  level: Level,
  sections: readonly SectionDef[],
  now: Date,
): Assessment {
  const at = now.toISOString();
  return {
    format: 1,
    level: { id: level.id, title: level.title },
    startedAt: at,
    updatedAt: at,
    complete: false,
    years: null,
    yearsGuideline: null,
    items: itemsFor(level, sections),
    retired: [],
  };
}

/** A copy of the assessment with one item's answer (and note) set. */
export function withAnswer(
  assessment: Assessment,
  index: number,
  answer: { status: AnswerStatus; note?: string },
  now: Date,
): Assessment {
  const items = assessment.items.map((item, i) =>
    i === index ? { ...item, status: answer.status, note: answer.note ?? item.note } : item,
  );
  return {
    ...assessment,
    items,
    updatedAt: now.toISOString(),
    complete: items.every((i) => i.status !== null),
  };
}

export function firstUnanswered(assessment: Assessment): number {
  return assessment.items.findIndex((item) => item.status === null);
}

const sameItem = (a: AssessedItem, b: AssessedItem) =>
  a.section === b.section &&
  (a.id !== undefined && b.id !== undefined ? a.id === b.id : a.text === b.text);

export interface LadderChanges {
  /** Saved answers whose item the ladder no longer has. */
  gone: AssessedItem[];
  /** Items the ladder has now that were not asked. */
  added: AssessedItem[];
  /** Items found by id whose text has changed since. */
  edited: { before: AssessedItem; after: AssessedItem }[];
  /** Each current item that was asked before, with the saved item it matches. */
  matched: Map<AssessedItem, AssessedItem>;
}

/**
 * Compares the items of a saved assessment with the ladder's items now, matching by item id,
 * or else by exact text within the same section.
 */
export function compareWithLadder(saved: AssessedItem[], current: AssessedItem[]): LadderChanges {
  const matched = new Map<AssessedItem, AssessedItem>();
  const used = new Set<AssessedItem>();
  const edited: LadderChanges['edited'] = [];
  const added: AssessedItem[] = [];
  for (const item of current) {
    const before = saved.find((s) => !used.has(s) && sameItem(s, item));
    if (!before) {
      added.push(item);
      continue;
    }
    used.add(before);
    matched.set(item, before);
    if (before.text !== item.text) edited.push({ before, after: item });
  }
  return { gone: saved.filter((s) => !used.has(s)), added, edited, matched };
}

/**
 * The assessment carried over to the ladder's items now: answers follow their items by id or
 * text; answers to items that are gone are kept aside as retired.
 */
export function carryOver(
  assessment: Assessment,
  current: AssessedItem[],
): { assessment: Assessment; changes: LadderChanges } {
  const changes = compareWithLadder(assessment.items, current);
  // The same matches as the changes report, so an answer is never both carried and retired.
  const items = current.map((item) => {
    const before = changes.matched.get(item);
    return before ? { ...item, status: before.status, note: before.note } : item;
  });
  return {
    changes,
    assessment: {
      ...assessment,
      items,
      retired: [...assessment.retired, ...changes.gone.filter((g) => g.status !== null)],
      complete: items.every((i) => i.status !== null),
    },
  };
}
