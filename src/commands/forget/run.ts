import { whenInterrupted } from '../../assess/interrupted.js';
import { UsageError } from '../../errors.js';
import { removeStoreFile } from '../../io/store.js';
import { answeredCount } from '../../ladder/assessment.js';
import { assessmentKind } from '../../render/assessment-text.js';
import { sanitizeLine } from '../../render/sanitize.js';
import { localTime } from '../../render/time.js';
import type { CommandContext } from '../context.js';
import { openNamedAssessment } from '../named-assessment.js';
import type { ForgetOptions } from './options.js';

/** `ladder forget`: deletes a saved assessment, after asking, or with --yes. */
export async function forget(options: ForgetOptions, ctx: CommandContext): Promise<void> {
  if (!options.yes && !ctx.interactive)
    throw new UsageError(
      'ladder forget asks before it deletes, and there is no terminal to ask in',
      'pass --yes to delete without asking',
    );
  const { path, assessment: a } = await openNamedAssessment(options, ctx);
  if (!options.yes) {
    const prompter = await ctx.prompter();
    const what = `${assessmentKind(a)}: ${sanitizeLine(a.level.title)}, started ${localTime(a.startedAt)} (${answeredCount(a)} of ${a.items.length} answered)`;
    const sure = await whenInterrupted(
      () => prompter.confirm(`Delete ${what}? It cannot be undone.`, false),
      () => 'nothing was deleted',
    );
    if (!sure) return ctx.err('Nothing was deleted.\n');
  }
  removeStoreFile(path);
  ctx.err(`Deleted ${sanitizeLine(path)}\n`);
}
