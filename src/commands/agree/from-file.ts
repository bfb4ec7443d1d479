import { readAnswersFile } from '../../assess/answers-file.js';
import { ExitCode, UserError } from '../../errors.js';
import { saveNewAssessment } from '../../io/store.js';
import { finish, withAnswer, type Assessment } from '../../ladder/assessment.js';
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
  // The ids are given and the outcome saved under the store's lock: parallel agrees never
  // share an action id.
  const { path, settled } = checkIn.withIds(() => {
    const settled = settle(checkIn, outcome, answers);
    return { path: saveNewAssessment(store, settled), settled };
  });
  checkIn.saved(path, settled, false);
  return ExitCode.ok;
}

function settle(
  checkIn: CheckIn,
  outcome: Assessment,
  answers: Awaited<ReturnType<typeof readAnswersFile>>['answers'],
): Assessment {
  const { ctx } = checkIn;
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
  return finish(settled, ctx.now());
}
