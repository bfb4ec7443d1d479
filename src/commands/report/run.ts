import { compareWithLadder, itemsFor, type Assessment } from '../../ladder/assessment.js';
import { levelById, sectionTitle } from '../../ladder/tree.js';
import type { Ladder } from '../../ladder/types.js';
import { assessmentJson, assessmentMarkdown } from '../../render/assessment-report.js';
import { renderAssessment } from '../../render/assessment-text.js';
import { toJson } from '../../render/json.js';
import { sanitizeLine } from '../../render/sanitize.js';
import type { CommandContext } from '../context.js';
import { documentTarget } from '../document-output.js';
import { openNamedAssessment } from '../named-assessment.js';
import type { ReportOptions } from './options.js';

/** Says on stderr when the ladder has moved on since the assessment was taken. */
function warnIfChanged(ladder: Ladder, assessment: Assessment, ctx: CommandContext): void {
  const level = levelById(ladder, assessment.level.id);
  if (!level) {
    ctx.err(
      `warning: the ladder no longer has the level ${sanitizeLine(assessment.level.id)}; showing the assessment as it was taken\n`,
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
  const { format, style, write } = documentTarget(options, ctx);
  const { ladder, assessment } = await openNamedAssessment(options, ctx);
  warnIfChanged(ladder, assessment, ctx);
  const title = (id: string) => sectionTitle(ladder, id);
  write(
    format === 'json'
      ? toJson(assessmentJson(assessment))
      : format === 'markdown'
        ? assessmentMarkdown(assessment, title)
        : renderAssessment(assessment, title, style),
  );
}
