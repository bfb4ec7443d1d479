import { readAnswersFile, sectionsWithItems } from '../assess/answers-file.js';
import {
  carriedToLadder,
  fromAnswers,
  levelChoices,
  resumeCommand,
  sectionsToAssess,
  unfinishedOf,
  yearsGuideline,
} from '../assess/begin.js';
import { isAbout, peopleIn, pickAssessment, whose } from '../assess/pick.js';
import type { Prompter } from '../assess/prompter.js';
import { review, runSession, type SessionIo, type SessionState } from '../assess/session.js';
import { ExitCode, PromptInterrupted, UsageError, UserError } from '../errors.js';
import { listEvidence } from '../io/evidence-store.js';
import { myName } from '../io/identity.js';
import { openLadder } from '../io/ladder-dir.js';
import {
  listAssessments,
  openStore,
  readAssessment,
  saveAssessment,
  saveNewAssessment,
} from '../io/store.js';
import {
  answeredCount,
  finish,
  itemsFor,
  startAssessment,
  type Assessment,
  type Participants,
  type Role,
} from '../ladder/assessment.js';
import { evidenceFor } from '../ladder/evidence.js';
import { actionIsAbout, actionsIn, withActionDone } from '../ladder/outcome.js';
import { person } from '../ladder/people.js';
import { requireLevel, requireSections } from '../ladder/resolve.js';
import { sectionTitle } from '../ladder/tree.js';
import { plural } from '../ladder/words.js';
import { assessmentKind, renderAssessment } from '../render/assessment-text.js';
import { sanitizeLine } from '../render/sanitize.js';
import { localTime } from '../render/time.js';
import { wrap } from '../render/wrap.js';
import type { CommandContext } from './context.js';

export interface AssessOptions {
  level?: string;
  resume?: boolean;
  /** --edit alone is true; --edit <file|latest|level> names what to edit. */
  edit?: string | boolean;
  answers?: string;
  section?: string[];
  years?: string;
  /** With --answers: only where it was saved, not the summary. */
  quiet?: boolean;
  for?: string;
  as?: string;
  role?: string;
  store?: string;
}

export interface AssessDeps {
  /** Defaults to the inquirer prompts, loaded only when needed. */
  prompter?: Prompter;
}

function parseYearsOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+(\.\d+)?$/.test(value.trim()) || Number(value) > 100)
    throw new UsageError(`--years must be a number of years, not "${value}"`);
  return Number(value);
}

/** The role of whoever answers: self by default, the manager's with --for. */
function roleOf(options: AssessOptions): Role {
  const role = options.role ?? (options.for !== undefined ? 'manager' : 'self');
  if (!['self', 'manager', 'peer'].includes(role))
    throw new UsageError(
      `--role must be self, manager or peer, not "${role}"`,
      role === 'agreed' ? 'an agreed outcome is written by ladder agree' : undefined,
    );
  if (role === 'self' && options.for !== undefined)
    throw new UsageError('--role self is for your own assessment', 'leave out --for, or --role');
  if (role !== 'self' && options.for === undefined)
    throw new UsageError(`--role ${role} needs --for <person>: the one you assess`);
  return role as Role;
}

/** Every combination of options that cannot work, refused before anything is read or asked. */
function checkOptions(options: AssessOptions): void {
  const edit = options.edit !== undefined && options.edit !== false;
  if (options.answers !== undefined && (options.resume || edit))
    throw new UsageError('--answers cannot be used with --resume or --edit');
  if (options.resume && edit) throw new UsageError('--resume and --edit cannot be used together');
  if (edit && options.section?.length)
    throw new UsageError('--edit reopens an assessment as it was taken; leave out --section');
  if (options.quiet && options.answers === undefined)
    throw new UsageError('--quiet goes with --answers: a session in a terminal shows its summary');
  if (options.answers !== undefined && options.level === undefined)
    throw new UsageError('--answers needs the level: ladder assess <level> --answers <file>');
  if (options.as !== undefined && options.as.trim() === '')
    throw new UsageError('--as needs a name');
}

/** A failed save says truthfully what is kept: everything before it, or nothing yet. */
function withHint<T>(save: () => T, hint: string): T {
  try {
    return save();
  } catch (error) {
    if (error instanceof UserError)
      throw new UserError(
        error.message,
        error.exitCode,
        error.hint ? `${hint}; ${error.hint}` : hint,
      );
    throw error;
  }
}

