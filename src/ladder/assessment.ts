import { grouped } from './words.js';
import type { Person } from './people.js';
import { UserError } from '../errors.js';
import { LIMITS } from './limits.js';
import type { Ladder, Level, SectionDef } from './types.js';

export type AnswerStatus = 'met' | 'partly' | 'not-yet' | 'na';

export const STATUSES: readonly AnswerStatus[] = ['met', 'partly', 'not-yet', 'na'];

export const STATUS_LABEL: Record<AnswerStatus, string> = {
  met: 'Met',
  partly: 'Partly',
  'not-yet': 'Not yet',
  na: 'Not applicable',
};

/** Who gave the answers, with respect to whom they are about. */
export type Role = 'self' | 'manager' | 'peer' | 'agreed';

/** One item as it was asked: the ladder's id and text at that time, and the answer. */
export interface AssessedItem {
  section: string;
  id?: string;
  /** 1-based position within its section when it was asked. */
  position: number;
  /** The visible text of the item when it was asked. */
  text: string;
  status: AnswerStatus | null;
  note: string;
  /**
   * The answer given to this item before the ladder reworded it: the item is asked again,
   * and this is shown beside the question until it is answered.
   */
  before?: { text: string; status: AnswerStatus; note: string };
}

/** What was agreed to do about an item, in a check-in outcome. */
export interface Action {
  id: string;
  /** The item the action is about: its section and its index in `items`. */
  section: string;
  item: number;
  text: string;
  due: string | null;
  status: 'open' | 'done';
}

/**
 * Where an unfinished session stopped: `--resume` continues from exactly there. `action` is
 * a check-in's, between an item's agreed answer and what will be done about it.
 */
export interface Progress {
  item: number;
  step: 'rate' | 'note' | 'review' | 'action';
}

export interface Assessment {
  format: 2;
  level: { id: string; title: string };
  /** Who the answers are about, and who gave them; null in a file older than both. */
  subject: Person | null;
  assessor: Person | null;
  role: Role;
  startedAt: string;
  updatedAt: string;
  /** Set once the answers are reviewed and finished; never by answering the last item. */
  complete: boolean;
  /** Years of experience, when given, and the level's guideline at that time. */
  years: number | null;
  yearsGuideline: string | null;
  items: AssessedItem[];
  /** Answers to items the ladder no longer has, kept so that nothing entered is lost. */
  retired: AssessedItem[];
  progress?: Progress;
  /** For an agreed outcome: the two assessments it settles. */
  sources?: { file: string; role: Role; assessor: Person | null }[];
  /** For an agreed outcome: what will be done about the items. */
  actions?: Action[];
}

/** An assessment and the file it is kept in. */
export interface StoredAssessment {
  path: string;
  assessment: Assessment;
}

/** Sections whose items can be assessed: defined sections with at least one item. */
function withItems(level: Level, sections: readonly SectionDef[]): SectionDef[] {
  return sections.filter((s) => {
    const value = level.sections[s.id];
    return value?.status === 'defined' && value.items.length > 0;
  });
}

/** The id of the years-of-experience guideline: a signal beside an assessment, never rated. */
export const YEARS = 'years';

/**
 * The sections `assess` walks through: those ladder.yaml marks `assessed`; when it marks none,
 * every section but the years guideline, prose as one item (a real ladder's expectations are
 * what people assess themselves on).
 */
export function assessedDefs(ladder: Ladder): SectionDef[] {
  const marked = ladder.sections.filter((s) => s.assessed);
  return marked.length ? marked : ladder.sections.filter((s) => s.id !== YEARS);
}

/** Whether the ladder marks its assessed sections, or the default of every section applies. */
export const marksAssessed = (ladder: Ladder) => ladder.sections.some((s) => s.assessed);

/**
 * What a level is assessed against: its assessed sections when they are written; otherwise
 * `fallback` lists the expectation lists that can stand in for them.
 */
export function assessableSections(
  ladder: Ladder,
  level: Level,
): { assessed: SectionDef[]; fallback: SectionDef[] } {
  const assessed = assessedDefs(ladder);
  return {
    assessed: withItems(level, assessed),
    fallback: withItems(
      level,
      ladder.sections.filter((s) => !assessed.includes(s) && level.sections[s.id]?.kind === 'list'),
    ),
  };
}

/**
 * Every section of the level that can be named to assess: any written one, prose included, but
 * the years guideline.
 */
