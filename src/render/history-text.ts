import type { StoredAssessment } from '../ladder/assessment.js';
import { readiness } from '../ladder/readiness.js';
import type { Style } from './style.js';
import { dateTime } from './assessment-text.js';
import { sanitizeLine } from './sanitize.js';
import { percent } from '../ladder/words.js';

/** One summary per saved assessment: what `history --json` prints. */
export function historyEntry({ path, assessment: a }: StoredAssessment) {
  return {
    file: path,
    level: a.level,
    startedAt: a.startedAt,
    updatedAt: a.updatedAt,
    complete: a.complete,
    answered: a.items.filter((i) => i.status !== null).length,
    total: a.items.length,
    readiness: readiness(a).overall,
  };
}

/** `ladder history`: assessments by level, oldest first, with how readiness moved. */
export function renderHistory(stored: StoredAssessment[], dir: string, style: Style): string {
  const { color } = style;
  if (stored.length === 0)
    return `No saved assessments in ${dir}.\nStart one with: ladder assess\n`;
  const out = [color.dim(`Saved assessments in ${dir}`)];
  for (const levelId of [...new Set(stored.map((s) => s.assessment.level.id))]) {
    const runs = stored.filter((s) => s.assessment.level.id === levelId).map(historyEntry);
    out.push('', color.bold(`${sanitizeLine(runs[0]!.level.title)} (${levelId})`));
    let previous: { score: number; date: string } | undefined;
    for (const run of runs) {
      const state = run.complete ? 'complete  ' : color.yellow('unfinished');
      const score =
        run.readiness === null ? 'nothing counted yet' : `readiness ${percent(run.readiness)}`;
      let move = '';
      if (run.readiness !== null && previous) {
        const points = Math.round((run.readiness - previous.score) * 100);
        move = color.dim(` (${points >= 0 ? '+' : ''}${points} points since ${previous.date})`);
      }
      out.push(
        `  ${dateTime(run.startedAt)}  ${state}  ${run.answered} of ${run.total} answered, ${score}${move}`,
      );
      out.push(color.dim(`    ${run.file}`));
      if (run.readiness !== null)
        previous = { score: run.readiness, date: run.startedAt.slice(0, 10) };
    }
  }
  return out.join('\n') + '\n';
}
