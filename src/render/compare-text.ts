import type { Assessment } from '../ladder/assessment.js';
import type { Comparison, ComparedItem, SideAnswer } from '../ladder/compare.js';
import { readiness } from '../ladder/readiness.js';
import { percent, plural } from '../ladder/words.js';
import {
  answerWords,
  gapWords,
  groups,
  overallWords,
  sideLabel,
  summaryWords,
  unfinishedWords,
} from './check-in.js';
import { drawColumns } from './columns.js';
import { LinkNotes } from './rich.js';
import { sanitizeLine } from './sanitize.js';
import type { Style } from './style.js';
import { localTime } from './time.js';
import { unbroken, wrap } from './wrap.js';
import type { ActionEntry } from '../ladder/outcome.js';
import { actionWords } from './actions-text.js';

/** Below this width three columns are too narrow to read: each item is stacked. */
export const MIN_TABLE_WIDTH = 80;

export interface CompareView {
  left: Assessment;
  right: Assessment;
  comparison: Comparison;
  /** Section titles by id. */
  title: (id: string) => string;
  /** List the agreements too, instead of their count. */
  all: boolean;
  /** Open actions agreed on the level that are past their due date, and today. */
  overdue: ActionEntry[];
  today: string;
}

function paint(side: SideAnswer | null, style: Style): string {
  const { color } = style;
  const text = answerWords(side);
  if (side?.status === 'met') return color.green(text);
  if (side?.status === 'not-yet') return color.red(text);
  if (!side?.status) return color.dim(text);
  return text;
}

/** Where an item is: "Checkpoints 2", its section and its place there. */
function where(view: CompareView, item: ComparedItem): string {
  const a = item.at.left !== null ? view.left.items[item.at.left] : undefined;
  const b = item.at.right !== null ? view.right.items[item.at.right] : undefined;
  return `${sanitizeLine(view.title(item.section))} ${(a ?? b)!.position}`;
}

function header(view: CompareView, style: Style): string[] {
  const { color, width } = style;
  const { left, right, comparison } = view;
  const subject = left.subject ?? right.subject;
  const about = subject ? ` · ${sanitizeLine(subject.name)}` : '';
  const line = (text: string, first = '', paintWith?: (t: string) => string) =>
    wrap(text, { width, first, rest: `${first}  `, ...(paintWith ? { paint: paintWith } : {}) });
  const side = (a: Assessment) => {
    const unfinished = unfinishedWords(a);
    return line(
      `${sanitizeLine(sideLabel(a))}, ${unbroken(localTime(a.updatedAt))}: ${unbroken(`readiness ${overallWords(a)}`)}${unfinished ? ` (${unfinished})` : ''}`,
      '  ',
      unfinished ? color.yellow : undefined,
    );
  };
  const out = [
    line(
      `Check-in: ${sanitizeLine(left.level.title)} (${sanitizeLine(left.level.id)})${about}`,
      '',
      color.bold,
    ),
    side(left),
    side(right),
  ];
  const [l, r] = [readiness(left), readiness(right)];
  if (l.sections.length > 1)
    for (const s of l.sections) {
      const other = r.sections.find((x) => x.id === s.id);
      const figure = (score: number | null | undefined) =>
        score === null || score === undefined ? '—' : percent(score);
      out.push(
        line(
          `${sanitizeLine(view.title(s.id))}: ${figure(s.score)} and ${figure(other?.score)}`,
          '    ',
          color.dim,
        ),
      );
    }
  out.push(line(summaryWords(comparison.summary, left, right)));
  return out;
}

/** A side's cell: the answer, and the note under it, its URLs numbered in `links`. */
function cell(side: SideAnswer | null, style: Style, width: number, links: LinkNotes): string {
  const note = side?.note
    ? `\n${wrap(links.numbered(sanitizeLine(side.note)), { width, first: '' })}`
    : '';
  return `${paint(side, style)}${note}`;
}

function table(view: CompareView, items: ComparedItem[], style: Style): string {
  const { color, width } = style;
  // Three columns, each with a border and a space of padding on either side.
  const inner = width - 10;
  const sideWidth = Math.max(14, Math.floor(inner * 0.28));
  const itemWidth = inner - 2 * sideWidth;
  const head = [
    color.bold('Item'),
    ...[view.left, view.right].map((a) =>
      color.bold(wrap(sanitizeLine(sideLabel(a)), { width: sideWidth, first: '' })),
    ),
  ];
  // A URL in a note is numbered in the table and written out under it: a narrow cell could
  // not hold it whole.
  const links = new LinkNotes();
  const rows = items.map((item, i) => [
    [
      color.dim(wrap(`${where(view, item)} · ${gapWords(item)}`, { width: itemWidth, first: '' })),
      wrap(sanitizeLine(item.text), { width: itemWidth, first: '' }),
      // A blank line between items.
      ...(i < items.length - 1 ? [''] : []),
    ].join('\n'),
    cell(item.left, style, sideWidth, links),
    cell(item.right, style, sideWidth, links),
  ]);
  return [drawColumns(head, rows, [itemWidth, sideWidth, sideWidth]), ...links.footer(width)].join(
    '\n',
  );
}

function stacked(view: CompareView, items: ComparedItem[], style: Style): string {
  const { color, width } = style;
  const out: string[] = [];
  for (const item of items) {
    out.push(
      '',
      wrap(`${where(view, item)} · ${gapWords(item)}`, { width, first: '  ', paint: color.dim }),
      wrap(sanitizeLine(item.text), { width, first: '  ' }),
    );
    for (const [a, side] of [
      [view.left, item.left],
      [view.right, item.right],
    ] as const) {
      out.push(
        wrap(`${sanitizeLine(sideLabel(a))}: ${answerWords(side)}`, { width, first: '    ' }),
      );
      if (side?.note)
        out.push(wrap(sanitizeLine(side.note), { width, first: '      ', paint: color.dim }));
    }
  }
  return out.slice(1).join('\n');
}

/** `ladder compare`: both sides, then where they disagree, agree, and answered alone. */
export function renderComparison(view: CompareView, style: Style): string {
  const { color, width } = style;
  const { disagreements, agreements, folded, oneSided } = groups(view.comparison.items, view.all);
  const list = (items: ComparedItem[]) =>
    width < MIN_TABLE_WIDTH ? stacked(view, items, style) : table(view, items, style);
  const out = header(view, style);
  const part = (title: string, items: ComparedItem[]) => {
    if (items.length) out.push('', color.bold(title), list(items));
  };
  part('Disagreements, the furthest apart first', disagreements);
  if (!disagreements.length) out.push('', 'They agree on every item both answered.');
  part('Agreed', agreements);
  if (folded)
    out.push(
      '',
      wrap(`${plural(folded, 'item')} agreed on, not listed: --all lists them`, {
        width,
        first: '',
        paint: color.dim,
      }),
    );
  part('Answered on one side only', oneSided);
  if (view.overdue.length)
    out.push(
      '',
      color.bold(color.red('Overdue actions')),
      ...view.overdue.map(({ action }) =>
        wrap(sanitizeLine(actionWords(action, view.today)), { width, first: '  ' }),
      ),
    );
  return out.join('\n') + '\n';
}
