import { runItems } from '../assess/flow.js';
import type { Prompter } from '../assess/prompter.js';
import { ExitCode, ProblemsError, PromptInterrupted, UsageError, UserError } from '../errors.js';
import {
  assessmentsDir,
  createAssessmentFile,
  listAssessments,
  saveAssessment,
} from '../io/assessment-store.js';
import { openLadder, readCapped } from '../io/ladder-dir.js';
import {
  assessableSections,
  carryOver,
  firstUnanswered,
  itemsFor,
  startAssessment,
  withAnswer,
  type Assessment,
  type StoredAssessment,
} from '../ladder/assessment.js';
import { requireLevel, requireSections } from '../ladder/resolve.js';
import { sectionTitle } from '../ladder/tree.js';
import type { Ladder, Level, SectionDef } from '../ladder/types.js';
import { proseOf } from '../ladder/years.js';
import { renderAssessment } from '../render/assessment-text.js';
import { sanitizeLine } from '../render/sanitize.js';
import type { CommandContext } from './context.js';
import { plural } from '../ladder/words.js';

export interface AssessOptions {
  level?: string;
  resume?: boolean;
  answers?: string;
  sections?: string[];
  years?: string;
}

export interface AssessDeps {
  /** Whether stdin is a terminal that prompts can read. */
  interactive: boolean;
  /** Defaults to the inquirer prompts, loaded only when needed. */
  prompter?: Prompter;
  now?: () => Date;
}

function parseYearsOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+(\.\d+)?$/.test(value.trim()))
    throw new UsageError(`--years must be a number of years, not "${value}"`);
  return Number(value);
}

/** The years guideline of a level: the text of its `years` section, when it has one. */
function yearsGuideline(level: Level): string | null {
  return proseOf(level.sections.years) ?? null;
}

function withSections(ladder: Ladder, level: Level, ids: string[]): SectionDef[] {
  const sections = requireSections(ladder, ids);
  const empty = sections.filter((s) => !(level.sections[s.id]?.items?.length ?? 0));
  if (empty.length) {
    throw new UsageError(
      `${level.title} has no items to assess in ${empty.map((s) => s.id).join(', ')}`,
      'pick list sections that are written for this level',
    );
  }
  return sections;
}

async function fromAnswersFile(
  ladder: Ladder,
  level: Level,
  options: AssessOptions,
  now: Date,
): Promise<Assessment> {
  const { parseSource, parseAnswers } = await import('../lazy/parsing.js');
  const parsed = parseSource(readCapped(options.answers!));
  const hint =
    'an answers file maps section ids to items (id or position) and a status: met, partly, not-yet, na';
  if (!parsed.ok) throw new ProblemsError(parsed.problems, hint);
  const { assessed, fallback } = assessableSections(ladder, level);
  const candidates = [...assessed, ...fallback].map((s) => s.id);
  // Without --sections, the file says which sections it answers.
  const keys =
    typeof parsed.source.value === 'object' && parsed.source.value !== null
      ? Object.keys(parsed.source.value)
      : [];
  const chosen = options.sections ?? [];
  const sections = chosen.length
    ? withSections(ladder, level, chosen)
    : ladder.sections.filter((s) => keys.includes(s.id) && candidates.includes(s.id));
  const items = itemsFor(level, sections.length ? sections : assessed);
  const unwritten = (id: string) => {
    const section = ladder.sections.find((s) => s.id === id);
    const status = level.sections[id]?.status;
    if (!section || section.kind !== 'list' || !status || status === 'defined') return undefined;
    return `${level.title} has no ${section.title.toLowerCase()} written yet (${status === 'wip' ? 'WIP' : 'N/A'}); answer its expectations instead: ${candidates.join(', ')}`;
  };
  const result = parseAnswers(parsed.source, items, candidates, unwritten);
  if (result.problems.length) throw new ProblemsError(result.problems, hint);
  let assessment: Assessment = { ...startAssessment(level, [], now), items };
  for (const [index, answer] of result.answers)
    assessment = withAnswer(assessment, index, answer, now);
  return assessment;
}

function describeChanges(changes: ReturnType<typeof carryOver>['changes']): string[] {
  const lines: string[] = [];
  if (changes.edited.length)
    lines.push(`${plural(changes.edited.length, 'item')} reworded since (matched by id)`);
  if (changes.gone.length)
    lines.push(`${plural(changes.gone.length, 'item')} no longer in the ladder (answers kept)`);
  if (changes.added.length) lines.push(`${plural(changes.added.length, 'new item')} to answer`);
  return lines;
}

