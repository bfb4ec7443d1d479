import { STATUSES, type AnswerStatus, type AssessedItem } from './assessment.js';
import { positionOf, type SourceDoc } from './source.js';
import type { Problem } from '../errors.js';
import { isDate } from './dates.js';
import { LIMITS, overLimit } from './limits.js';
import { isObject } from './shapes.js';

export interface GivenAnswer {
  status: AnswerStatus;
  note: string;
  /** In an agreed outcome: what will be done, and by when (YYYY-MM-DD). */
  action?: string;
  due?: string;
}

export interface ParsedAnswers {
  /** Answers by the index of the item in `items`. */
  answers: Map<number, GivenAnswer>;
  /** The sections the file answers, in its order. */
  sections: string[];
  problems: Problem[];
}

type Report = (path: (string | number)[], message: string, key?: string) => void;

/** One answer, a status or { status, note, … }; undefined after reporting what is wrong. */
function answerOf(
  value: unknown,
  path: string[],
  keys: string[],
  report: Report,
): GivenAnswer | undefined {
  const raw = isObject(value) ? value.status : value;
  const note = isObject(value) ? value.note : undefined;
  if (typeof raw !== 'string' || !STATUSES.includes(raw as AnswerStatus)) {
    const where = isObject(value) ? [...path, 'status'] : path;
    report(
      where,
      `unknown status ${JSON.stringify(raw ?? null)}: use one of ${STATUSES.join(', ')}`,
    );
    return undefined;
  }
  if (note !== undefined && typeof note !== 'string') {
    report([...path, 'note'], 'a note must be text');
    return undefined;
  }
  const action = isObject(value) ? value.action : undefined;
  const due = isObject(value) ? value.due : undefined;
  for (const [key, text] of [
    ['note', note],
    ['action', action],
  ] as const) {
    const long = typeof text === 'string' && overLimit(text, LIMITS.text, `the ${key}`);
    if (long) {
      report([...path, key], long);
      return undefined;
    }
  }
  if (action !== undefined && (typeof action !== 'string' || action.trim() === '')) {
    report([...path, 'action'], 'an action must be text');
    return undefined;
  }
  if (due !== undefined && !(typeof due === 'string' && isDate(due))) {
    report([...path, 'due'], 'a due date must be a date, as YYYY-MM-DD');
    return undefined;
  }
  if (isObject(value)) {
    const extra = Object.keys(value).find((k) => !keys.includes(k));
    if (extra)
      report(
        path,
        `unknown key "${extra}": an answer has ${keys.slice(0, -1).join(', ')} and ${keys.at(-1)}`,
        extra,
      );
  }
  return {
    status: raw as AnswerStatus,
    note: note ?? '',
    ...(action !== undefined ? { action: action.trim() } : {}),
    ...(due !== undefined ? { due } : {}),
  };
}

/**
 * Reads an answers file: section id → item (by id, or 1-based position in the section) →
 * a status, or { status, note }. Every problem is reported with its line and column.
 */
export function parseAnswers(
  source: SourceDoc,
  items: readonly AssessedItem[],
  knownSections: readonly string[],
  /** Why a section that is not known cannot be answered, when there is more to say. */
  whyNot: (sectionId: string) => string | undefined = () => undefined,
  /** Whether an answer may carry an action and a due date (`ladder agree`). */
  withActions = false,
): ParsedAnswers {
  const keys = withActions ? ['status', 'note', 'action', 'due'] : ['status', 'note'];
  const givenAs = new Map<number, string>();
  const answers = new Map<number, GivenAnswer>();
  const problems: Problem[] = [];
  const sections: string[] = [];
  const report: Report = (path, message, key) => {
    const { line, col } = positionOf(source, path, key);
    problems.push({ file: source.path, line, col, message });
  };
  if (!isObject(source.value)) {
    report([], 'an answers file maps section ids to their items, e.g. "checkpoints: { 1: met }"');
    return { answers, sections, problems };
  }
  for (const [sectionId, entries] of Object.entries(source.value)) {
    if (!knownSections.includes(sectionId)) {
      report(
        [],
        whyNot(sectionId) ??
          `unknown section "${sectionId}" (this level can be assessed on: ${knownSections.join(', ')})`,
        sectionId,
      );
      continue;
    }
    sections.push(sectionId);
    if (!isObject(entries)) {
      report([sectionId], `"${sectionId}" must map items (by id or position) to answers`);
      continue;
    }
    const inSection = items
      .map((item, index) => ({ item, index }))
      .filter(({ item }) => item.section === sectionId);
    // By id and by position, looked up once each: a file may answer 10,000 items.
    const byKey = new Map<string, (typeof inSection)[number]>();
    for (const entry of inSection)
      for (const key of [entry.item.id, String(entry.item.position)])
        if (key !== undefined && !byKey.has(key)) byKey.set(key, entry);
    for (const [key, value] of Object.entries(entries)) {
      const found = byKey.get(key);
      if (!found) {
        report(
          [sectionId],
          `unknown item "${key}" in ${sectionId}: use an item id or a position from 1 to ${inSection.length}`,
          key,
        );
        continue;
      }
      const answer = answerOf(value, [sectionId, key], keys, report);
      if (!answer) continue;
      const earlier = givenAs.get(found.index);
      if (earlier !== undefined) {
        report(
          [sectionId],
          `item ${found.item.position} of ${sectionId} is answered twice, as "${earlier}" and as "${key}"`,
          key,
        );
        continue;
      }
      givenAs.set(found.index, key);
      answers.set(found.index, answer);
    }
  }
  return { answers, sections, problems };
}