/** `ladder assess`: a session in a terminal, or the answers of a file. */
export async function assess(
  options: AssessOptions,
  ctx: CommandContext,
  deps: AssessDeps = {},
): Promise<number> {
  // Everything the user typed is checked first: before a file is read or a question asked.
  checkOptions(options);
  const years = parseYearsOption(options.years);
  const role = roleOf(options);
  const ladder = await openLadder(ctx.ladderDir, ctx.env);
  const named = options.level !== undefined ? await requireLevel(ladder, options.level) : undefined;
  const chosen = options.section?.length
    ? await requireSections(ladder, options.section)
    : undefined;
  if (named && chosen) sectionsWithItems(named, chosen);
  if (!options.answers && !ctx.interactive) {
    throw new UsageError(
      'ladder assess asks its questions in a terminal, and there is none on stdin',
      'answer from a file instead: ladder assess <level> --answers answers.yaml (see ladder assess --help)',
    );
  }

  const store = openStore(options.store, ctx.env);
  const { found } = listAssessments(store);
  const meName = myName(options.as, ctx.env, ctx.cwd);
  const who = whose(peopleIn(found), options.for, meName);
  const participants = (): Participants => ({
    subject: who.person,
    assessor: role === 'self' ? who.person : person(meName()),
    role,
  });
  const { style } = ctx;
  const titleOf = (id: string) => sectionTitle(ladder, id);
  const line = (text: string, first = '') =>
    wrap(sanitizeLine(text), { width: style.width, first });
  const say = (text: string) => ctx.out(`${line(text)}\n\n`);
  /** The summary of what was saved, and where; after prompts, apart from them. */
  const saved = (path: string, assessment: Assessment, afterPrompts = true) =>
    ctx.out(
      `${afterPrompts ? '\n' : ''}${renderAssessment(assessment, titleOf, style)}\n${line('Saved to')}\n${line(path, '  ')}\n`,
    );

  if (options.answers) {
    const level = named!;
    const { items, answers } = await readAnswersFile(options.answers, ladder, level, chosen);
    if (answers.size === 0 && years === undefined)
      throw new UserError(`${options.answers} answers no item; nothing was saved`);
    const assessment = fromAnswers(level, items, answers, participants(), years, ctx.now());
    const path = saveNewAssessment(store, assessment);
    if (options.quiet) ctx.out(`Saved to ${path}\n`);
    else saved(path, assessment, false);
    if (!assessment.complete)
      ctx.out(
        `${line(`${plural(assessment.items.length - answeredCount(assessment), 'item')} not answered; continue in a terminal with:`)}\n${line(resumeCommand(assessment, who), '  ')}\n`,
      );
    return ExitCode.ok;
  }

  const prompter = deps.prompter ?? (await import('../lazy/prompts.js')).terminalPrompter(style);
  // What check-ins agreed to do about the person's items: asked whether done, item by item.
  const outcomes = found.filter(
    (s) => s.assessment.role === 'agreed' && isAbout(s.assessment, who, store),
  );
  const closed = new Set<string>();
  // What was recorded about the person: shown with each item, and offered as its note.
  const evidence = listEvidence(store).found.filter((s) => s.entry.subject?.id === who.person.id);
  const io: SessionIo = {
    prompter,
    save: (path, a) =>
      withHint(() => saveAssessment(path, a), `the answers before this one are kept in ${path}`),
    create: (a) => withHint(() => saveNewAssessment(store, a), 'nothing was saved'),
    now: ctx.now,
    sectionTitle: titleOf,
    ...(who.me ? {} : { about: who.person.name }),
    openActions: (index) => {
      const item = state.assessment.items[index]!;
      const level = state.assessment.level.id;
      return actionsIn(outcomes.filter((s) => s.assessment.level.id === level)).filter(
        (e) => e.action.status === 'open' && !closed.has(e.action.id) && actionIsAbout(e, item),
      );
    },
    evidenceFor: (index) => {
      const item = state.assessment.items[index]!;
      const backing = evidenceFor(evidence, state.assessment.level.id, item);
      if (!backing.length) return undefined;
      return {
        count: backing.length,
        latest: backing.slice(0, 3).map((s) => `${s.entry.date}: ${s.entry.text}`),
      };
    },
    closeAction: (entry) => {
      // Read again: the outcome may have changed since this session began.
      const outcome = readAssessment(entry.stored.path);
      saveAssessment(entry.stored.path, withActionDone(outcome, entry.action.id));
      closed.add(entry.action.id);
    },
  };
  const state: SessionState = { assessment: undefined as unknown as Assessment };
  const editing = options.edit !== undefined && options.edit !== false;
  try {
    if (editing) {
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
      ctx.out(
        `${line(`Editing ${assessmentKind(a)}: ${sanitizeLine(a.level.title)}`)}\n${line(picked.path, '  ')}\n\n`,
      );
      await review(state, io);
      const done = finish(state.assessment, ctx.now());
      io.save(picked.path, done);
      saved(picked.path, done);
      return ExitCode.ok;
    }

    const level =
      named ?? (await requireLevel(ladder, await prompter.pickLevel(levelChoices(ladder))));
    const unfinished = unfinishedOf(found, level, role, who, store);
    if (options.resume && !unfinished) {
      throw new UserError(
        `no unfinished assessment of ${level.id}${who.me ? '' : ` about ${who.person.name}`} to resume in ${store.assessments}`,
        1,
        `start one with: ladder assess ${level.id}${who.me ? '' : ` --for "${who.person.name}"`}`,
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
      ctx.out(`${line('Resuming')}\n${line(unfinished.path, '  ')}\n\n`);
    } else {
      const sections = await sectionsToAssess(ladder, level, chosen, prompter, say);
      state.assessment = startAssessment(
        level,
        itemsFor(level, sections),
        participants(),
        ctx.now(),
      );
      const n = state.assessment.items.length;
      ctx.out(
        [
          style.color.bold(
            line(`${assessmentKind(state.assessment)}: ${sanitizeLine(level.title)}`),
          ),
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
      const given = guideline ? (years ?? (await prompter.years())) : undefined;
      if (given !== undefined) {
        state.assessment = { ...state.assessment, years: given, yearsGuideline: guideline };
        state.path = io.create(state.assessment);
      }
    }

    // The session creates the file with its first answer: its path is known only after.
    const done = await runSession(state, io);
    saved(state.path!, done);
    ctx.out(
      `${line('Share it with:')}\n${line(`ladder report ${state.path} --format markdown --out assessment.md`, '  ')}\n`,
    );
    return ExitCode.ok;
  } catch (error) {
    if (!(error instanceof PromptInterrupted)) throw error;
    if (!state.path)
      throw new UserError('interrupted; nothing was saved yet', ExitCode.interrupted);
    if (editing)
      throw new UserError(
        `interrupted; every change so far is saved in ${state.path}`,
        ExitCode.interrupted,
      );
    throw new UserError(
      `interrupted; your answers so far are saved in ${state.path}`,
      ExitCode.interrupted,
      `continue with: ${resumeCommand(state.assessment, who)}`,
    );
  }
}
