// Each prompt from its own package: @inquirer/prompts would also bring its editor prompt, whose
// character-set library is 490 kB of the bundle.
import checkbox from '@inquirer/checkbox';
import { LIMITS, overLimit } from '../ladder/limits.js';
import confirm from '@inquirer/confirm';
import { Separator } from '@inquirer/core';
import input from '@inquirer/input';
import search from '@inquirer/search';
import select from '@inquirer/select';
import type { ChalkInstance } from 'chalk';
import type { AgreeQuestion, ItemQuestion, ReviewRow } from '../ladder/questions.js';
import type { Prompter } from './prompter.js';
import { PromptInterrupted } from '../errors.js';
import { editableInput } from './editable-input.js';
import { STATUS_LABEL, STATUSES, type AnswerStatus } from '../ladder/assessment.js';
import { plural } from '../ladder/words.js';
import {
  agreeMessage,
  levelChoiceNote,
  rateMessage,
  reviewMessage,
  reviewRowText,
} from '../render/prompt-text.js';
import { sanitizeLine } from '../render/sanitize.js';
import type { Style } from '../render/style.js';
import { ellipsis, wrap, wrapSegments, type Segment } from '../render/wrap.js';

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

/** What every prompt is drawn with: the theme, the width left, and ways to wrap into it. */
interface Kit {
  style: Style;
  color: ChalkInstance;
  t: ReturnType<typeof theme>;
  width: number;
  line: (text: string, first?: string) => string;
  underCursor: (lines: string, lead?: number) => string;
  choice: (segments: Segment[], lead?: number) => string;
  separator: (text: string) => Separator;
  /** Inquirer's context: the stream the prompts are drawn on. */
  on: { output?: NodeJS.WritableStream };
}

function kitFor(style: Style, output?: NodeJS.WritableStream): Kit {
  const { color } = style;
  // Room for inquirer's "? " and the choice cursor.
  const width = Math.max(20, style.width - 4);
  // Inquirer writes the cursor (and a checkbox its box) before a choice's first line only: the
  // lines after it are indented as far here.
  const underCursor = (lines: string, lead = 2) => lines.replace(/\n/g, `\n${' '.repeat(lead)}`);
  return {
    style,
    color,
    t: theme(color),
    width,
    line: (text, first = '  ') => wrap(sanitizeLine(text), { width, first }),
    underCursor,
    choice: (segments, lead = 2) => underCursor(wrapSegments(segments, { width, first: '' }), lead),
    separator: (text) => new Separator(color.dim(text)),
    on: output ? { output } : {},
  };
}

const pickLevelPrompt: (kit: Kit) => Prompter['pickLevel'] =
  ({ color, t, choice, separator, on }) =>
  (tracks) =>
    ask(
      select(
        {
          message: 'Which level do you want to assess against?',
          choices: tracks.flatMap((track) => [
            separator(sanitizeLine(track.title)),
            ...track.levels.map((l) => ({
              value: l.id,
              name: choice([
                { text: sanitizeLine(l.title) },
                { text: ` ${levelChoiceNote(l)}`, paint: color.dim },
              ]),
              short: sanitizeLine(l.title),
              disabled: l.items === 0,
            })),
          ]),
          pageSize: 12,
          theme: t,
        },
        on,
      ),
    );

const pickSectionsPrompt: (kit: Kit) => Prompter['pickSections'] =
  ({ t, choice, on }) =>
  (sections) =>
    ask(
      checkbox(
        {
          message: 'Assess against which of its expectations?',
          choices: sections.map((s) => ({
            value: s.id,
            name: choice([{ text: `${sanitizeLine(s.title)} (${plural(s.count, 'item')})` }], 3),
            short: sanitizeLine(s.title),
            checked: true,
          })),
          required: true,
          theme: t,
        },
        on,
      ),
    );

const confirmPrompt: (kit: Kit) => Prompter['confirm'] =
  ({ t, line, on }) =>
  (message, defaultValue) =>
    ask(confirm({ message: line(message, ''), default: defaultValue, theme: t }, on));

const yearsPrompt: (kit: Kit) => Prompter['years'] =
  ({ t, on }) =>
  async () => {
    const answer = await ask(
      input(
        {
          message: 'Years of experience (optional, Enter to skip):',
          validate: (value) =>
            value.trim() === '' ||
            /^\d+(\.\d+)?$/.test(value.trim()) ||
            'A number of years, or nothing',
          theme: t,
        },
        on,
      ),
    );
    return answer.trim() === '' ? undefined : Number(answer.trim());
  };

const ratePrompt: (kit: Kit) => Prompter['rate'] =
  ({ color, t, width, separator, on }) =>
  (q: ItemQuestion) => {
    const choices: ({ value: AnswerStatus | 'back'; name: string } | Separator)[] = STATUSES.map(
      (s) => ({ value: s, name: STATUS_LABEL[s] }),
    );
    if (q.canGoBack) choices.push(separator(' '), { value: 'back', name: '← Back' });
    return ask(
      select<AnswerStatus | 'back'>(
        {
          message: rateMessage(q, width, color),
          choices,
          default: q.current ?? undefined,
          loop: false,
          theme: t,
        },
        on,
      ),
    );
  };

