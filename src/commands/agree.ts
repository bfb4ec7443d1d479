import { readAnswersFile } from '../assess/answers-file.js';
import { runAgreement, type AgreementIo } from '../assess/agreement.js';
import { pickPair, type Pair } from '../assess/check-in.js';
import { isAbout, peopleIn, whose, type Whose } from '../assess/pick.js';
import type { Prompter, SideView } from '../assess/prompter.js';
import type { SessionState } from '../assess/session.js';
import { ExitCode, PromptInterrupted, UsageError, UserError } from '../errors.js';
import { myName } from '../io/identity.js';
import { openLadder } from '../io/ladder-dir.js';
import {
  listAssessments,
  openStore,
  saveAssessment,
  fromStoreReference,
  saveNewAssessment,
  storeReference,
  type Store,
} from '../io/store.js';
import {
  answeredCount,
  finish,
  withAnswer,
  type Assessment,
  type StoredAssessment,
} from '../ladder/assessment.js';
import { compareAssessments, type Comparison, type SideAnswer } from '../ladder/compare.js';
import {
  actionsIn,
  comparedFor,
  nextActionId,
  startOutcome,
  withAction,
  withActionDone,
} from '../ladder/outcome.js';
import { person } from '../ladder/people.js';
import { requireLevel } from '../ladder/resolve.js';
import { sectionTitle } from '../ladder/tree.js';
import type { Ladder } from '../ladder/types.js';
import { plural } from '../ladder/words.js';
import { actionsJson, renderActions } from '../render/actions-text.js';
import { renderAssessment } from '../render/assessment-text.js';
import { sideLabel } from '../render/check-in.js';
import { toJson } from '../render/json.js';
import { sanitizeLine } from '../render/sanitize.js';
import { localTime } from '../render/time.js';
import { wrap } from '../render/wrap.js';
import { checkTargets } from './compare.js';
import type { CommandContext } from './context.js';

export interface AgreeOptions {
  /** A level (with --for, or for me), or two assessment files. */
  assessments: string[];
  for?: string;
  as?: string;
  all?: boolean;
  answers?: string;
  resume?: boolean;
  actions?: boolean;
  done?: string;
  json?: boolean;
  store?: string;
}

export interface AgreeDeps {
  /** Defaults to the inquirer prompts, loaded only when needed. */
  prompter?: Prompter;
}

/** Every combination of options that cannot work, refused before anything is read or asked. */
function checkOptions(options: AgreeOptions): void {
  const listing = options.actions || options.done !== undefined;
  if (options.actions && options.done !== undefined)
    throw new UsageError('--actions lists the actions and --done closes one: use one of them');
  if (listing && (options.answers !== undefined || options.resume || options.all))
    throw new UsageError(
      `${options.actions ? '--actions' : '--done'} cannot be used with --answers, --resume or --all`,
    );
  if (options.json && !options.actions) throw new UsageError('--json goes with --actions');
  if (options.done !== undefined && options.done.trim() === '')
    throw new UsageError('--done needs an action id, as ladder agree --actions lists them');
  if (options.answers !== undefined && options.resume)
    throw new UsageError('--answers cannot be used with --resume');
  if (options.as !== undefined && options.as.trim() === '')
    throw new UsageError('--as needs a name');
  if (listing && options.assessments.length > 1)
    throw new UsageError(`${options.actions ? '--actions' : '--done'} takes at most a level`);
}

/** The agreed outcomes about someone, oldest first, of one level when given. */
function outcomesOf(
  found: StoredAssessment[],
  who: Whose,
  store: Store,
  levelId?: string,
): StoredAssessment[] {
  return found.filter(
    (s) =>
      s.assessment.role === 'agreed' &&
      isAbout(s.assessment, who, store) &&
      (levelId === undefined || s.assessment.level.id === levelId),
  );
}

