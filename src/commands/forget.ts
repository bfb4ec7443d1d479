import type { Prompter } from '../assess/prompter.js';
import { PromptInterrupted, UsageError, UserError, ExitCode } from '../errors.js';
import { removeStoreFile } from '../io/store.js';
import { answeredCount } from '../ladder/assessment.js';
import { assessmentKind } from '../render/assessment-text.js';
import { sanitizeLine } from '../render/sanitize.js';
import { localTime } from '../render/time.js';
import type { CommandContext } from './context.js';
import { openNamedAssessment, type NamedAssessmentOptions } from './named-assessment.js';

export interface ForgetOptions extends NamedAssessmentOptions {
  yes?: boolean;
}

/** `ladder forget`: deletes a saved assessment, after asking, or with --yes. */
export async function forget(
  options: ForgetOptions,
  ctx: CommandContext,
  deps: { prompter?: Prompter } = {},
): Promise<void> {
  if (!options.yes && !ctx.interactive)
    throw new UsageError(
      'ladder forget asks before it deletes, and there is no terminal to ask in',
      'pass --yes to delete without asking',
    );
  const { path, assessment: a } = await openNamedAssessment(options, ctx);
  if (!options.yes) {
    const prompter =
      deps.prompter ?? (await import('../lazy/prompts.js')).terminalPrompter(ctx.style);
    const what = `${assessmentKind(a)}: ${sanitizeLine(a.level.title)}, started ${localTime(a.startedAt)} (${answeredCount(a)} of ${a.items.length} answered)`;
    let sure: boolean;
    try {
      sure = await prompter.confirm(`Delete ${what}? It cannot be undone.`, false);
    } catch (error) {
      if (error instanceof PromptInterrupted)
        throw new UserError('interrupted; nothing was deleted', ExitCode.interrupted);
      throw error;
    }
    if (!sure) return ctx.err('Nothing was deleted.\n');
  }
  removeStoreFile(path);
  ctx.err(`Deleted ${sanitizeLine(path)}\n`);
}
