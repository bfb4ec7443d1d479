import type { Problem } from '../errors.js';
import type { Ladder } from '../ladder/types.js';
import { plural } from '../ladder/words.js';
import { sanitizeLine } from './sanitize.js';
import type { Style } from './style.js';

/** The `ladder validate --json` contract. */
export const validateJson = (problems: Problem[], files: number) => ({
  ok: problems.length === 0,
  files,
  problems,
});

/** Each problem as `file:line:col: message` and their count, or what the ladder holds. */
export function renderValidate(
  dir: string,
  ladder: Ladder | undefined,
  problems: Problem[],
  { color }: Style,
): string {
  if (problems.length === 0)
    return `${color.green('✓')} ${sanitizeLine(dir)}: ${plural(ladder!.levels.length, 'level')}, ${plural(ladder!.tracks.length, 'track')}, ${plural(ladder!.sections.length, 'section')}; no problems\n`;
  const lines = problems.map(
    (p) =>
      `${color.bold(sanitizeLine(`${p.file}:${p.line}:${p.col}`))}: ${sanitizeLine(p.message)}\n`,
  );
  const files = new Set(problems.map((p) => p.file)).size;
  return `${lines.join('')}${color.red(`\n${plural(problems.length, 'problem')} in ${plural(files, 'file')}\n`)}`;
}