/** `ladder agree --actions` and `--done <id>`: what was agreed, and closing it. */
async function actionsCommand(
  options: AgreeOptions,
  ctx: CommandContext,
  found: StoredAssessment[],
  who: Whose,
  store: Store,
  ladder: Ladder,
): Promise<number> {
  const levelId = options.assessments[0]
    ? (await requireLevel(ladder, options.assessments[0])).id
    : undefined;
  const entries = actionsIn(outcomesOf(found, who, store, levelId));
  if (options.done === undefined) {
    if (options.json) ctx.out(toJson(actionsJson(entries)));
    else
      ctx.out(
        renderActions(
          entries,
          { name: who.person.name, me: who.me },
          (id: string) => sectionTitle(ladder, id),
          ctx.style,
        ),
      );
    return ExitCode.ok;
  }
  const id = options.done.trim();
  const entry = entries.find((e) => e.action.id === id);
  if (!entry) {
    const open = entries.filter((e) => e.action.status === 'open').map((e) => e.action.id);
    throw new UserError(
      `no action ${id} agreed with ${who.me ? 'you' : who.person.name}`,
      1,
      open.length ? `open actions: ${open.join(', ')}` : 'ladder agree --actions lists them',
    );
  }
  const line = (text: string) => wrap(sanitizeLine(text), { width: ctx.style.width, first: '' });
  if (entry.action.status === 'done') {
    ctx.out(`${line(`${id} is already done: ${entry.action.text}`)}\n`);
    return ExitCode.ok;
  }
  saveAssessment(entry.stored.path, withActionDone(entry.stored.assessment, id));
  ctx.out(`${line(`Done: ${id} ${entry.action.text}`)}\n`);
  return ExitCode.ok;
}

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

