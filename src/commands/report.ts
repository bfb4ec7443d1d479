import { Chalk } from 'chalk';
import { UsageError } from '../errors.js';
import { assessmentsDir, listAssessments, loadAssessment } from '../io/assessment-store.js';
import { openLadder } from '../io/ladder-dir.js';
import { writeFileAtomic } from '../io/write-file.js';
import { compareWithLadder, itemsFor, type Assessment } from '../ladder/assessment.js';
import { levelById, sectionTitle } from '../ladder/tree.js';
import type { Ladder } from '../ladder/types.js';
import { assessmentJson, assessmentMarkdown } from '../render/assessment-report.js';
import { renderAssessment } from '../render/assessment-text.js';
import { toJson } from '../render/json.js';
import type { CommandContext } from './context.js';

export interface ReportOptions {
  file?: string;
  format: 'text' | 'markdown' | 'json';
  out?: string;
  force?: boolean;
}

/** Says on stderr when the ladder has moved on since the assessment was taken. */
function warnIfChanged(ladder: Ladder, assessment: Assessment, ctx: CommandContext): void {
  const level = levelById(ladder, assessment.level.id);
  if (!level) {
    ctx.err(
      `warning: the ladder no longer has the level ${assessment.level.id}; showing the assessment as it was taken\n`,
    );
    return;
  }
  const sections = ladder.sections.filter((s) => assessment.items.some((i) => i.section === s.id));
  const changes = compareWithLadder(assessment.items, itemsFor(level, sections));
  const parts = [
    changes.edited.length && `${changes.edited.length} reworded`,
    changes.gone.length && `${changes.gone.length} removed`,
    changes.added.length && `${changes.added.length} added`,
  ].filter(Boolean);
  if (parts.length) {
    ctx.err(
      `warning: the ladder's items have changed since this assessment (${parts.join(', ')}); answers are shown as given\n`,
    );
  }
}

export async function report(options: ReportOptions, ctx: CommandContext): Promise<void> {
  let path = options.file;
  if (!path || path === 'latest') {
    const latest = listAssessments(assessmentsDir(ctx.env)).found.at(-1);
    if (!latest)
      throw new UsageError(
        `no saved assessments in ${assessmentsDir(ctx.env)}`,
        'start one with: ladder assess',
      );
    path = latest.path;
  }
  const assessment = loadAssessment(path);
  const ladder = await openLadder(ctx.ladderDir, ctx.env);
  warnIfChanged(ladder, assessment, ctx);
  const title = (id: string) => sectionTitle(ladder, id);
  // A file gets no color, and lines as wide as a terminal usually is.
  const style = options.out
    ? { ...ctx.style, color: new Chalk({ level: 0 }), width: 100, hyperlinks: false }
    : ctx.style;
  const text =
    options.format === 'json'
      ? toJson(assessmentJson(assessment))
      : options.format === 'markdown'
        ? assessmentMarkdown(assessment, title)
        : renderAssessment(assessment, title, style);
  if (!options.out) return ctx.out(text);
  writeFileAtomic(options.out, text, { force: Boolean(options.force), mode: 0o600 });
  ctx.err(`Wrote ${options.out}\n`);
}