export async function assess(
  options: AssessOptions,
  ctx: CommandContext,
  deps: AssessDeps,
): Promise<number> {
  if (!options.answers && !deps.interactive) {
    throw new UsageError(
      'ladder assess asks its questions in a terminal, and there is none on stdin',
      'answer from a file instead: ladder assess <level> --answers answers.yaml (see ladder assess --help)',
    );
  }
  const now = deps.now ?? (() => new Date());
  const years = parseYearsOption(options.years);
  const ladder = await openLadder(ctx.ladderDir, ctx.env);
  const style = ctx.style;
  const dir = assessmentsDir(ctx.env);
  const titleOf = (id: string) => sectionTitle(ladder, id);
  const show = (a: Assessment) => ctx.out(`\n${renderAssessment(a, titleOf, style)}`);

  if (options.answers) {
    if (!options.level)
      throw new UsageError('--answers needs the level: ladder assess <level> --answers <file>');
    if (options.resume) throw new UsageError('--answers and --resume cannot be used together');
    const level = requireLevel(ladder, options.level);
    let assessment = await fromAnswersFile(ladder, level, options, now());
    if (years !== undefined)
      assessment = { ...assessment, years, yearsGuideline: yearsGuideline(level) };
    const path = createAssessmentFile(dir, level.id, assessment.startedAt);
    saveAssessment(path, assessment);
    show(assessment);
    ctx.out(`\nSaved to ${path}\n`);
    if (!assessment.complete) {
      ctx.out(
        `${plural(assessment.items.filter((i) => i.status === null).length, 'item')} not answered: continue with ladder assess ${level.id} --resume\n`,
      );
    }
    return ExitCode.ok;
  }

  const prompter = deps.prompter ?? (await import('../lazy/prompts.js')).terminalPrompter;
  let path: string | undefined;
  let assessment: Assessment | undefined;
  try {
    const level = options.level
      ? requireLevel(ladder, options.level)
      : requireLevel(
          ladder,
          await prompter.pickLevel(
            ladder.levels.map((l) => ({ id: l.id, title: l.title, track: l.track })),
          ),
        );

    const unfinished: StoredAssessment | undefined = listAssessments(dir)
      .found.filter((s) => s.assessment.level.id === level.id && !s.assessment.complete)
      .at(-1);
    if (options.resume && !unfinished) {
      throw new UserError(
        `no unfinished assessment of ${level.id} to resume in ${dir}`,
        1,
        `start one with: ladder assess ${level.id}`,
      );
    }
    const resume =
      unfinished &&
      (options.resume ||
        (await prompter.confirm(
          `You have an unfinished assessment of ${sanitizeLine(level.title)} from ${unfinished.assessment.startedAt.slice(0, 16).replace('T', ' ')} (${unfinished.assessment.items.filter((i) => i.status !== null).length} of ${unfinished.assessment.items.length} answered). Resume it?`,
          true,
        )));

    if (resume && unfinished) {
      path = unfinished.path;
      const sectionIds = [...new Set(unfinished.assessment.items.map((i) => i.section))];
      const current = itemsFor(
        level,
        ladder.sections.filter((s) => sectionIds.includes(s.id)),
      );
      const carried = carryOver(unfinished.assessment, current);
      assessment = carried.assessment;
      const changes = describeChanges(carried.changes);
      if (changes.length)
        ctx.err(`warning: the ladder has changed since this assessment: ${changes.join('; ')}\n`);
      saveAssessment(path, assessment);
      ctx.out(`Resuming ${path}\n\n`);
    } else {
      let sections: SectionDef[];
      const { assessed, fallback } = assessableSections(ladder, level);
      if (options.sections?.length) {
        sections = withSections(ladder, level, options.sections);
      } else if (assessed.length) {
        sections = assessed;
      } else {
        const what =
          ladder.sections
            .filter((s) => s.assessed)
            .map((s) => s.title.toLowerCase())
            .join(', ') || 'checkpoints';
        if (!fallback.length)
          throw new UserError(
            `${level.title} has no ${what} and no expectations written yet: nothing to assess`,
          );
        ctx.out(
          `${sanitizeLine(level.title)} has no ${what} written yet, so there is nothing to check off.\nYou can assess yourself against its expectations instead.\n\n`,
        );
        const picked = await prompter.pickSections(
          fallback.map((s) => ({
            id: s.id,
            title: s.title,
            count: level.sections[s.id]?.items?.length ?? 0,
          })),
        );
        sections = fallback.filter((s) => picked.includes(s.id));
      }
      assessment = startAssessment(level, sections, now());
      path = createAssessmentFile(dir, level.id, assessment.startedAt);
      saveAssessment(path, assessment);
      const minutes = Math.max(1, Math.round(assessment.items.length * 0.75));
      ctx.out(
        [
          style.color.bold(`Self-assessment: ${sanitizeLine(level.title)}`),
          `You will answer ${plural(assessment.items.length, 'item')} from ${sections.map((s) => sanitizeLine(s.title)).join(', ')}:`,
          'Met, Partly, Not yet or Not applicable, each with an optional note for evidence.',
          `About ${plural(minutes, 'minute')}. Every answer is saved as you go, to ${path}`,
          `Ctrl-C stops at any time; ladder assess ${level.id} --resume continues.`,
          '',
        ].join('\n') + '\n',
      );
      const guideline = yearsGuideline(level);
      if (guideline) {
        const given = years ?? (await prompter.years());
        if (given !== undefined) {
          assessment = { ...assessment, years: given, yearsGuideline: guideline };
          saveAssessment(path, assessment);
        }
      }
    }

    const savePath = path;
    const start = firstUnanswered(assessment);
    if (start !== -1) {
      assessment = await runItems(assessment, start, {
        prompter,
        save: (a) => saveAssessment(savePath, a),
        now,
        sectionTitle: titleOf,
      });
    }
    assessment = { ...assessment, complete: true, updatedAt: now().toISOString() };
    saveAssessment(savePath, assessment);
    show(assessment);
    ctx.out(
      `\nSaved to ${savePath}\nShare it with: ladder report ${savePath} --format markdown --out assessment.md\n`,
    );
    return ExitCode.ok;
  } catch (error) {
    if (!(error instanceof PromptInterrupted)) throw error;
    if (!path || !assessment)
      throw new UserError('interrupted; nothing was saved yet', ExitCode.interrupted);
    throw new UserError(
      `interrupted; your answers so far are saved in ${path}`,
      ExitCode.interrupted,
      `continue with: ladder assess ${assessment.level.id} --resume`,
    );
  }
}
