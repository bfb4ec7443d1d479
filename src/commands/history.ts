import { isAbout, peopleIn, whose } from '../assess/pick.js';
import { myName } from '../io/identity.js';
import { openLadder } from '../io/ladder-dir.js';
import { listAssessments, openStore } from '../io/store.js';
import { historyOf } from '../ladder/history.js';
import { trendsOf } from '../ladder/team.js';
import { trendCharts } from '../lazy/charts.js';
import { requireLevel } from '../ladder/resolve.js';
import { historyJson, renderHistory } from '../render/history-text.js';
import { toJson } from '../render/json.js';
import { sanitizeLine } from '../render/sanitize.js';
import type { CommandContext } from './context.js';

export interface HistoryOptions {
  level?: string;
  json?: boolean;
  chart?: boolean;
  for?: string;
  as?: string;
  store?: string;
}

/** `ladder history`: my assessments (or someone's, with --for), and how readiness moved. */
export async function history(options: HistoryOptions, ctx: CommandContext): Promise<void> {
  const levelId =
    options.level === undefined
      ? undefined
      : (await requireLevel(await openLadder(ctx.ladderDir, ctx.env), options.level)).id;
  const store = openStore(options.store, ctx.env);
  const { found, skipped } = listAssessments(store);
  // A file that cannot be read is named, once, and never stops the others.
  for (const bad of skipped) ctx.err(`warning: skipped ${sanitizeLine(bad.message)}\n`);
  const who = whose(peopleIn(found), options.for, myName(options.as, ctx.env, ctx.cwd));
  const stored = found.filter(
    (s) =>
      isAbout(s.assessment, who, store) &&
      (levelId === undefined || s.assessment.level.id === levelId),
  );
  const entries = historyOf(stored);
  if (options.json) return ctx.out(toJson({ assessments: entries.map(historyJson) }));
  ctx.out(renderHistory(entries, store.assessments, ctx.style));
  if (options.chart) {
    const trends = trendsOf(stored);
    ctx.out(
      trends.length
        ? `\n${trendCharts(trends, ctx.style, (t) => `Readiness at ${t.level.title}`)}`
        : '\nNo finished assessment to chart yet.\n',
    );
  }
}
