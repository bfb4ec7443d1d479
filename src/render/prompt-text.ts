import type { ChalkInstance } from 'chalk';
import { STATUS_LABEL, STATUSES, type Assessment } from '../ladder/assessment.js';
import type { AgreeQuestion, ItemQuestion, LevelChoice, ReviewRow } from '../ladder/questions.js';
import { plural } from '../ladder/words.js';
import { sanitizeLine } from './sanitize.js';
import { unbroken, wrap } from './wrap.js';
import { dueWords } from './time.js';

// The words of each question an assessment or a check-in asks, apart from the prompts that
// ask them: plain strings, for a width and a color instance.

/** Wraps text under a question's prompt, each line indented by `first`. */
const promptLine =
  (width: number) =>
  (text: string, first = '  ') =>
    wrap(sanitizeLine(text), { width, first });

/** What picking a level would assess: its checkpoints, its expectations, or nothing yet. */
export function levelChoiceNote(level: LevelChoice): string {
  if (level.items === 0) return '(nothing to assess yet)';
  if (level.basis === 'checkpoints') return `(${plural(level.items, 'checkpoint')})`;
  if (level.basis === 'expectations') return `(${plural(level.items, 'expectation')})`;
  return `(no checkpoints; ${plural(level.items, 'expectation')})`;
}

/** The question about one item: where it is, its text, and what is known about it. */
export function rateMessage(q: ItemQuestion, width: number, color: ChalkInstance): string {
  const line = promptLine(width);
  const lines = [
    line(
      `[${q.index + 1}/${q.total}] ${q.section}${q.about ? ` · about ${unbroken(q.about)}` : ''}`,
      '',
    ),
    line(q.text),
    ...(q.guidance ?? []).map((g) => color.dim(line(g, '    ◦ '))),
  ];
  if (q.before)
    lines.push(
      color.yellow(
        line(
          `Reworded since it was answered ${STATUS_LABEL[q.before.status]}; it read: "${q.before.text}"`,
        ),
      ),
    );
  for (const action of q.actions ?? []) {
    const due = dueWords(action, q.today ?? '');
    lines.push(color.cyan(line(`Open action: ${action.text}${due ? ` (${due})` : ''}`)));
  }
  if (q.evidence?.count)
    lines.push(
      color.dim(line(`${plural(q.evidence.count, 'evidence entry', 'evidence entries')}:`)),
      ...q.evidence.latest.map((e) => color.dim(line(e, '    • '))),
    );
  return `${lines.join('\n')}\n `;
}

/** The question about one item of a check-in: both sides' answers, and what to agree. */
export function agreeMessage(q: AgreeQuestion, width: number, color: ChalkInstance): string {
  const line = promptLine(width);
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
  return `${lines.join('\n')}\n `;
}

const labelWidth = Math.max(...STATUSES.map((s) => STATUS_LABEL[s].length));
/** Below this width, a column of answers beside the items leaves the items too little room. */
const REVIEW_COLUMNS_WIDTH = 60;

/**
 * One row of the review screen. Wide, the answers make a column beside the items; narrow,
 * each answer goes under its item, in line with the item's text. `terminalWidth` chooses,
 * `width` is the room the prompt leaves.
 */
export function reviewRowText(
  row: ReviewRow,
  width: number,
  terminalWidth: number,
  color: ChalkInstance,
): string {
  const label = row.status ? STATUS_LABEL[row.status] : '—';
  const text = `${row.position}. ${sanitizeLine(row.text)}`;
  if (terminalWidth >= REVIEW_COLUMNS_WIDTH)
    return wrap(text, { width, first: `${label.padEnd(labelWidth)}  ` });
  const hang = ' '.repeat(`${row.position}. `.length);
  return `${wrap(text, { width, first: '', rest: hang })}\n${hang}${color.dim(label)}`;
}

export const reviewMessage = (title: string) =>
  `Review your answers (${title}). Pick one to change it, or finish:`;

/**
 * What a resumed conversation says first: the file it goes on in and, where it stopped inside
 * an item (at its note or its action), which item that is, where, and the answer given.
 * `place` numbers the item as the questions do (a check-in counts the items it walks).
 */
export function resumingText(
  path: string,
  assessment: Assessment,
  sectionTitle: (id: string) => string,
  width: number,
  place = (item: number) => ({ index: item, total: assessment.items.length }),
): string {
  const line = promptLine(width);
  const lines = ['Resuming', line(path)];
  const at = assessment.progress;
  const item = at && (at.step === 'note' || at.step === 'action') && assessment.items[at.item];
  if (item) {
    const { index, total } = place(at.item);
    lines.push(
      '',
      line(`[${index + 1}/${total}] ${sectionTitle(item.section)}`, ''),
      line(item.text),
      ...(item.status ? [line(`Answered: ${STATUS_LABEL[item.status]}`)] : []),
    );
  }
  return `${lines.join('\n')}\n\n`;
}
