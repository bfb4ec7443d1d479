import { pickPair } from '../assess/check-in.js';
import { peopleIn, whose } from '../assess/pick.js';
import { UsageError } from '../errors.js';
import { myName } from '../io/identity.js';
import { openLadder } from '../io/ladder-dir.js';
import { listAssessments, openStore } from '../io/store.js';
import { compareAssessments } from '../ladder/compare.js';
import { sectionTitle } from '../ladder/tree.js';
import { comparisonJson, comparisonMarkdown } from '../render/compare-report.js';
import { renderComparison } from '../render/compare-text.js';
import { toJson } from '../render/json.js';
import { rejectJsonWithFormat, type CommandContext } from './context.js';

export interface CompareOptions {
  /** A level (with --for, or for me), or two assessment files. */
  assessments: string[];
  for?: string;
  as?: string;
  all?: boolean;
  allowUnfinished?: boolean;
  json?: boolean;
  format: string;
  store?: string;
}

/** One level, or two files: anything else is a usage error. */
export function checkTargets(args: string[], command: string): void {
  if (args.length === 0 || args.length > 2)
    throw new UsageError(
      `ladder ${command} takes a level, or two assessment files`,
      `ladder ${command} director --for "Alice Martin", or ladder ${command} self.json manager.json`,
    );
}

/** `ladder compare`: a self-assessment and a manager's (or any two) side by side. */
export async function compare(options: CompareOptions, ctx: CommandContext): Promise<void> {
  rejectJsonWithFormat(options);
  checkTargets(options.assessments, 'compare');
  const ladder = await openLadder(ctx.ladderDir, ctx.env);
  const store = openStore(options.store, ctx.env);
  const { found } = listAssessments(store);
  const who = whose(peopleIn(found), options.for, myName(options.as, ctx.env, ctx.cwd));
  const { left, right } = await pickPair(
    store,
    found,
    ladder,
    options.assessments,
    who,
    Boolean(options.allowUnfinished),
  );
  const view = {
    left: left.assessment,
    right: right.assessment,
    comparison: compareAssessments(left.assessment, right.assessment),
    title: (id: string) => sectionTitle(ladder, id),
    all: Boolean(options.all),
  };
  if (options.json)
    return ctx.out(toJson(comparisonJson(view, { left: left.path, right: right.path })));
  if (options.format === 'markdown') return ctx.out(comparisonMarkdown(view));
  ctx.out(renderComparison(view, ctx.style));
}
