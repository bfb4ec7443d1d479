import { lintLadder } from '../../ladder/lint.js';
import { toJson } from '../../render/json.js';
import { lintJson, renderLint } from '../../render/lint-report.js';
import type { CommandContext } from '../context.js';
import type { LintOptions } from './options.js';

export async function lint(options: LintOptions, ctx: CommandContext): Promise<number> {
  const ladder = await ctx.ladder();
  const findings = lintLadder(ladder, { minNewItems: options.minNew });

  // Lines come from where the build found them, kept in the cache: the section's key, or the
  // level's id.
  const located = findings.map((f) => ({
    ...f,
    file: f.level.file,
    line: (f.section ? f.level.lines?.sections[f.section] : f.level.lines?.id) ?? 1,
  }));
  ctx.out(
    options.json
      ? toJson(lintJson(located))
      : renderLint(located, options.strict ?? false, ctx.style),
  );
  return options.strict && located.length > 0 ? 1 : 0;
}
