import { interruptedWrite } from '../../io/folder-journal.js';
import { cachedLadder, readLadderFiles, rememberLadder } from '../../io/ladder-dir.js';
import { ladderCommand } from '../../render/command-line.js';
import type { Problem } from '../../errors.js';
import { toJson } from '../../render/json.js';
import { renderValidate, validateJson } from '../../render/validate-report.js';
import type { CommandContext } from '../context.js';
import type { ValidateOptions } from './options.js';

/** Reports every problem in the ladder at once; exit code 1 when there is any. */
export async function validate(options: ValidateOptions, ctx: CommandContext): Promise<number> {
  // A write that was interrupted leaves the folder neither old nor new: never valid as it is.
  const journal = interruptedWrite(ctx.ladderDir);
  // A ladder in the cache checked clean, and none of its files has changed since.
  const cached = journal ? undefined : cachedLadder(ctx.ladderDir, ctx.env);
  let ladder = cached;
  let problems: Problem[] = [];
  let fileCount = 1 + (cached?.levels.length ?? 0);
  if (!cached) {
    const files = readLadderFiles(ctx.ladderDir);
    const { loadLadder } = await import('../../ladder/parsing.js');
    ({ ladder, problems } = loadLadder(ctx.ladderDir, files));
    if (journal) problems = [interrupted(journal, ctx.ladderDir), ...problems];
    fileCount = 1 + files.levelFiles.length;
    if (ladder && problems.length === 0) rememberLadder(ctx.ladderDir, ctx.env, ladder);
  }
  ctx.out(
    options.json
      ? toJson(validateJson(problems, fileCount))
      : renderValidate(ctx.ladderDir, ladder, problems, ctx.style),
  );
  return problems.length ? 1 : 0;
}

const interrupted = (journal: string, dir: string): Problem => ({
  file: journal,
  line: 1,
  col: 1,
  message: `a write into this folder was interrupted; ${ladderCommand('list', '--ladder', dir)} completes it`,
});
