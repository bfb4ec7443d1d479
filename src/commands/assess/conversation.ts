import {
  carriedToLadder,
  levelChoices,
  resumeCommand,
  sectionsToAssess,
  unfinishedOf,
  yearsGuideline,
} from '../../assess/begin.js';
import { whenInterrupted } from '../../assess/interrupted.js';
import { pickAssessment } from '../../assess/pick.js';
import type { Prompter } from '../../assess/prompter.js';
import { review, runSession, type SessionIo, type SessionState } from '../../assess/session.js';
import { ExitCode, UserError } from '../../errors.js';
import {
  answeredCount,
  finish,
  itemsFor,
  startAssessment,
  type Assessment,
} from '../../ladder/assessment.js';
import { requireLevel } from '../../ladder/resolve.js';
import { plural } from '../../ladder/words.js';
import { assessmentKind } from '../../render/assessment-text.js';
import { sanitizeLine } from '../../render/sanitize.js';
import { localTime } from '../../render/time.js';
import { shareCommand, type Taking } from './taking.js';
import { sessionIo } from './session-io.js';
import { forName, ladderCommand } from '../../render/command-line.js';
import { resumingText } from '../../render/prompt-text.js';

/** `ladder assess --edit`: a finished assessment reopened at its review. */
async function editFinished(taking: Taking, state: SessionState, io: SessionIo): Promise<void> {
  const { options, ladder, store, who, line, saved, talk } = taking;
  const target = typeof options.edit === 'string' ? options.edit : (options.level ?? 'latest');
  const picked = await pickAssessment(store, ladder, target, who);
  if (!picked.assessment.complete)
    throw new UserError(
      `${picked.path} is not finished yet`,
      1,
      `continue it with: ${resumeCommand(picked.assessment, who)}`,
    );
  Object.assign(state, picked);
  const a = picked.assessment;
  talk.say(
    `${line(`Editing ${assessmentKind(a)}: ${sanitizeLine(a.level.title)}`)}\n${line(picked.path, '  ')}\n\n`,
  );
  await review(state, io);
  const done = finish(state.assessment, taking.ctx.now());
  io.save(picked.path, done);
  saved(picked.path, done);
}

/** A new assessment, or an unfinished one resumed, up to the point its questions begin. */
async function begin(
  taking: Taking,
  state: SessionState,
  io: SessionIo,
  prompter: Prompter,
): Promise<void> {
  const { options, ctx, ladder, named, chosen, store, found, who, role, line, talk } = taking;
  const { style } = talk;
  const say = (text: string) => talk.say(`${line(text)}\n\n`);
  const level =
    named ?? (await requireLevel(ladder, await prompter.pickLevel(levelChoices(ladder))));
  const unfinished = unfinishedOf(found, level, role, who, store);
  if (options.resume && !unfinished) {
    throw new UserError(
      `no unfinished assessment of ${level.id}${who.me ? '' : ` about ${who.person.name}`} to resume in ${store.assessments}`,
      1,
      `start one with: ${ladderCommand('assess', level.id, forName(who))}`,
    );
  }
  const resume =
    unfinished &&
    (options.resume ||
      (await prompter.confirm(
        `You have an unfinished assessment of ${sanitizeLine(level.title)} from ${localTime(unfinished.assessment.startedAt)} (${answeredCount(unfinished.assessment)} of ${unfinished.assessment.items.length} answered). Resume it?`,
        true,
      )));

  if (resume && unfinished) {
    const { assessment, changes } = carriedToLadder(unfinished, ladder, level);
    if (changes.length)
      ctx.err(`warning: the ladder has changed since this assessment: ${changes.join('; ')}\n`);
    Object.assign(state, { path: unfinished.path, assessment });
    io.save(unfinished.path, assessment);
    talk.say(resumingText(unfinished.path, assessment, taking.titleOf, style.width));
  } else {
    const sections = await sectionsToAssess(ladder, level, chosen, prompter, say);
    state.assessment = startAssessment(
      level,
      itemsFor(level, sections),
      taking.participants(),
      ctx.now(),
    );
    const n = state.assessment.items.length;
    talk.say(
      [
        style.color.bold(line(`${assessmentKind(state.assessment)}: ${sanitizeLine(level.title)}`)),
        line(
          `You will answer ${plural(n, 'item')} from ${sections.map((s) => sanitizeLine(s.title)).join(', ')}: Met, Partly, Not yet or Not applicable, each with an optional note for evidence. About ${plural(Math.max(1, Math.round(n * 0.75)), 'minute')}. Before finishing you can review and change every answer.`,
        ),
        line('Every answer is saved as you go, in'),
        line(store.assessments, '  '),
        line('Ctrl-C stops at any time; continue later with'),
        line(resumeCommand(state.assessment, who), '  '),
        '',
      ].join('\n') + '\n',
    );
    const guideline = yearsGuideline(level);
    const given = guideline ? (options.years ?? (await prompter.years())) : undefined;
    if (given !== undefined) {
      state.assessment = { ...state.assessment, years: given, yearsGuideline: guideline };
      state.path = io.create(state.assessment);
    }
  }
}

/** `ladder assess` in a terminal: item by item, saved as it goes, resumable, reviewed. */
export async function converse(taking: Taking): Promise<number> {
  const { options, ctx, who, line, talk } = taking;
  const prompter = await ctx.prompter();
  const state: SessionState = { assessment: undefined as unknown as Assessment };
  const io = sessionIo(taking, state, prompter);
  const editing = options.edit !== undefined && options.edit !== false;
  return whenInterrupted(
    async () => {
      if (editing) {
        await editFinished(taking, state, io);
        return ExitCode.ok;
      }
      await begin(taking, state, io, prompter);
      // The session creates the file with its first answer: its path is known only after.
      const done = await runSession(state, io);
      taking.saved(state.path!, done);
      talk.say(`${line('Share it with:')}\n${line(shareCommand(taking, done.level.id), '  ')}\n`);
      return ExitCode.ok;
    },
    () =>
      !state.path
        ? 'nothing was saved yet'
        : editing
          ? { message: 'every change so far is saved in', path: state.path }
          : {
              message: 'your answers so far are saved in',
              path: state.path,
              next: resumeCommand(state.assessment, who),
            },
  );
}
