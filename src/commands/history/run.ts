import { isAbout, peopleIn, whose } from '../../assess/pick.js';
import { listAssessments } from '../../io/store.js';
import { historyOf } from '../../ladder/history.js';
import { trendsOf } from '../../ladder/team.js';
import { requireLevel } from '../../ladder/resolve.js';
import { historyListJson, renderHistory } from '../../render/history-text.js';
import { toJson } from '../../render/json.js';
import { skippedWarning } from '../../render/messages.js';
import type { CommandContext } from '../context.js';
import type { HistoryOptions } from './options.js';

/** `ladder history`: my assessments (or someone's, with --for), and how readiness moved. */
export async function history(options: HistoryOptions, ctx: CommandContext): Promise<void> {
  const levelId =
    options.level === undefined
      ? undefined
      : (await requireLevel(await ctx.ladder(), options.level)).id;
  const store = ctx.store(options);
  const { found, skipped } = listAssessments(store);
  // A file that cannot be read is named, once, and never stops the others.
  for (const bad of skipped) ctx.err(skippedWarning(bad));
  const who = whose(peopleIn(found), options.for, ctx.me(options));
  const stored = found.filter(
    (s) =>
      isAbout(s.assessment, who, store) &&
      (levelId === undefined || s.assessment.level.id === levelId),
  );
  const entries = historyOf(stored);
  if (options.json) return ctx.out(toJson(historyListJson(entries)));
  ctx.out(renderHistory(entries, store.assessments, ctx.style));
  if (options.chart) {
    const trends = trendsOf(stored);
    // The chart libraries (asciichart, sparkly) load only for --chart.
    const { trendCharts } = await import('../../render/charts.js');
    ctx.out(
      trends.length
        ? `\n${trendCharts(trends, ctx.style, (t) => `Readiness at ${t.level.title}`)}`
        : '\nNo finished assessment to chart yet.\n',
    );
  }
}
