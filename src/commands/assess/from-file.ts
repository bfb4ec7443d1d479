import { readAnswersFile } from '../../assess/answers-file.js';
import { fromAnswers, resumeCommand } from '../../assess/begin.js';
import { ExitCode, UserError } from '../../errors.js';
import { saveNewAssessment } from '../../io/store.js';
import { answeredCount } from '../../ladder/assessment.js';
import type { Level } from '../../ladder/types.js';
import { plural } from '../../ladder/words.js';
import type { Taking } from './taking.js';

/** `ladder assess <level> --answers <file>`: the answers of a file, saved at once. */
export async function answerFromFile(taking: Taking, level: Level, file: string): Promise<number> {
  const { options, ctx, ladder, chosen, store, who, line } = taking;
  const { items, answers } = await readAnswersFile(file, ladder, level, chosen);
  if (answers.size === 0 && options.years === undefined)
    throw new UserError(`${file} answers no item; nothing was saved`);
  const assessment = fromAnswers(
    level,
    items,
    answers,
    taking.participants(),
    options.years,
    ctx.now(),
  );
  const path = saveNewAssessment(store, assessment);
  if (options.quiet) ctx.out(`Saved to ${path}\n`);
  else taking.saved(path, assessment, false);
  if (!assessment.complete)
    ctx.out(
      `${line(`${plural(assessment.items.length - answeredCount(assessment), 'item')} not answered; continue in a terminal with:`)}\n${line(resumeCommand(assessment, who), '  ')}\n`,
    );
  return ExitCode.ok;
}
