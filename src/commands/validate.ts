import { readLadderFiles } from '../io/ladder-dir.js';
import { toJson } from '../render/json.js';
import { sanitizeLine } from '../render/sanitize.js';
import type { CommandContext } from './context.js';
import { plural } from '../ladder/words.js';

export interface ValidateOptions {
  json?: boolean;
}

/** Reports every problem in the ladder at once; exit code 1 when there is any. */
export async function validate(options: ValidateOptions, ctx: CommandContext): Promise<number> {
  const files = readLadderFiles(ctx.ladderDir);
  const { loadLadder } = await import('../lazy/parsing.js');
  const { ladder, problems } = loadLadder(ctx.ladderDir, files);
  const fileCount = 1 + files.levelFiles.length;
  if (options.json) {
    ctx.out(toJson({ ok: problems.length === 0, files: fileCount, problems }));
    return problems.length ? 1 : 0;
  }
  const { color } = ctx.style;
  for (const p of problems) {
    ctx.out(`${color.bold(`${p.file}:${p.line}:${p.col}`)}: ${sanitizeLine(p.message)}\n`);
  }
  if (problems.length > 0) {
    const files = new Set(problems.map((p) => p.file)).size;
    ctx.out(color.red(`\n${plural(problems.length, 'problem')} in ${plural(files, 'file')}\n`));
    return 1;
  }
  const l = ladder!;
  ctx.out(
    `${color.green('✓')} ${ctx.ladderDir}: ${plural(l.levels.length, 'level')}, ${plural(l.tracks.length, 'track')}, ${plural(l.sections.length, 'section')}; no problems\n`,
  );
  return 0;
}
