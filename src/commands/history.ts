import { assessmentsDir, listAssessments } from '../io/assessment-store.js';
import { openLadder } from '../io/ladder-dir.js';
import { requireLevel } from '../ladder/resolve.js';
import { historyEntry, renderHistory } from '../render/history-text.js';
import { toJson } from '../render/json.js';
import type { CommandContext } from './context.js';

export interface HistoryOptions {
  level?: string;
  json?: boolean;
}

export async function history(options: HistoryOptions, ctx: CommandContext): Promise<void> {
  const dir = assessmentsDir(ctx.env);
  const { found, skipped } = listAssessments(dir);
  let stored = found;
  if (options.level) {
    const level = requireLevel(await openLadder(ctx.ladderDir, ctx.env), options.level);
    stored = found.filter((s) => s.assessment.level.id === level.id);
  }
  for (const path of skipped) ctx.err(`warning: skipped ${path}: not a readable assessment\n`);
  if (options.json) return ctx.out(toJson({ assessments: stored.map(historyEntry) }));
  ctx.out(renderHistory(stored, dir, ctx.style));
}
