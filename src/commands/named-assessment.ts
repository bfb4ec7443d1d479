import { peopleIn, pickAssessment, whose } from '../assess/pick.js';
import { listAssessments } from '../io/store.js';
import type { StoredAssessment } from '../ladder/assessment.js';
import type { Ladder } from '../ladder/types.js';
import type { CommandContext } from './context.js';

/** How `report` and `forget` name one saved assessment. */
export interface NamedAssessmentOptions {
  /** A file, "latest", or a level: the latest assessment of it. */
  target: string;
  for?: string;
  as?: string;
  store?: string;
}

/** The saved assessment a command names, of --for or of me, with the ladder it was read against. */
export async function openNamedAssessment(
  options: NamedAssessmentOptions,
  ctx: CommandContext,
): Promise<StoredAssessment & { ladder: Ladder }> {
  const ladder = await ctx.ladder();
  const store = ctx.store(options);
  const who = whose(peopleIn(listAssessments(store).found), options.for, ctx.me(options));
  return { ladder, ...(await pickAssessment(store, ladder, options.target, who)) };
}
