import { withAnswer, type Assessment } from '../ladder/assessment.js';
import type { Prompter } from './prompter.js';

export interface SessionIo {
  prompter: Prompter;
  /** Called after every change, so that an answer is on disk as soon as it is given. */
  save: (assessment: Assessment) => void;
  now: () => Date;
  /** Section titles by id, for the prompts. */
  sectionTitle: (id: string) => string;
}

/**
 * Walks the items from `start`, asking each one's answer and then its note, saving after
 * each. "← Back" returns to the previous item. Returns the assessment once every item from
 * `start` on has an answer.
 */
export async function runItems(
  assessment: Assessment,
  start: number,
  io: SessionIo,
): Promise<Assessment> {
  let current = assessment;
  let index = Math.max(0, start);
  const total = current.items.length;
  while (index < total) {
    const item = current.items[index]!;
    const answer = await io.prompter.rate({
      section: io.sectionTitle(item.section),
      text: item.text,
      index,
      total,
      current: item.status,
      canGoBack: index > 0,
    });
    if (answer === 'back') {
      index--;
      continue;
    }
    current = withAnswer(current, index, { status: answer }, io.now());
    io.save(current);
    const note = await io.prompter.note(item.note);
    if (note !== item.note) {
      current = withAnswer(current, index, { status: answer, note }, io.now());
      io.save(current);
    }
    index++;
  }
  return current;
}
