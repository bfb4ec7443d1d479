import { checkTargets, pickPair } from '../../assess/check-in.js';
import { outcomesOf, peopleIn, whose } from '../../assess/pick.js';
import { isOverdue } from '../../ladder/dates.js';
import { actionsIn } from '../../ladder/outcome.js';
import { localDate } from '../../render/time.js';
import { listAssessments } from '../../io/store.js';
import { compareAssessments } from '../../ladder/compare.js';
import { sectionTitle } from '../../ladder/tree.js';
import { comparisonJson, comparisonMarkdown } from '../../render/compare-report.js';
import { renderComparison } from '../../render/compare-text.js';
import { toJson } from '../../render/json.js';
import { rejectJsonWithFormat, type CommandContext } from '../context.js';
import type { CompareOptions } from './options.js';

/** `ladder compare`: a self-assessment and a manager's (or any two) side by side. */
export async function compare(options: CompareOptions, ctx: CommandContext): Promise<void> {
  rejectJsonWithFormat(options);
  checkTargets(options.assessments, 'compare');
  const ladder = await ctx.ladder();
  const store = ctx.store(options);
  const { found } = listAssessments(store);
  const who = whose(peopleIn(found), options.for, ctx.me(options));
  const { left, right } = await pickPair(
    store,
    found,
    ladder,
    options.assessments,
    who,
    Boolean(options.allowUnfinished),
  );
  const today = localDate(ctx.now().toISOString());
  const view = {
    left: left.assessment,
    right: right.assessment,
    comparison: compareAssessments(left.assessment, right.assessment),
    title: (id: string) => sectionTitle(ladder, id),
    all: Boolean(options.all),
    overdue: actionsIn(outcomesOf(found, who, store, left.assessment.level.id)).filter((e) =>
      isOverdue(e.action, today),
    ),
    today,
  };
  if (options.json)
    return ctx.out(toJson(comparisonJson(view, { left: left.path, right: right.path })));
  if (options.format === 'markdown') return ctx.out(comparisonMarkdown(view));
  ctx.out(renderComparison(view, ctx.style));
}
