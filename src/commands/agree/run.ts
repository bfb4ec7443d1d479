import { checkTargets, pickPair } from '../../assess/check-in.js';
import { peopleIn, whoseToWrite } from '../../assess/pick.js';
import { UsageError } from '../../errors.js';
import { listAssessments, storeReference, withFolderLock } from '../../io/store.js';
import type { StoredAssessment } from '../../ladder/assessment.js';
import { actionsIn, nextActionId } from '../../ladder/outcome.js';
import { person } from '../../ladder/people.js';
import { requireLevel } from '../../ladder/resolve.js';
import { sectionTitle } from '../../ladder/tree.js';
import type { CommandContext } from '../context.js';
import { sessionOutput } from '../session-output.js';
import type { CheckIn } from './check-in.js';
import { actionsCommand } from './actions.js';
import { outcomesOf } from '../../assess/pick.js';
import type { AgreeOptions } from './options.js';
import { converse } from './conversation.js';
import { settleFromFile } from './from-file.js';
import { forWords, ladderCommand } from '../../render/command-line.js';

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

/** `ladder agree`: settle a self-assessment and a manager's into an agreed outcome. */
export async function agree(options: AgreeOptions, ctx: CommandContext): Promise<number> {
  checkOptions(options);
  const ladder = await ctx.ladder();
  const store = ctx.store(options);
  const { found } = listAssessments(store);
  const meName = ctx.me(options);
  const who = await whoseToWrite(peopleIn(found), options.for, meName, ctx.confirmer());
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
  const takenIn = (assessments: StoredAssessment[]) =>
    actionsIn(outcomesOf(assessments, who, store)).map((e) => e.action.id);
  let taken = takenIn(found);
  const titleOf = (id: string) => sectionTitle(ladder, id);
  const forWhom = forWords(who);
  const checkIn: CheckIn = {
    options,
    ctx,
    ladder,
    store,
    found,
    who,
    level,
    latest,
    participants: { subject, assessor: person(meName()), role: 'agreed' },
    newActionId: (outcome) => {
      const id = nextActionId(level.id, [...taken, ...(outcome.actions ?? []).map((a) => a.id)]);
      taken.push(id);
      return id;
    },
    withIds: (use) =>
      withFolderLock(store.assessments, () => {
        taken = takenIn(listAssessments(store).found);
        return use();
      }),
    ...sessionOutput(ctx, Boolean(options.answers), titleOf),
    refer: (path) => storeReference(store, path),
    forWhom,
    resumeCommand: ladderCommand('agree', level.id, forWhom, '--resume'),
  };
  return options.answers ? settleFromFile(checkIn, options.answers) : converse(checkIn);
}
