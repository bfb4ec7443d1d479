// Each prompt from its own package: @inquirer/prompts would also bring its editor prompt, whose
// character-set library is 490 kB of the bundle.
import checkbox from '@inquirer/checkbox';
import confirm from '@inquirer/confirm';
import { Separator } from '@inquirer/core';
import input from '@inquirer/input';
import search from '@inquirer/search';
import select from '@inquirer/select';
import type { ChalkInstance } from 'chalk';
import type { AgreeQuestion, ItemQuestion, Prompter, ReviewRow } from './prompter.js';
import { PromptInterrupted } from '../errors.js';
import { editableInput } from './editable-input.js';
import { STATUS_LABEL, STATUSES, type AnswerStatus } from '../ladder/assessment.js';
import { plural } from '../ladder/words.js';
import { sanitizeLine } from '../render/sanitize.js';
import type { Style } from '../render/style.js';
import { ellipsis, unbroken, wrap, wrapSegments, type Segment } from '../render/wrap.js';

/** The one place where inquirer's Ctrl-C (ExitPromptError) becomes ours. */
async function ask<T>(prompt: Promise<T>): Promise<T> {
  try {
    return await prompt;
  } catch (error) {
    if (error instanceof Error && error.name === 'ExitPromptError') throw new PromptInterrupted();
    throw error;
  }
}

/**
 * One theme for every prompt, drawn with ladder's own color instance: inquirer's defaults color
 * by themselves, and would ignore --no-color. Without color, nothing is styled at all.
 */
function theme(color: ChalkInstance) {
  return {
    prefix: { idle: color.blue('?'), done: color.green('✔') },
    icon: { cursor: '❯', checked: color.green('◉'), unchecked: '◯' },
    style: {
      answer: (t: string) => color.cyan(t),
      message: (t: string) => color.bold(t),
      error: (t: string) => color.red(`> ${t}`),
      defaultAnswer: (t: string) => color.dim(`(${t})`),
      help: (t: string) => color.dim(t),
      highlight: (t: string) => color.cyan(t),
      key: (t: string) => color.cyan.bold(`<${t}>`),
      description: (t: string) => color.cyan(t),
      disabled: (t: string) => color.dim(`- ${t}`),
      disabledChoice: (t: string) => color.dim(`- ${t}`),
      keysHelpTip: (keys: [string, string][]) =>
        keys
          .map(([key, action]) => `${color.bold(key)} ${color.dim(action)}`)
          .join(color.dim(' • ')),
    },
  };
}

const labelWidth = Math.max(...STATUSES.map((s) => STATUS_LABEL[s].length));
/** Below this width, a column of answers beside the items leaves the items too little room. */
const REVIEW_COLUMNS_WIDTH = 60;

