import { UsageError } from '../../errors.js';
import { listAssessments } from '../../io/store.js';
import { isDate } from '../../ladder/dates.js';
import { requireLevel } from '../../ladder/resolve.js';
import { anonymized, teamView, trendsOf } from '../../ladder/team.js';
import { sectionTitle } from '../../ladder/tree.js';
import { toJson } from '../../render/json.js';
import { skippedWarning } from '../../render/messages.js';
import { teamHtml } from '../../render/team-html.js';
import { teamJson, teamMarkdown } from '../../render/team-report.js';
import { renderTeam, type TeamScreen } from '../../render/team-text.js';
import { localDate } from '../../render/time.js';
import type { CommandContext } from '../context.js';
import { documentTarget } from '../document-output.js';

import type { TeamOptions } from './options.js';

/** `ladder team`: every person's standing in the store, read together. */
export async function team(options: TeamOptions, ctx: CommandContext): Promise<void> {
  const { format, style, write } = documentTarget(options, ctx);
  const { ready, minGroup } = options;
  if (options.asOf !== undefined && !isDate(options.asOf))
    throw new UsageError(`--as-of must be a date as YYYY-MM-DD, not "${options.asOf}"`);
  const ladder = await ctx.ladder();
  const levels = options.level?.length
    ? await Promise.all(options.level.map(async (l) => (await requireLevel(ladder, l)).id))
    : undefined;
  const store = ctx.store(options);
  const { found, skipped } = listAssessments(store);
  // A file that cannot be read is named, once, and never stops the report.
  for (const bad of skipped) ctx.err(skippedWarning(bad));
  const stored = options.anonymous ? anonymized(found) : found;
  const asOf = options.asOf ?? localDate(ctx.now().toISOString());
  const screen: TeamScreen = {
    view: teamView(stored, { asOf, ready, minGroup, ...(levels ? { levels } : {}) }),
    title: (_level, section) => sectionTitle(ladder, section),
    asOf,
    ready,
    minGroup,
  };
  const trends = () =>
    trendsOf(
      stored.filter(
        (s) =>
          (!levels || levels.includes(s.assessment.level.id)) &&
          s.assessment.updatedAt.slice(0, 10) <= asOf,
      ),
    );
  let text: string;
  if (format === 'json') text = toJson(teamJson(screen));
  else if (format === 'markdown') text = teamMarkdown(screen);
  else if (format === 'html') text = teamHtml(screen, trends());
  else {
    text = renderTeam(screen, style);
    if (options.chart) {
      // The chart libraries load only for --chart.
      const { sparklines } = await import('../../render/charts.js');
      text += `\n${style.color.bold('Readiness over time')}\n${sparklines(trends(), style, (t) => `${t.person.name} · ${t.level.title}`)}\n`;
    }
  }
  write(text);
}
