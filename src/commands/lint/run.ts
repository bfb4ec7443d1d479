import { lintLadder } from '../../ladder/lint.js';
import { toJson } from '../../render/json.js';
import { sanitizeLine } from '../../render/sanitize.js';
import type { CommandContext } from '../context.js';
import { plural } from '../../ladder/words.js';
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

  if (options.json) {
    ctx.out(
      toJson({
        findings: located.map((f) => ({
          file: f.file,
          line: f.line,
          rule: f.rule,
          level: f.level.id,
          section: f.section ?? null,
          message: f.message,
        })),
      }),
    );
  } else {
    const { color } = ctx.style;
    for (const f of located)
      ctx.out(
        `${color.bold(sanitizeLine(`${f.file}:${f.line}`))}: ${color.yellow(f.rule)}: ${sanitizeLine(f.message)}\n`,
      );
    const n = located.length;
    ctx.out(
      n === 0
        ? `${color.green('✓')} no findings\n`
        : `\n${plural(n, 'warning')}${options.strict ? '' : ' (--strict makes them fail)'}\n`,
    );
  }
  return options.strict && located.length > 0 ? 1 : 0;
}