export const namableSections = (ladder: Ladder, level: Level): SectionDef[] =>
  withItems(
    level,
    ladder.sections.filter((s) => s.id !== YEARS),
  );

/**
 * The sub-items of the level's item an assessed item was asked from: guidance shown with the
 * question, never rated. Found by id, else by position and text.
 */
export function guidanceOf(level: Level | undefined, item: AssessedItem): string[] {
  const items = level?.sections[item.section]?.items ?? [];
  const found =
    (item.id !== undefined ? items.find((i) => i.id === item.id) : undefined) ??
    (items[item.position - 1]?.text === item.text ? items[item.position - 1] : undefined);
  return (found?.items ?? []).map((s) => s.text);
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

export interface Participants {
  subject: Person | null;
  assessor: Person | null;
  role: Role;
}

/** An assessment holds up to LIMITS.items items: a larger level is refused before a question. */
export function checkAssessable(level: Pick<Level, 'title'>, count: number): void {
  if (count > LIMITS.items)
    throw new UserError(
      `${level.title} has ${grouped(count)} items to assess; an assessment holds at most ${grouped(LIMITS.items)}`,
      1,
      'assess some of its sections with --section',
    );
}

export function startAssessment(
  level: Pick<Level, 'id' | 'title'>,
  items: AssessedItem[],
  who: Participants,
  now: Date,
): Assessment {
  checkAssessable(level, items.length);
  const at = now.toISOString();
  return {
    format: 2,
    level: { id: level.id, title: level.title },
    subject: who.subject,
    assessor: who.assessor,
    role: who.role,
    startedAt: at,
    updatedAt: at,
    complete: false,
    years: null,
    yearsGuideline: null,
    items,
    retired: [],
    progress: { item: 0, step: 'rate' },
  };
}

type Answer = { status?: AnswerStatus; note?: string };

function answered(item: AssessedItem, answer: Answer): AssessedItem {
  const { before: _answeredAgain, ...rest } = item;
  return {
    ...(answer.status === undefined ? item : rest),
    status: answer.status ?? item.status,
    note: answer.note ?? item.note,
  };
}

/** A copy of the assessment with one item's answer, or its note, changed. */
export const withAnswer = (
  assessment: Assessment,
  index: number,
  answer: Answer,
  now: Date,
): Assessment => withAnswers(assessment, new Map([[index, answer]]), now);

/** A copy with many answers given at once, by item index: one pass, however many there are. */
export function withAnswers(
  assessment: Assessment,
  answers: ReadonlyMap<number, Answer>,
  now: Date,
): Assessment {
  const items = assessment.items.map((item, i) => {
    const answer = answers.get(i);
    return answer ? answered(item, answer) : item;
  });
  return { ...assessment, items, updatedAt: now.toISOString() };
}

/** A copy that remembers where the session stands; a finished one forgets it. */
export function at(assessment: Assessment, progress: Progress | undefined): Assessment {
  const { progress: _old, ...rest } = assessment;
  return progress ? { ...rest, progress } : rest;
}

export function finish(assessment: Assessment, now: Date): Assessment {
  return { ...at(assessment, undefined), complete: true, updatedAt: now.toISOString() };
}

export const answeredCount = (a: Assessment): number =>
  a.items.filter((i) => i.status !== null).length;

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
 * The assessment carried over to the ladder's items now. Answers follow their items by id or
 * text; an item reworded since it was answered is to be answered again, with the earlier
 * answer kept beside it; answers to items that are gone are kept aside as retired.
 */
export function carryOver(
  assessment: Assessment,
  current: AssessedItem[],
): { assessment: Assessment; changes: LadderChanges } {
  const changes = compareWithLadder(assessment.items, current);
  const items = current.map((item): AssessedItem => {
    const before = changes.matched.get(item);
    if (!before) return item;
    if (before.text === item.text) {
      return {
        ...item,
        status: before.status,
        note: before.note,
        ...(before.before ? { before: before.before } : {}),
      };
    }
    if (before.status === null) return { ...item, note: before.note };
    return {
      ...item,
      status: null,
      note: before.note,
      before: { text: before.text, status: before.status, note: before.note },
    };
  });
  return {
    changes,
    assessment: {
      ...assessment,
      items,
      retired: [...assessment.retired, ...changes.gone.filter((g) => g.status !== null)],
    },
  };
}
