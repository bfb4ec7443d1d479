import { readAnswersFile } from '../../assess/answers-file.js';
import { ExitCode, UserError } from '../../errors.js';
import { saveNewAssessment } from '../../io/store.js';
import { finish, withAnswer, type Assessment } from '../../ladder/assessment.js';
import { compareAssessments } from '../../ladder/compare.js';
import { startOutcome, withAction } from '../../ladder/outcome.js';
import { plural } from '../../ladder/words.js';
import { isOverdue } from '../../ladder/dates.js';
import { localDate } from '../../render/time.js';
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
  refusePastDue(checkIn, file, outcome, answers);
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

/** A due date gone by is a typo, unless --allow-past says the action is recorded late. */
function refusePastDue(
  checkIn: CheckIn,
  file: string,
  outcome: Assessment,
  answers: Awaited<ReturnType<typeof readAnswersFile>>['answers'],
): void {
  if (checkIn.options.allowPast) return;
  const today = localDate(checkIn.ctx.now().toISOString());
  const past = [...answers].filter(
    ([, a]) => a.due !== undefined && isOverdue({ due: a.due }, today),
  );
  if (past.length)
    throw new UserError(
      `${file} gives a due date that has passed (today is ${today}): ${past.map(([i, a]) => `${outcome.items[i]!.section} ${outcome.items[i]!.id ?? outcome.items[i]!.position}, due ${a.due}`).join('; ')}; nothing was saved`,
      1,
      'give a date from today on, or add --allow-past for an action recorded late',
    );
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
