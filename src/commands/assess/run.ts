import { sectionsWithItems } from '../../assess/answers-file.js';
import { peopleIn, whoseToWrite } from '../../assess/pick.js';
import { UsageError } from '../../errors.js';
import { listAssessments } from '../../io/store.js';
import type { Role } from '../../ladder/assessment.js';
import { person } from '../../ladder/people.js';
import { requireLevel, requireSections } from '../../ladder/resolve.js';
import { sectionTitle } from '../../ladder/tree.js';
import type { CommandContext } from '../context.js';
import { sessionOutput } from '../session-output.js';
import type { Taking } from './taking.js';
import type { AssessOptions } from './options.js';
import { converse } from './conversation.js';
import { answerFromFile } from './from-file.js';

/** The role of whoever answers: self by default, the manager's with --for. */
function roleOf(options: AssessOptions): Role {
  const role: string = options.role ?? (options.for !== undefined ? 'manager' : 'self');
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

/** `ladder assess`: a session in a terminal, or the answers of a file. */
export async function assess(options: AssessOptions, ctx: CommandContext): Promise<number> {
  // Everything the user typed is checked first: before a file is read or a question asked.
  checkOptions(options);
  const role = roleOf(options);
  const ladder = await ctx.ladder();
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

  const store = ctx.store(options);
  const { found } = listAssessments(store);
  const meName = ctx.me(options);
  const who = await whoseToWrite(peopleIn(found), options.for, meName, ctx.confirmer());
  const titleOf = (id: string) => sectionTitle(ladder, id);
  const taking: Taking = {
    options,
    ctx,
    ladder,
    named,
    chosen,
    store,
    found,
    who,
    role,
    participants: () => ({
      subject: who.person,
      assessor: role === 'self' ? who.person : person(meName()),
      role,
    }),
    titleOf,
    ...sessionOutput(ctx, Boolean(options.answers), titleOf),
  };
  return options.answers && named
    ? answerFromFile(taking, named, options.answers)
    : converse(taking);
}
