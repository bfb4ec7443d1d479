import { UserError } from '../errors.js';
import type { Store } from '../io/store-location.js';
import {
  assessableSections,
  assessedDefs,
  marksAssessed,
  at,
  carryOver,
  finish,
  firstUnanswered,
  itemsFor,
  startAssessment,
  withAnswers,
  type Assessment,
  type Participants,
  type Role,
  type StoredAssessment,
} from '../ladder/assessment.js';
import type { GivenAnswer } from '../ladder/answers.js';
import type { AssessedItem } from '../ladder/assessment.js';
import { trackOf } from '../ladder/tree.js';
import type { Ladder, Level, SectionDef } from '../ladder/types.js';
import { plural } from '../ladder/words.js';
import { proseOf } from '../ladder/years.js';
import { sectionsWithItems } from './answers-file.js';
import { isAbout, type Whose } from './pick.js';
import type { Prompter } from './prompter.js';
import { forWords, ladderCommand } from '../render/command-line.js';

// How an assessment session begins: what to ask, what to resume, what to say first.

/** The years guideline of a level: its `years` section's prose, when it has one. */
export const yearsGuideline = (level: Level): string | null =>
  proseOf(level.sections.years) ?? null;

/** How to continue an assessment, as a command line: with --for when it is someone else's. */
export function resumeCommand(a: Assessment, who: Whose): string {
  return ladderCommand('assess', a.level.id, forWords(who), '--resume');
}

/** The level picker's choices: levels by track, each with what an assessment of it asks. */
export function levelChoices(ladder: Ladder) {
  return ladder.tracks.map((track) => ({
    title: track.title,
    levels: ladder.levels
      .filter((l) => trackOf(ladder, l).id === track.id)
      .map((l) => {
        const { assessed, fallback } = assessableSections(ladder, l);
        return {
          id: l.id,
          title: l.title,
          items: itemsFor(l, assessed.length ? assessed : fallback).length,
          basis: !assessed.length
            ? ('fallback' as const)
            : marksAssessed(ladder)
              ? ('checkpoints' as const)
              : ('expectations' as const),
        };
      }),
  }));
}

/** The latest unfinished assessment of this level, by this role, about this person. */
export function unfinishedOf(
  found: StoredAssessment[],
  level: Level,
  role: Role,
  who: Whose,
  store: Store,
): StoredAssessment | undefined {
  return found
    .filter(
      (s) =>
        !s.assessment.complete &&
        s.assessment.level.id === level.id &&
        s.assessment.role === role &&
        isAbout(s.assessment, who, store),
    )
    .at(-1);
}

/**
 * An unfinished assessment brought up to the ladder as it is now, and what changed in words.
 * When its items moved, the session picks up at the first one without an answer.
 */
export function carriedToLadder(
  stored: StoredAssessment,
  ladder: Ladder,
  level: Level,
): { assessment: Assessment; changes: string[] } {
  const ids = [...new Set(stored.assessment.items.map((i) => i.section))];
  const carried = carryOver(
    stored.assessment,
    itemsFor(
      level,
      ladder.sections.filter((s) => ids.includes(s.id)),
    ),
  );
  const { edited, gone, added } = carried.changes;
  const changes = [
    edited.length ? `${plural(edited.length, 'item')} reworded since, to be answered again` : '',
    gone.length ? `${plural(gone.length, 'item')} no longer in the ladder (answers kept)` : '',
    added.length ? `${plural(added.length, 'new item')} to answer` : '',
  ].filter(Boolean);
  if (!changes.length) return { assessment: carried.assessment, changes };
  const open = firstUnanswered(carried.assessment);
  return {
    assessment: at(
      carried.assessment,
      open === -1 ? { item: 0, step: 'review' } : { item: open, step: 'rate' },
    ),
    changes,
  };
}

/**
 * The sections to assess: as chosen, else the checkpoints, else the expectations the user picks
 * from a list, after `say` has explained why.
 */
export async function sectionsToAssess(
  ladder: Ladder,
  level: Level,
  chosen: SectionDef[] | undefined,
  prompter: Prompter,
  say: (text: string) => void,
): Promise<SectionDef[]> {
  if (chosen) return sectionsWithItems(level, chosen);
  const { assessed, fallback } = assessableSections(ladder, level);
  if (assessed.length) return assessed;
  if (!marksAssessed(ladder))
    throw new UserError(
      `${level.title} has nothing written to assess yet: every section is WIP or N/A`,
    );
  const what = assessedDefs(ladder)
    .map((s) => s.title.toLowerCase())
    .join(', ');
  if (!fallback.length)
    throw new UserError(
      `${level.title} has no ${what} and no expectations written yet: nothing to assess`,
    );
  say(
    `${level.title} has no ${what} written yet, so there is nothing to check off. You can assess against its expectations instead.`,
  );
  const picked = await prompter.pickSections(
    fallback.map((s) => ({
      id: s.id,
      title: s.title,
      count: level.sections[s.id]?.items.length ?? 0,
    })),
  );
  return fallback.filter((s) => picked.includes(s.id));
}

/**
 * An assessment from an answers file. Without a terminal there is no review: answering every
 * item finishes it; otherwise it waits, unfinished, at the first open item.
 */
export function fromAnswers(
  level: Level,
  items: AssessedItem[],
  answers: Map<number, GivenAnswer>,
  who: Participants,
  years: number | undefined,
  now: Date,
): Assessment {
  let assessment = startAssessment(level, items, who, now);
  assessment = withAnswers(assessment, answers, now);
  if (years !== undefined)
    assessment = { ...assessment, years, yearsGuideline: yearsGuideline(level) };
  const open = firstUnanswered(assessment);
  return open === -1 ? finish(assessment, now) : at(assessment, { item: open, step: 'rate' });
}