const pickItemPrompt: (kit: Kit) => Prompter['pickItem'] =
  ({ color, t, width, line, underCursor, separator, on }) =>
  (items, message) => {
    const cursor = `${t.icon.cursor} `;
    // The one under the cursor is shown whole, wrapped; inquirer hands its highlight only the
    // line it drew, so the whole text is found by that line.
    const whole = new Map<string, string>();
    const choice = (i: (typeof items)[number]) => {
      const name = ellipsis(sanitizeLine(i.label), width - 2);
      // A numbered item's lines after its first start under its text.
      const rest = ' '.repeat(/^\d+\. /.exec(i.label)?.[0].length ?? 0);
      const wrapped = wrap(sanitizeLine(i.label), { width: width - 2, first: '', rest });
      whole.set(`${cursor}${name}`, `${cursor}${underCursor(wrapped)}`);
      return { value: i.address, name, description: color.dim(sanitizeLine(i.address)) };
    };
    return ask(
      search<string>(
        {
          message: line(message, ''),
          // Every word typed must be in the item, its group or its address, in any case and
          // order; each group is headed by its level and section.
          source: (term) => {
            const words = (term ?? '').toLowerCase().split(/\s+/).filter(Boolean);
            const found = items.filter((i) => {
              const haystack = `${i.group} ${i.label} ${i.address}`.toLowerCase();
              return words.every((w) => haystack.includes(w));
            });
            return found.flatMap((i, n) => [
              ...(found[n - 1]?.group === i.group
                ? []
                : [separator(ellipsis(sanitizeLine(i.group), width))]),
              choice(i),
            ]);
          },
          pageSize: 14,
          theme: {
            ...t,
            style: {
              ...t.style,
              highlight: (text: string) => t.style.highlight(whole.get(text) ?? text),
            },
          },
        },
        on,
      ),
    );
  };

const harvestPrompt: (kit: Kit) => Prompter['harvest'] =
  ({ color, t, line, choice, underCursor, on }) =>
  async (heading, suggestions) => {
    type Answer = string | 'pick' | 'skip' | 'stop';
    const picked = await ask(
      select<Answer>(
        {
          // The first line follows inquirer's "? ": what it wraps to is indented under it.
          message: heading.map((h, i) => (i ? line(h) : underCursor(line(h, '')))).join('\n'),
          choices: [
            ...suggestions.map((s) => ({
              value: `item:${s.address}`,
              name: choice([
                { text: `Back ${sanitizeLine(s.label)}` },
                { text: ` (${sanitizeLine(s.why)})`, paint: color.dim },
              ]),
              // What the answered question shows: "What does it back? senior:performance".
              short: sanitizeLine(s.address),
            })),
            { value: 'pick', name: 'Pick another item…', short: 'another item' },
            { value: 'skip', name: 'Skip it (not offered again)', short: 'skipped' },
            { value: 'stop', name: 'Stop here (the rest is offered next time)', short: 'stopped' },
          ],
          loop: false,
          theme: t,
        },
        on,
      ),
    );
    return picked.startsWith('item:')
      ? { accept: picked.slice(5) }
      : (picked as 'pick' | 'skip' | 'stop');
  };

const agreePrompt: (kit: Kit) => Prompter['agree'] =
  ({ color, t, width, on }) =>
  (q: AgreeQuestion) =>
    ask(
      select<AnswerStatus>(
        {
          message: agreeMessage(q, width, color),
          choices: STATUSES.map((s) => ({ value: s, name: STATUS_LABEL[s] })),
          default: q.current ?? undefined,
          loop: false,
          theme: t,
        },
        on,
      ),
    );

const notePrompt: (kit: Kit) => Prompter['note'] =
  ({ t, choice, on }) =>
  async (current, choices = []) => {
    if (choices.length) {
      // Evidence can be cited as the note, or a note written by hand.
      const picked = await ask(
        select<string>(
          {
            message: 'Note or evidence:',
            choices: [
              { value: '', name: 'Write a note' },
              ...choices.map((c) => ({ value: c, name: choice([{ text: sanitizeLine(c) }]) })),
            ],
            theme: t,
          },
          on,
        ),
      );
      if (picked) return picked;
    }
    return ask(
      editableInput(
        {
          message: 'Note or evidence (optional):',
          value: current,
          validate: (value) => overLimit(value, LIMITS.text, 'The note') ?? true,
          theme: t,
        },
        on,
      ),
    );
  };

const reviewPrompt: (kit: Kit) => Prompter['review'] =
  ({ style, color, t, width, line, underCursor, separator, on }) =>
  (rows: ReviewRow[], title: string) => {
    const name = (row: ReviewRow) => underCursor(reviewRowText(row, width, style.width, color));
    const sections = [...new Set(rows.map((r) => r.section))];
    return ask(
      select<number | 'finish'>(
        {
          message: line(reviewMessage(title), ''),
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
        },
        on,
      ),
    );
  };

const textPrompt: (kit: Kit) => Prompter['text'] =
  ({ t, on }) =>
  (message, current, validate) =>
    ask(
      editableInput({ message, value: current, ...(validate ? { validate } : {}), theme: t }, on),
    );

/** The prompts of an assessment in a terminal, with inquirer, styled and wrapped for `style`. */
export function terminalPrompter(style: Style, output?: NodeJS.WritableStream): Prompter {
  const kit = kitFor(style, output);
  return {
    pickLevel: pickLevelPrompt(kit),
    pickSections: pickSectionsPrompt(kit),
    confirm: confirmPrompt(kit),
    years: yearsPrompt(kit),
    rate: ratePrompt(kit),
    pickItem: pickItemPrompt(kit),
    agree: agreePrompt(kit),
    harvest: harvestPrompt(kit),
    note: notePrompt(kit),
    review: reviewPrompt(kit),
    text: textPrompt(kit),
  };
}
