import { readAnswersFile } from '../../assess/answers-file.js';
import { ExitCode, UserError } from '../../errors.js';
import { saveNewAssessment } from '../../io/store.js';
import { finish, withAnswer } from '../../ladder/assessment.js';
import { compareAssessments } from '../../ladder/compare.js';
import { startOutcome, withAction } from '../../ladder/outcome.js';
import { plural } from '../../ladder/words.js';
import type { CheckIn } from './check-in.js';

/** `ladder agree --answers <file>`: every disagreement settled from a file. */
export async function settleFromFile(checkIn: CheckIn, file: string): Promise<number> {
  const { ctx, ladder, level, latest, store, participants, refer } = checkIn;
  const comparison = compareAssessments(latest.left.assessment, latest.right.assessment);
  const { outcome } = startOutcome(latest, comparison, participants, ctx.now(), {
    all: false,
    refer,
  });
  const { answers } = await readAnswersFile(file, ladder, level, undefined, {
    withActions: true,
    items: outcome.items,
  });
  const missing = outcome.items.filter((item, i) => item.status === null && !answers.has(i));
  if (missing.length)
    throw new UserError(
      `${file} leaves ${plural(missing.length, 'disagreement')} unsettled: ${missing.map((i) => `${i.section} ${i.id ?? i.position}`).join(', ')}`,
      1,
      'give each an agreed status; items both sides agree on are taken as they are',
    );
  let settled = outcome;
  for (const [index, answer] of answers) {
    settled = withAnswer(settled, index, answer, ctx.now());
    if (answer.action)
      settled = withAction(
        settled,
        index,
        { id: checkIn.newActionId(settled), text: answer.action, due: answer.due ?? null },
        ctx.now(),
      );
  }
  settled = finish(settled, ctx.now());
  checkIn.saved(saveNewAssessment(store, settled), settled, false);
  return ExitCode.ok;
}
