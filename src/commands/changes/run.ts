import { statSync } from 'node:fs';
import { join } from 'node:path';
import { ExitCode, UsageError, UserError } from '../../errors.js';
import { listEvidence } from '../../io/evidence-store.js';
import { openLadderAtRevision } from '../../io/ladder-at-revision.js';
import { openLadder, repositoryTop } from '../../io/ladder-dir.js';
import { listAssessments } from '../../io/store.js';
import { affectedAssessments, affectedEvidence } from '../../ladder/affected.js';
import { compareLadders, hasChanges } from '../../ladder/ladder-diff.js';
import { requireSections } from '../../ladder/resolve.js';
import type { Ladder } from '../../ladder/types.js';
import { changesJson, changesMarkdown } from '../../render/changes-report.js';
import { ladderCommand } from '../../render/command-line.js';
import { renderChanges, type ChangesView } from '../../render/changes-text.js';
import { toJson } from '../../render/json.js';
import { rejectJsonWithFormat, type CommandContext } from '../context.js';
import type { ChangesOptions } from './options.js';

/** A folder that holds a ladder, rather than a git revision. */
const isLadderFolder = (path: string) =>
  statSync(path, { throwIfNoEntry: false })?.isDirectory() === true &&
  statSync(join(path, 'ladder.yaml'), { throwIfNoEntry: false }) !== undefined;

// Two or three dots between revisions, not the ".." of a path.
const RANGE = /(?:^|[^./])\.{2,3}(?:[^./]|$)/;

/** One side: a ladder folder, or the ladder folder as it was at a git revision. */
const version = (ref: string, ctx: CommandContext): Promise<Ladder> =>
  isLadderFolder(ref)
    ? openLadder(ref, ctx.env)
    : openLadderAtRevision(ctx.ladderDir, ref, ctx.env);

async function run(options: ChangesOptions, ctx: CommandContext): Promise<number> {
  rejectJsonWithFormat(options);
  if (options.old.trim() === '')
    throw new UsageError('name the old version: a git revision or a ladder folder');
  // "a..b" and "a...b" are git's ranges: ladder compares two versions, each named on its own.
  for (const ref of [options.old, options.new ?? ''])
    if (RANGE.test(ref) && !isLadderFolder(ref)) {
      const [from, to] = ref.split(/\.{2,3}/);
      throw new UsageError(
        `${ref} is a range; changes compares two versions`,
        `name them apart: ${ladderCommand('changes', from || 'HEAD', to || 'HEAD')}`,
      );
    }
  const older = await version(options.old, ctx);
  const newer = options.new === undefined ? await ctx.ladder() : await version(options.new, ctx);
  const only = options.section?.length ? await requireSections(newer, options.section) : undefined;
  const diff = compareLadders(older, newer, only);
  const show =
    options.assessments ?? (options.json || options.format === 'markdown' ? false : undefined);
  const atRevision = [options.old, options.new].some((r) => r !== undefined && !isLadderFolder(r));
  const top = atRevision ? repositoryTop(ctx.ladderDir) : undefined;
  const view: ChangesView = {
    diff,
    refs: { old: options.old, new: options.new ?? 'the ladder on disk' },
    ...(top ? { place: `${ctx.ladderDir} in the git repository ${top}` } : {}),
    layout: { stacked: Boolean(options.stacked), changedOnly: options.changedOnly },
  };
  if (show !== false) {
    const store = ctx.store(options);
    const assessments = affectedAssessments(diff, listAssessments(store).found);
    const evidence = affectedEvidence(diff, listEvidence(store).found);
    // In the terminal, the section appears when the store holds anything it could touch.
    if (show || assessments.length || evidence.length) view.affected = { assessments, evidence };
  }
  if (options.json) ctx.out(toJson(changesJson(view)));
  else if (options.format === 'markdown') ctx.out(changesMarkdown(view));
  else ctx.out(renderChanges(view, ctx.style));
  return options.exitCode && hasChanges(diff) ? ExitCode.failure : ExitCode.ok;
}

/**
 * `ladder changes`: two versions of the ladder compared. With --exit-code, a change exits 1 and
 * a failure 3, so that a CI check tells "changed" from "broken"; usage errors stay 2.
 */
export async function changes(options: ChangesOptions, ctx: CommandContext): Promise<number> {
  try {
    return await run(options, ctx);
  } catch (error) {
    if (options.exitCode && error instanceof UserError && error.exitCode === ExitCode.failure)
      throw new UserError(error.message, ExitCode.broken, error.hint);
    throw error;
  }
}
