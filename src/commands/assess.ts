import { readAnswersFile, sectionsWithItems } from '../assess/answers-file.js';
import { isAbout, pickAssessment, whose, type Whose } from '../assess/pick.js';
import type { Prompter } from '../assess/prompter.js';
import { review, runSession, type SessionIo, type SessionState } from '../assess/session.js';
import { ExitCode, PromptInterrupted, UsageError, UserError } from '../errors.js';
import { myName } from '../io/identity.js';
import { openLadder } from '../io/ladder-dir.js';
import { listAssessments, openStore, saveAssessment, saveNewAssessment } from '../io/store.js';
import {
  answeredCount,
  assessableSections,
  at,
  carryOver,
  finish,
  firstUnanswered,
  itemsFor,
  startAssessment,
  withAnswer,
  type Assessment,
  type Participants,
  type Role,
  type StoredAssessment,
} from '../ladder/assessment.js';
import { person } from '../ladder/people.js';
import { requireLevel, requireSections } from '../ladder/resolve.js';
import { sectionTitle, trackOf } from '../ladder/tree.js';
import type { Ladder, Level, SectionDef } from '../ladder/types.js';
import { plural } from '../ladder/words.js';
import { proseOf } from '../ladder/years.js';
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
  if (options.answers !== undefined && options.level === undefined)
    throw new UsageError('--answers needs the level: ladder assess <level> --answers <file>');
  if (options.as !== undefined && options.as.trim() === '')
    throw new UsageError('--as needs a name');
}

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

/** The years guideline of a level: its `years` section's prose, when it has one. */
const yearsGuideline = (level: Level): string | null => proseOf(level.sections.years) ?? null;

/** How to continue, as a command line: with --for when it is someone else's. */
function resumeCommand(a: Assessment, who: Whose): string {
  return `ladder assess ${a.level.id}${who.me ? '' : ` --for "${who.person.name}"`} --resume`;
}

function describeChanges(changes: ReturnType<typeof carryOver>['changes']): string[] {
  const lines: string[] = [];
  if (changes.edited.length)
    lines.push(`${plural(changes.edited.length, 'item')} reworded since, to be answered again`);
  if (changes.gone.length)
    lines.push(`${plural(changes.gone.length, 'item')} no longer in the ladder (answers kept)`);
  if (changes.added.length) lines.push(`${plural(changes.added.length, 'new item')} to answer`);
  return lines;
}