/** The prompts of an assessment in a terminal, with inquirer, styled and wrapped for `style`. */
export function terminalPrompter(style: Style): Prompter {
  const { color } = style;
  const t = theme(color);
  // Room for inquirer's "? " and the choice cursor.
  const width = Math.max(20, style.width - 4);
  const line = (text: string, first = '  ') => wrap(sanitizeLine(text), { width, first });
  // Inquirer writes the cursor (and a checkbox its box) before a choice's first line only: the
  // lines after it are indented as far here.
  const underCursor = (lines: string, lead = 2) => lines.replace(/\n/g, `\n${' '.repeat(lead)}`);
  const choice = (segments: Segment[], lead = 2) =>
    underCursor(wrapSegments(segments, { width, first: '' }), lead);
  const separator = (text: string) => new Separator(color.dim(text));

  return {
    pickLevel: (tracks) =>
      ask(
        select({
          message: 'Which level do you want to assess against?',
          choices: tracks.flatMap((track) => [
            separator(sanitizeLine(track.title)),
            ...track.levels.map((l) => ({
              value: l.id,
              name: choice([
                { text: sanitizeLine(l.title) },
                {
                  text: ` ${
                    l.items === 0
                      ? '(nothing to assess yet)'
                      : l.checkpoints
                        ? `(${plural(l.items, 'checkpoint')})`
                        : `(no checkpoints; ${plural(l.items, 'expectation')})`
                  }`,
                  paint: color.dim,
                },
              ]),
              short: sanitizeLine(l.title),
              disabled: l.items === 0,
            })),
          ]),
          pageSize: 12,
          theme: t,
        }),
      ),

    pickSections: (sections) =>
      ask(
        checkbox({
          message: 'Assess against which of its expectations?',
          choices: sections.map((s) => ({
            value: s.id,
            name: choice([{ text: `${sanitizeLine(s.title)} (${plural(s.count, 'item')})` }], 3),
            short: sanitizeLine(s.title),
            checked: true,
          })),
          required: true,
          theme: t,
        }),
      ),

    confirm: (message, defaultValue) =>
      ask(confirm({ message: line(message, ''), default: defaultValue, theme: t })),

    years: async () => {
      const answer = await ask(
        input({
          message: 'Years of experience (optional, Enter to skip):',
          validate: (value) =>
            value.trim() === '' ||
            /^\d+(\.\d+)?$/.test(value.trim()) ||
            'A number of years, or nothing',
          theme: t,
        }),
      );
      return answer.trim() === '' ? undefined : Number(answer.trim());
    },

    rate: (q: ItemQuestion) => {
      const choices: ({ value: AnswerStatus | 'back'; name: string } | Separator)[] = STATUSES.map(
        (s) => ({ value: s, name: STATUS_LABEL[s] }),
      );
      if (q.canGoBack) choices.push(separator(' '), { value: 'back', name: '← Back' });
      const lines = [
        line(
          `[${q.index + 1}/${q.total}] ${q.section}${q.about ? ` · about ${unbroken(q.about)}` : ''}`,
          '',
        ),
        line(q.text),
      ];
      if (q.before)
        lines.push(
          color.yellow(
            line(
              `Reworded since it was answered ${STATUS_LABEL[q.before.status]}; it read: "${q.before.text}"`,
            ),
          ),
        );
      for (const action of q.actions ?? [])
        lines.push(
          color.cyan(
            line(`Open action: ${action.text}${action.due ? ` (due ${action.due})` : ''}`),
          ),
        );
      if (q.evidence?.count)
        lines.push(
          color.dim(line(`${plural(q.evidence.count, 'evidence entry', 'evidence entries')}:`)),
          ...q.evidence.latest.map((e) => color.dim(line(e, '    • '))),
        );
      return ask(
        select<AnswerStatus | 'back'>({
          message: `${lines.join('\n')}\n `,
          choices,
          default: q.current ?? undefined,
          loop: false,
          theme: t,
        }),
      );
    },

    pickItem: (items, message) =>
      ask(
        search<string>({
          message: line(message, ''),
          // Every word typed must be in the item's line, in any case and order.
          source: (term) => {
            const words = (term ?? '').toLowerCase().split(/\s+/).filter(Boolean);
            return (
              items
                .filter((i) => words.every((w) => i.label.toLowerCase().includes(w)))
                // One line each, cut to the terminal; the whole of the one under the cursor below.
                .map((i) => ({
                  value: i.address,
                  name: ellipsis(sanitizeLine(i.label), width - 2),
                  description: line(i.label, ''),
                }))
            );
          },
          pageSize: 12,
          theme: t,
        }),
      ),

    agree: (q: AgreeQuestion) => {
      const lines = [
        line(`[${q.index + 1}/${q.total}] ${q.section}`, ''),
        line(q.text),
        ...q.sides.map((side) =>
          side
            ? [
                line(`${side.label}: ${side.status ? STATUS_LABEL[side.status] : '—'}`, '    '),
                ...(side.note ? [color.dim(line(side.note, '      '))] : []),
              ].join('\n')
            : color.dim(line('(the other side does not have this item)', '    ')),
        ),
        line('Agreed answer:'),
      ];
      return ask(
        select<AnswerStatus>({
          message: `${lines.join('\n')}\n `,
          choices: STATUSES.map((s) => ({ value: s, name: STATUS_LABEL[s] })),
          default: q.current ?? undefined,
          loop: false,
          theme: t,
        }),
      );
    },

    note: async (current, choices = []) => {
      if (choices.length) {
        // Evidence can be cited as the note, or a note written by hand.
        const picked = await ask(
          select<string>({
            message: 'Note or evidence:',
            choices: [
              { value: '', name: 'Write a note' },
              ...choices.map((c) => ({ value: c, name: choice([{ text: sanitizeLine(c) }]) })),
            ],
            theme: t,
          }),
        );
        if (picked) return picked;
      }
      return ask(
        editableInput({
          message: 'Note or evidence (optional):',
          value: current,
          theme: t,
        }),
      );
    },

    review: (rows: ReviewRow[], title: string) => {
      const label = (row: ReviewRow) => (row.status ? STATUS_LABEL[row.status] : '—');
      // Wide, the answers make a column beside the items; narrow, each answer goes under its
      // item, in line with the item's text.
      const name = (row: ReviewRow) => {
        const text = `${row.position}. ${sanitizeLine(row.text)}`;
        if (style.width >= REVIEW_COLUMNS_WIDTH)
          return underCursor(wrap(text, { width, first: `${label(row).padEnd(labelWidth)}  ` }));
        const hang = ' '.repeat(`${row.position}. `.length);
        return underCursor(
          `${wrap(text, { width, first: '', rest: hang })}\n${hang}${color.dim(label(row))}`,
        );
      };
      const sections = [...new Set(rows.map((r) => r.section))];
      return ask(
        select<number | 'finish'>({
          message: line(`Review your answers (${title}). Pick one to change it, or finish:`, ''),
          choices: [
            { value: 'finish', name: color.green('✓ Finish and save'), short: 'finished' },
            ...sections.flatMap((section) => [
              separator(sanitizeLine(section)),
              ...rows
                .filter((r) => r.section === section)
                .map((r) => ({
                  value: r.index,
                  name: name(r),
                  short: `changing item ${r.position}`,
                  ...(r.note ? { description: line(`Note: ${r.note}`, '') } : {}),
                })),
            ]),
          ],
          loop: false,
          pageSize: 14,
          theme: t,
        }),
      );
    },

    text: (message, current, validate) =>
      ask(editableInput({ message, value: current, ...(validate ? { validate } : {}), theme: t })),
  };
}
