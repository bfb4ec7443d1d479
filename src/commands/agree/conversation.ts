import { runAgreement, type AgreementIo } from '../../assess/agreement.js';
import { pickPair, type Pair } from '../../assess/check-in.js';
import { whenInterrupted } from '../../assess/interrupted.js';
import type { SideView } from '../../ladder/questions.js';
import type { SessionState } from '../../assess/session.js';
import { ExitCode, UserError } from '../../errors.js';
import { fromStoreReference, saveAssessment, saveNewAssessment } from '../../io/store.js';
import { answeredCount, type Assessment } from '../../ladder/assessment.js';
import { compareAssessments, type Comparison, type SideAnswer } from '../../ladder/compare.js';
import { comparedFor, startOutcome } from '../../ladder/outcome.js';
import { sectionTitle } from '../../ladder/tree.js';
import { plural } from '../../ladder/words.js';
import { sideLabel } from '../../render/check-in.js';
import { localTime } from '../../render/time.js';
import { outcomesOf } from '../../assess/pick.js';
import type { CheckIn } from './check-in.js';
import { ladderCommand } from '../../render/command-line.js';
import { resumingText } from '../../render/prompt-text.js';

/** Both sides' answers to each item of an outcome, as the agree prompt shows them. */
function sidesOf(pair: Pair, comparison: Comparison) {
  const view = (a: Assessment, side: SideAnswer | null | undefined): SideView | null =>
    side ? { label: sideLabel(a), status: side.status, note: side.note } : null;
  return (outcome: Assessment, index: number): (SideView | null)[] => {
    const compared = comparedFor(comparison, outcome.items[index]!);
    return [
      view(pair.left.assessment, compared?.left),
      view(pair.right.assessment, compared?.right),
    ];
  };
}

/** A new check-in: its outcome started from both sides, and what it is about said once. */
function start(
  checkIn: CheckIn,
  state: SessionState,
  pair: Pair,
  comparison: Comparison,
): number[] {
  const { options, ctx, level, line, store, talk } = checkIn;
  const started = startOutcome(pair, comparison, checkIn.participants, ctx.now(), {
    all: Boolean(options.all),
    refer: checkIn.refer,
  });
  state.assessment = started.outcome;
  const { walk } = started;
  const agreed = options.all
    ? ''
    : `; ${plural(comparison.summary.agree, 'agreement')} taken as agreed`;
  talk.say(
    [
      talk.style.color.bold(
        line(`Check-in: ${level.title} · ${checkIn.participants.subject.name}`),
      ),
      line(
        `${plural(walk.length, 'item')} to settle between ${sideLabel(pair.left.assessment)} and ${sideLabel(pair.right.assessment)}${agreed}. For each: the agreed answer, then what will be done about it, if anything, and by when.`,
      ),
      line('Every answer is saved as you go; Ctrl-C stops, and this continues:'),
      line(checkIn.resumeCommand, '  '),
      '',
    ].join('\n') + '\n',
  );
  // Nothing to settle: the outcome is written at once.
  if (!walk.length) state.path = saveNewAssessment(store, state.assessment);
  return walk;
}

/** `ladder agree` in a terminal: item by item, saved as it goes, resumable. */
export async function converse(checkIn: CheckIn): Promise<number> {
  const { options, ctx, ladder, store, found, who, level, latest, forWhom } = checkIn;
  const prompter = await ctx.prompter();
  const unfinished = outcomesOf(found, who, store, level.id)
    .filter((s) => !s.assessment.complete)
    .at(-1);
  if (options.resume && !unfinished)
    throw new UserError(
      `no unfinished check-in of ${level.id}${who.me ? '' : ` about ${who.person.name}`} to resume in ${store.assessments}`,
      1,
      `start one with: ${ladderCommand('agree', level.id, forWhom)}`,
    );
  const state: SessionState = { assessment: undefined as unknown as Assessment };
  return whenInterrupted(
    async () => {
      const resume =
        unfinished &&
        (options.resume ||
          (await prompter.confirm(
            `You have an unfinished check-in of ${level.title} from ${localTime(unfinished.assessment.startedAt)} (${answeredCount(unfinished.assessment)} of ${unfinished.assessment.items.length} settled). Resume it?`,
            true,
          )));
      // A check-in resumed settles the assessments it started with, whatever came since.
      const sources = resume
        ? unfinished.assessment.sources?.map((s) => fromStoreReference(store, s.file))
        : undefined;
      const pair =
        sources?.length === 2 ? await pickPair(store, found, ladder, sources, who, false) : latest;
      const comparison = compareAssessments(pair.left.assessment, pair.right.assessment);
      let walk: number[];
      if (resume) {
        Object.assign(state, unfinished);
        const at = unfinished.assessment.progress;
        walk = unfinished.assessment.items.flatMap((item, i) =>
          options.all || item.status === null || (at?.step === 'action' && at.item === i)
            ? [i]
            : [],
        );
        checkIn.talk.say(
          resumingText(
            unfinished.path,
            unfinished.assessment,
            (id) => sectionTitle(ladder, id),
            checkIn.talk.style.width,
            (item) => ({ index: walk.indexOf(item), total: walk.length }),
          ),
        );
      } else {
        walk = start(checkIn, state, pair, comparison);
      }
      const sides = sidesOf(pair, comparison);
      const io: AgreementIo = {
        prompter,
        save: (path, a) => saveAssessment(path, a),
        create: (a) => saveNewAssessment(store, a),
        now: ctx.now,
        sectionTitle: (id) => sectionTitle(ladder, id),
        sides: (index) => sides(state.assessment, index),
        withNewActionId: (use) => checkIn.withIds(() => use(checkIn.newActionId(state.assessment))),
        allowPast: Boolean(options.allowPast),
      };
      const done = await runAgreement(state, io, walk);
      checkIn.saved(state.path!, done);
      return ExitCode.ok;
    },
    () =>
      state.path
        ? {
            message: 'what was settled so far is saved in',
            path: state.path,
            next: checkIn.resumeCommand,
          }
        : 'nothing was saved yet',
  );
}