/** `ladder agree`: settle a self-assessment and a manager's into an agreed outcome. */
export async function agree(
  options: AgreeOptions,
  ctx: CommandContext,
  deps: AgreeDeps = {},
): Promise<number> {
  checkOptions(options);
  const ladder = await openLadder(ctx.ladderDir, ctx.env);
  const store = openStore(options.store, ctx.env);
  const { found } = listAssessments(store);
  const meName = myName(options.as, ctx.env, ctx.cwd);
  const who = whose(peopleIn(found), options.for, meName);
  if (options.actions || options.done !== undefined)
    return actionsCommand(options, ctx, found, who, store, ladder);

  checkTargets(options.assessments, 'agree');
  if (!options.answers && !ctx.interactive)
    throw new UsageError(
      'ladder agree asks its questions in a terminal, and there is none on stdin',
      'give the agreed answers in a file instead: ladder agree <level> --for <person> --answers agreed.yaml',
    );
  const latest = await pickPair(store, found, ladder, options.assessments, who, false);
  const level = await requireLevel(ladder, latest.left.assessment.level.id);
  const subject = latest.left.assessment.subject ?? latest.right.assessment.subject ?? who.person;
  const participants = { subject, assessor: person(meName()), role: 'agreed' as const };
  const taken = actionsIn(outcomesOf(found, who, store)).map((e) => e.action.id);
  const newActionId = (outcome: Assessment) => {
    const id = nextActionId(level.id, [...taken, ...(outcome.actions ?? []).map((a) => a.id)]);
    taken.push(id);
    return id;
  };
  const { style } = ctx;
  const line = (text: string, first = '') =>
    wrap(sanitizeLine(text), { width: style.width, first });
  const titleOf = (id: string) => sectionTitle(ladder, id);
  /** The outcome saved, and where; after prompts, apart from them. */
  const saved = (path: string, outcome: Assessment, afterPrompts = true) =>
    ctx.out(
      `${afterPrompts ? '\n' : ''}${renderAssessment(outcome, titleOf, style)}\n${line('Saved to')}\n${line(path, '  ')}\n`,
    );
  const refer = (path: string) => storeReference(store, path);
  const forWhom = who.me ? '' : ` --for "${who.person.name}"`;
  const resumeCommand = `ladder agree ${level.id}${forWhom} --resume`;

  if (options.answers) {
    const comparison = compareAssessments(latest.left.assessment, latest.right.assessment);
    const { outcome } = startOutcome(latest, comparison, participants, ctx.now(), {
      all: false,
      refer,
    });
    const { answers } = await readAnswersFile(options.answers, ladder, level, undefined, {
      withActions: true,
      items: outcome.items,
    });
    const missing = outcome.items.filter((item, i) => item.status === null && !answers.has(i));
    if (missing.length)
      throw new UserError(
        `${options.answers} leaves ${plural(missing.length, 'disagreement')} unsettled: ${missing.map((i) => `${i.section} ${i.id ?? i.position}`).join(', ')}`,
        1,
        'give each an agreed status; items both sides agree on are taken as they are',
      );
    let settled = outcome;
    for (const [index, answer] of answers) {
      settled = withAnswer(settled, index, answer, ctx.now());
      if (answer.action)
        settled = withAction(
          settled,
          index,
          { id: newActionId(settled), text: answer.action, due: answer.due ?? null },
          ctx.now(),
        );
    }
    settled = finish(settled, ctx.now());
    saved(saveNewAssessment(store, settled), settled, false);
    return ExitCode.ok;
  }

  const prompter = deps.prompter ?? (await import('../lazy/prompts.js')).terminalPrompter(style);
  const unfinished = outcomesOf(found, who, store, level.id)
    .filter((s) => !s.assessment.complete)
    .at(-1);
  if (options.resume && !unfinished)
    throw new UserError(
      `no unfinished check-in of ${level.id}${who.me ? '' : ` about ${who.person.name}`} to resume in ${store.assessments}`,
      1,
      `start one with: ladder agree ${level.id}${forWhom}`,
    );
  const state: SessionState = { assessment: undefined as unknown as Assessment };
  try {
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
        options.all || item.status === null || (at?.step === 'action' && at.item === i) ? [i] : [],
      );
      ctx.out(`${line('Resuming')}\n${line(unfinished.path, '  ')}\n\n`);
    } else {
      const started = startOutcome(pair, comparison, participants, ctx.now(), {
        all: Boolean(options.all),
        refer,
      });
      state.assessment = started.outcome;
      walk = started.walk;
      const agreed = options.all
        ? ''
        : `; ${plural(comparison.summary.agree, 'agreement')} taken as agreed`;
      ctx.out(
        [
          style.color.bold(line(`Check-in: ${level.title} · ${subject.name}`)),
          line(
            `${plural(walk.length, 'item')} to settle between ${sideLabel(pair.left.assessment)} and ${sideLabel(pair.right.assessment)}${agreed}. For each: the agreed answer, then what will be done about it, if anything, and by when.`,
          ),
          line('Every answer is saved as you go; Ctrl-C stops, and this continues:'),
          line(resumeCommand, '  '),
          '',
        ].join('\n') + '\n',
      );
      // Nothing to settle: the outcome is written at once.
      if (!walk.length) state.path = saveNewAssessment(store, state.assessment);
    }
    const sides = sidesOf(pair, comparison);
    const io: AgreementIo = {
      prompter,
      save: (path, a) => saveAssessment(path, a),
      create: (a) => saveNewAssessment(store, a),
      now: ctx.now,
      sectionTitle: titleOf,
      sides: (index) => sides(state.assessment, index),
      nextActionId: () => newActionId(state.assessment),
    };
    const done = await runAgreement(state, io, walk);
    saved(state.path!, done);
    return ExitCode.ok;
  } catch (error) {
    if (!(error instanceof PromptInterrupted)) throw error;
    if (!state.path)
      throw new UserError('interrupted; nothing was saved yet', ExitCode.interrupted);
    throw new UserError(
      `interrupted; what was settled so far is saved in ${state.path}`,
      ExitCode.interrupted,
      `continue with: ${resumeCommand}`,
    );
  }
}
