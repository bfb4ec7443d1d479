import type { Action } from '../ladder/assessment.js';
import type { ActionEntry } from '../ladder/outcome.js';
import { isOverdue } from '../ladder/dates.js';
import { plural } from '../ladder/words.js';
import { sanitizeLine } from './sanitize.js';
import type { Style } from './style.js';
import { dueWords, localDate } from './time.js';
import { wrap } from './wrap.js';
import { forWords, ladderCommand } from './command-line.js';

/** "director-1, open, due 2027-03-31: Publish one post a quarter" (", overdue" past it). */
export const actionWords = (a: Action, today: string): string => {
  const due = dueWords(a, today);
  return `${a.id}, ${a.status}${due ? `, ${due}` : ''}: ${a.text}`;
};

/** The `ladder agree --actions --json` contract. */
export function actionsJson(entries: ActionEntry[], today: string) {
  return {
    actions: entries.map(({ action, stored, item }) => ({
      id: action.id,
      level: stored.assessment.level,
      section: action.section,
      item: item ? { id: item.id ?? null, text: item.text } : null,
      text: action.text,
      due: action.due,
      status: action.status,
      overdue: isOverdue(action, today),
      file: stored.path,
    })),
  };
}

/** `ladder agree --actions`: what check-ins agreed to do, open ones first, with their ids. */
export function renderActions(
  entries: ActionEntry[],
  who: { name: string; me: boolean; person: { id: string } },
  title: (sectionId: string) => string,
  style: Style,
  today: string,
): string {
  const name = who.me ? 'you' : who.name;
  const { color, width } = style;
  if (!entries.length)
    return `${wrap(`No actions agreed with ${sanitizeLine(name)} yet.`, { width, first: '' })}\n`;
  const open = entries.filter((e) => e.action.status === 'open');
  const out = [
    wrap(
      `Actions agreed with ${sanitizeLine(name)}: ${open.length} open, ${entries.length - open.length} done`,
      { width, first: '', paint: color.bold },
    ),
  ];
  const ordered = [...open, ...entries.filter((e) => e.action.status === 'done')];
  for (const { action, stored, item } of ordered) {
    const state =
      action.status === 'done'
        ? color.green('done')
        : isOverdue(action, today)
          ? color.red('overdue')
          : color.yellow('open');
    const due = action.due ? `, due ${action.due}` : '';
    out.push(
      '',
      `  ${color.bold(sanitizeLine(action.id))}  ${state}${due}`,
      wrap(sanitizeLine(action.text), { width, first: '    ' }),
    );
    if (item)
      out.push(
        wrap(`${sanitizeLine(title(item.section))} ${item.position}: ${sanitizeLine(item.text)}`, {
          width,
          first: '    ',
          paint: color.dim,
        }),
      );
    out.push(
      wrap(
        `agreed ${localDate(stored.assessment.updatedAt)} on ${sanitizeLine(stored.assessment.level.title)}`,
        { width, first: '    ', paint: color.dim },
      ),
    );
  }
  if (open.length)
    out.push(
      '',
      wrap(
        `Close one with: ${ladderCommand('agree', '--done', open[0]!.action.id, forWords(who))}`,
        {
          width,
          first: '',
          paint: color.dim,
        },
      ),
    );
  return out.join('\n') + '\n';
}

/** "2 actions, 1 open", for a line about an outcome. */
export function actionCount(entries: { status: 'open' | 'done' }[]): string {
  const open = entries.filter((a) => a.status === 'open').length;
  return `${plural(entries.length, 'action')}, ${open} open`;
}
