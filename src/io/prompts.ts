import { checkbox, confirm, input, select, Separator } from '@inquirer/prompts';
import type { ItemQuestion, Prompter } from '../assess/prompter.js';
import { PromptInterrupted } from '../errors.js';
import { STATUS_LABEL, STATUSES, type AnswerStatus } from '../ladder/assessment.js';
import { sanitizeLine } from '../render/sanitize.js';

/** The one place where inquirer's Ctrl-C (ExitPromptError) becomes ours. */
async function ask<T>(prompt: Promise<T>): Promise<T> {
  try {
    return await prompt;
  } catch (error) {
    if (error instanceof Error && error.name === 'ExitPromptError') throw new PromptInterrupted();
    throw error;
  }
}

/** The prompts of `ladder assess` in a terminal, with inquirer. */
export const terminalPrompter: Prompter = {
  pickLevel: (levels) =>
    ask(
      select({
        message: 'Which level do you want to assess yourself against?',
        choices: levels.map((l) => ({
          value: l.id,
          name: `${sanitizeLine(l.title)} (${l.id})`,
          description: l.track,
        })),
      }),
    ),

  pickSections: (sections) =>
    ask(
      checkbox({
        message: 'Assess against which of its expectations?',
        choices: sections.map((s) => ({
          value: s.id,
          name: `${sanitizeLine(s.title)} (${s.count} items)`,
          checked: true,
        })),
        required: true,
      }),
    ),

  confirm: (message, defaultValue) => ask(confirm({ message, default: defaultValue })),

  years: async () => {
    const answer = await ask(
      input({
        message: 'Years of experience (optional, Enter to skip):',
        validate: (value) =>
          value.trim() === '' ||
          /^\d+(\.\d+)?$/.test(value.trim()) ||
          'A number of years, or nothing',
      }),
    );
    return answer.trim() === '' ? undefined : Number(answer.trim());
  },

  rate: (q: ItemQuestion) => {
    const choices: ({ value: AnswerStatus | 'back'; name: string } | Separator)[] = STATUSES.map(
      (s) => ({
        value: s,
        name: STATUS_LABEL[s],
      }),
    );
    if (q.canGoBack) choices.push(new Separator(), { value: 'back', name: '← Back' });
    return ask(
      select<AnswerStatus | 'back'>({
        message: `[${q.index + 1}/${q.total}] ${sanitizeLine(q.section)}\n  ${sanitizeLine(q.text)}\n `,
        choices,
        default: q.current ?? undefined,
        loop: false,
      }),
    );
  },

  note: (current) =>
    ask(
      input({
        message: 'Note or evidence (optional, links welcome):',
        default: current || undefined,
      }),
    ),
};
