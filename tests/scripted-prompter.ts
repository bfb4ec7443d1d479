import type { ItemQuestion, Prompter } from '../src/assess/prompter.js';
import { PromptInterrupted } from '../src/errors.js';
import type { AnswerStatus } from '../src/ladder/assessment.js';

/** A prompter that answers from a script and records what it was asked. */
export function scripted(
  rates: (AnswerStatus | 'back' | 'interrupt')[],
  notes: string[] = [],
  options: { years?: number; confirm?: boolean; sections?: string[] } = {},
) {
  const asked: ItemQuestion[] = [];
  const prompter: Prompter = {
    pickLevel: async () => 'director',
    pickSections: async (sections) => options.sections ?? sections.map((s) => s.id),
    confirm: async (_m, d) => options.confirm ?? d,
    years: async () => options.years,
    rate: async (q) => {
      asked.push(q);
      const next = rates.shift();
      if (!next) throw new Error('no more scripted answers');
      if (next === 'interrupt') throw new PromptInterrupted();
      return next;
    },
    note: async (current) => notes.shift() ?? current,
  };
  return { prompter, asked };
}