/** The level picker's choices: levels by track, each with what an assessment of it asks. */
function levelChoices(ladder: Ladder) {
  return ladder.tracks.map((track) => ({
    title: track.title,
    levels: ladder.levels
      .filter((l) => trackOf(ladder, l).id === track.id)
      .map((l) => {
        const { assessed, fallback } = assessableSections(ladder, l);
        const sections = assessed.length ? assessed : fallback;
        return {
          id: l.id,
          title: l.title,
          items: itemsFor(l, sections).length,
          checkpoints: assessed.length > 0,
        };
      }),
  }));
}

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
  const editing = options.edit !== undefined && options.edit !== false;
  if (!options.answers && !ctx.interactive) {
    throw new UsageError(
      'ladder assess asks its questions in a terminal, and there is none on stdin',
      'answer from a file instead: ladder assess <level> --answers answers.yaml (see ladder assess --help)',
    );
  }

  const store = openStore(options.store, ctx.env);
  const { found } = listAssessments(store);
  const meName = myName(options.as, ctx.env, ctx.cwd);
  const who = whose(found, options.for, meName);
  const participants = (): Participants => ({
    subject: who.person,
    assessor: role === 'self' ? who.person : person(meName()),
    role,
  });
  const style = ctx.style;
  const titleOf = (id: string) => sectionTitle(ladder, id);
  const line = (text: string, first = '') => wrap(text, { width: style.width, first });
  const summary = (a: Assessment) => ctx.out(`\n${renderAssessment(a, titleOf, style)}`);

  if (options.answers) {
    const level = named!;
    const { items, answers } = await readAnswersFile(options.answers, ladder, level, chosen);
    const now = ctx.now();
    let assessment = startAssessment(level, items, participants(), now);
    for (const [index, answer] of answers) assessment = withAnswer(assessment, index, answer, now);
    if (years !== undefined)
      assessment = { ...assessment, years, yearsGuideline: yearsGuideline(level) };
    const open = firstUnanswered(assessment);
    // Without a terminal there is no review: answering every item finishes the assessment.
    assessment =
      open === -1 ? finish(assessment, now) : at(assessment, { item: open, step: 'rate' });
    if (answers.size === 0 && years === undefined)
      throw new UserError(`${options.answers} answers no item; nothing was saved`);
    const path = saveNewAssessment(store, assessment);
    summary(assessment);
    ctx.out(`\n${line('Saved to')}\n${line(path, '  ')}\n`);
    if (!assessment.complete)
      ctx.out(
        `${line(`${plural(assessment.items.length - answeredCount(assessment), 'item')} not answered; continue in a terminal with:`)}\n${line(resumeCommand(assessment, who), '  ')}\n`,
      );
    return ExitCode.ok;
  }

  const prompter = deps.prompter ?? (await import('../lazy/prompts.js')).terminalPrompter(style);
  const io: SessionIo = {
    prompter,
    // A save that fails says truthfully what is kept: everything before it, or nothing yet.
    save: (path, a) =>
      withHint(() => saveAssessment(path, a), `the answers before this one are kept in ${path}`),
    create: (a) => withHint(() => saveNewAssessment(store, a), 'nothing was saved'),
    now: ctx.now,
    sectionTitle: titleOf,
    ...(who.me ? {} : { about: who.person.name }),
  };
  const state: SessionState = { assessment: undefined as unknown as Assessment };
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
      state.path = picked.path;
      state.assessment = picked.assessment;
      ctx.out(
        `${line(`Editing ${assessmentKind(picked.assessment)}: ${sanitizeLine(picked.assessment.level.title)}`)}\n${line(picked.path, '  ')}\n\n`,
      );
      await review(state, io);
      state.assessment = finish(state.assessment, ctx.now());
      saveAssessment(picked.path, state.assessment);
      summary(state.assessment);
      ctx.out(`\n${line('Saved to')}\n${line(picked.path, '  ')}\n`);
      return ExitCode.ok;
    }

    const level =
      named ?? (await requireLevel(ladder, await prompter.pickLevel(levelChoices(ladder))));
    const unfinished: StoredAssessment | undefined = found
      .filter(
        (s) =>
          !s.assessment.complete &&
          s.assessment.level.id === level.id &&
          s.assessment.role === role &&
          isAbout(s.assessment, who, store),
      )
      .at(-1);
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
      state.path = unfinished.path;
      const ids = [...new Set(unfinished.assessment.items.map((i) => i.section))];
      const carried = carryOver(
        unfinished.assessment,
        itemsFor(
          level,
          ladder.sections.filter((s) => ids.includes(s.id)),
        ),
      );
      const changes = describeChanges(carried.changes);
      let assessment = carried.assessment;
      if (changes.length) {
        ctx.err(`warning: the ladder has changed since this assessment: ${changes.join('; ')}\n`);
        // Items moved: the session picks up at the first one without an answer.
        const open = firstUnanswered(assessment);
        assessment = at(
          assessment,
          open === -1 ? { item: 0, step: 'review' } : { item: open, step: 'rate' },
        );
      }
      state.assessment = assessment;
      saveAssessment(unfinished.path, assessment);
      ctx.out(`${line('Resuming')}\n${line(unfinished.path, '  ')}\n\n`);
    } else {
      const sections = await sectionsToAssess(ladder, level, chosen, prompter, ctx);
      state.assessment = startAssessment(
        level,
        itemsFor(level, sections),
        participants(),
        ctx.now(),
      );
      const n = state.assessment.items.length;
      const minutes = Math.max(1, Math.round(n * 0.75));
      ctx.out(
        [
          style.color.bold(
            line(`${assessmentKind(state.assessment)}: ${sanitizeLine(level.title)}`),
          ),
          line(
            `You will answer ${plural(n, 'item')} from ${sections.map((s) => sanitizeLine(s.title)).join(', ')}: Met, Partly, Not yet or Not applicable, each with an optional note for evidence. About ${plural(minutes, 'minute')}. Before finishing you can review and change every answer.`,
          ),
          line('Every answer is saved as you go, in'),
          line(store.assessments, '  '),
          line('Ctrl-C stops at any time; continue later with'),
          line(resumeCommand(state.assessment, who), '  '),
          '',
        ].join('\n') + '\n',
      );
      const guideline = yearsGuideline(level);
      if (guideline) {
        const given = years ?? (await prompter.years());
        if (given !== undefined) {
          const a = { ...state.assessment, years: given, yearsGuideline: guideline };
          state.assessment = a;
          state.path = saveNewAssessment(store, a);
        }
      }
    }

    const done = await runSession(state, io);
    summary(done);
    ctx.out(
      `\n${line('Saved to')}\n${line(state.path!, '  ')}\n${line('Share it with:')}\n${line(`ladder report ${state.path} --format markdown --out assessment.md`, '  ')}\n`,
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

/** The sections to assess: as chosen, else the checkpoints, else expectations picked in a list. */
async function sectionsToAssess(
  ladder: Ladder,
  level: Level,
  chosen: SectionDef[] | undefined,
  prompter: Prompter,
  ctx: CommandContext,
): Promise<SectionDef[]> {
  if (chosen) return sectionsWithItems(level, chosen);
  const { assessed, fallback } = assessableSections(ladder, level);
  if (assessed.length) return assessed;
  const what =
    ladder.sections
      .filter((s) => s.assessed)
      .map((s) => s.title.toLowerCase())
      .join(', ') || 'checkpoints';
  if (!fallback.length)
    throw new UserError(
      `${level.title} has no ${what} and no expectations written yet: nothing to assess`,
    );
  ctx.out(
    wrap(
      `${sanitizeLine(level.title)} has no ${what} written yet, so there is nothing to check off. You can assess against its expectations instead.`,
      { width: ctx.style.width, first: '' },
    ) + '\n\n',
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
