import { cachedLadder, readLadderFiles, rememberLadder } from '../../io/ladder-dir.js';
import type { Problem } from '../../errors.js';
import { toJson } from '../../render/json.js';
import { sanitizeLine } from '../../render/sanitize.js';
import type { CommandContext } from '../context.js';
import { plural } from '../../ladder/words.js';
import type { ValidateOptions } from './options.js';

/** Reports every problem in the ladder at once; exit code 1 when there is any. */
export async function validate(options: ValidateOptions, ctx: CommandContext): Promise<number> {
  // A ladder in the cache checked clean, and none of its files has changed since.
  const cached = cachedLadder(ctx.ladderDir, ctx.env);
  let ladder = cached;
  let problems: Problem[] = [];
  let fileCount = 1 + (cached?.levels.length ?? 0);
  if (!cached) {
    const files = readLadderFiles(ctx.ladderDir);
    const { loadLadder } = await import('../../ladder/parsing.js');
    ({ ladder, problems } = loadLadder(ctx.ladderDir, files));
    fileCount = 1 + files.levelFiles.length;
    if (ladder && problems.length === 0) rememberLadder(ctx.ladderDir, ctx.env, ladder);
  }
  if (options.json) {
    ctx.out(toJson({ ok: problems.length === 0, files: fileCount, problems }));
    return problems.length ? 1 : 0;
  }
  const { color } = ctx.style;
  for (const p of problems) {
    ctx.out(
      `${color.bold(sanitizeLine(`${p.file}:${p.line}:${p.col}`))}: ${sanitizeLine(p.message)}\n`,
    );
  }
  if (problems.length > 0) {
    const files = new Set(problems.map((p) => p.file)).size;
    ctx.out(color.red(`\n${plural(problems.length, 'problem')} in ${plural(files, 'file')}\n`));
    return 1;
  }
  const l = ladder!;
  ctx.out(
    `${color.green('✓')} ${sanitizeLine(ctx.ladderDir)}: ${plural(l.levels.length, 'level')}, ${plural(l.tracks.length, 'track')}, ${plural(l.sections.length, 'section')}; no problems\n`,
  );
  return 0;
}
