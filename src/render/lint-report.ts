import type { Finding } from '../ladder/lint.js';
import { plural } from '../ladder/words.js';
import { sanitizeLine } from './sanitize.js';
import type { Style } from './style.js';

/** A finding at the line of the ladder file it is about. */
export type LocatedFinding = Finding & { file: string; line: number };

/** The `ladder lint --json` contract. */
export const lintJson = (findings: LocatedFinding[]) => ({
  findings: findings.map((f) => ({
    file: f.file,
    line: f.line,
    rule: f.rule,
    level: f.level.id,
    section: f.section ?? null,
    message: f.message,
  })),
});

/** One `file:line: rule: message` per finding, then their count. */
export function renderLint(findings: LocatedFinding[], strict: boolean, { color }: Style): string {
  const lines = findings.map(
    (f) =>
      `${color.bold(sanitizeLine(`${f.file}:${f.line}`))}: ${color.yellow(f.rule)}: ${sanitizeLine(f.message)}\n`,
  );
  const n = findings.length;
  const total =
    n === 0
      ? `${color.green('✓')} no findings\n`
      : `\n${plural(n, 'warning')}${strict ? '' : ' (--strict makes them fail)'}\n`;
  return lines.join('') + total;
}
