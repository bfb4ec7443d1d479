import { whenInterrupted } from '../../assess/interrupted.js';
import { UsageError } from '../../errors.js';
import { removeStoreFile } from '../../io/store.js';
import { sanitizeLine } from '../../render/sanitize.js';
import type { CommandContext } from '../context.js';
import type { RemoveOptions } from './options.js';
import { entryById, open } from './open.js';

/** `ladder evidence rm`: deletes an entry, after asking, or with --yes. */
export async function evidenceRemove(options: RemoveOptions, ctx: CommandContext): Promise<void> {
  if (!options.yes && !ctx.interactive)
    throw new UsageError(
      'ladder evidence rm asks before it deletes, and there is no terminal to ask in',
      'pass --yes to delete without asking',
    );
  const { mine, who } = await open(options, ctx);
  const stored = entryById(mine, options.id, who);
  if (!options.yes) {
    const prompter = await ctx.prompter();
    const sure = await whenInterrupted(
      () =>
        prompter.confirm(
          `Delete ${stored.entry.id} (${stored.entry.date}): "${stored.entry.text}"? It cannot be undone.`,
          false,
        ),
      () => 'nothing was deleted',
    );
    if (!sure) return ctx.err('Nothing was deleted.\n');
  }
  removeStoreFile(stored.path);
  ctx.err(`Deleted ${sanitizeLine(stored.entry.id)}: ${sanitizeLine(stored.path)}\n`);
}
