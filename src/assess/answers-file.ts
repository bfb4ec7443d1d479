import { ProblemsError, UsageError } from '../errors.js';
import { checkAssessable } from '../ladder/assessment.js';
import { readRegularFile } from '../io/read-file.js';
import {
  assessableSections,
  itemsFor,
  namableSections,
  type AssessedItem,
} from '../ladder/assessment.js';
import type { GivenAnswer } from '../ladder/answers.js';
import { MAX_FILE_BYTES } from '../ladder/raw-file.js';
import type { Ladder, Level, SectionDef } from '../ladder/types.js';

const ANSWERS_HINT =
  'an answers file maps section ids to items (id or 1-based position) and a status: met, partly, not-yet, na';

/** The sections named with --section that can be assessed at this level, or a usage error. */
export function sectionsWithItems(level: Level, sections: SectionDef[]): SectionDef[] {
  const empty = sections.filter((s) => !(level.sections[s.id]?.items.length ?? 0));
  if (empty.length) {
    throw new UsageError(
      `${level.title} has no items to assess in ${empty.map((s) => s.id).join(', ')}`,
      'pick sections that are written for this level',
    );
  }
  return sections;
}

/**
 * Reads an answers file (YAML or JSON) against a level's items. Without --section, the file
 * says which sections it answers; every problem is reported with its line and column.
 */
export async function readAnswersFile(
  path: string,
  ladder: Ladder,
  level: Level,
  chosen: SectionDef[] | undefined,
  options: { withActions?: boolean; items?: AssessedItem[] } = {},
): Promise<{ items: AssessedItem[]; answers: Map<number, GivenAnswer> }> {
  const { parseSource, parseAnswers } = await import('../ladder/parsing.js');
  const parsed = parseSource({ path, bytes: readRegularFile(path, MAX_FILE_BYTES) });
  if (!parsed.ok) throw new ProblemsError(parsed.problems, ANSWERS_HINT);
  const { assessed } = assessableSections(ladder, level);
  const candidates = namableSections(ladder, level).map((s) => s.id);
  const keys =
    typeof parsed.source.value === 'object' && parsed.source.value !== null
      ? Object.keys(parsed.source.value)
      : [];
  const sections =
    chosen ?? ladder.sections.filter((s) => keys.includes(s.id) && candidates.includes(s.id));
  const items = options.items ?? itemsFor(level, sections.length ? sections : assessed);
  checkAssessable(level, items.length);
  const known = options.items ? [...new Set(items.map((i) => i.section))] : candidates;
  const unwritten = (id: string) => {
    const section = ladder.sections.find((s) => s.id === id);
    const status = level.sections[id]?.status;
    if (!section || !status || status === 'defined') return undefined;
    return `${level.title} has no ${section.title.toLowerCase()} written yet (${status === 'wip' ? 'WIP' : 'N/A'}); answer its expectations instead: ${candidates.join(', ')}`;
  };
  const result = parseAnswers(parsed.source, items, known, unwritten, options.withActions);
  if (result.problems.length) throw new ProblemsError(result.problems, ANSWERS_HINT);
  return { items, answers: result.answers };
}
