import type { ChalkInstance } from 'chalk';
import type { Change, LevelDiff, SectionDiff, Summary } from '../ladder/diff.js';
import { wordDiff } from '../ladder/word-diff.js';
import type { Style } from './style.js';
import { drawColumns } from './columns.js';
import { sanitizeLine } from './sanitize.js';
import { wrap, wrapSegments, type Segment } from './wrap.js';
import { plural } from '../ladder/words.js';

export interface DiffLayout {
  /** One line per change with +, - and ~ markers, instead of two columns. */
  stacked: boolean;
  /** Fold unchanged items into a count. */
  changedOnly: boolean;
}

/** Below this width two columns are too narrow to read: the stacked layout is used. */
export const MIN_TABLE_WIDTH = 80;

export function summaryLine(summary: Summary): string {
  return `${summary.added} added, ${summary.removed} removed, ${summary.reworded} reworded, ${summary.unchanged} unchanged`;
}

function statusWord(
  status: SectionDiff['status']['from'],
  size: number,
  kind: 'text' | 'list',
): string {
  if (status === 'wip') return 'WIP';
  if (status === 'n/a') return 'N/A';
  return kind === 'list' ? plural(size, 'item') : 'text';
}

/**
 * The one line that says all there is about a section, when there is nothing to lay out:
 * no change, or a change of status. Undefined when its changes need showing.
 */
export function sectionVerdict(d: SectionDiff): string | undefined {
  const { status, changes, size, section } = d;
  if (status.from !== 'defined' || status.to !== 'defined') {
    if (status.from === status.to)
      return `${statusWord(status.from, 0, section.kind)} at both levels`;
    return `${statusWord(status.from, size.from, section.kind)} → ${statusWord(status.to, size.to, section.kind)}`;
  }
  if (changes.some((c) => c.type !== 'unchanged')) return undefined;
  if (section.kind === 'text' && changes.length === 1)
    return `${sanitizeLine(changes[0]!.to ?? '')} at both levels`;
  return `unchanged, ${plural(changes.length, 'item')} at both levels`;
}

export function sectionCounts(changes: Change[]): string {
  const count = (type: Change['type']) => changes.filter((c) => c.type === type).length;
  return (['unchanged', 'reworded', 'added', 'removed'] as const)
    .filter((t) => count(t) > 0)
    .map((t) => `${count(t)} ${t}`)
    .join(', ');
}

/** How each kind of change is marked: colors when there are colors, brackets always otherwise. */
function marks(color: ChalkInstance) {
  const colored = color.level > 0;
  return {
    removedWords: (t: string) => (colored ? color.red.strikethrough(t) : `[-${t}-]`),
    addedWords: (t: string) => (colored ? color.green.bold(t) : `{+${t}+}`),
    removed: color.red,
    added: color.green,
    unchanged: color.dim,
  };
}

/** The word diff of a reworded item, as segments; `side` keeps only one side's words. */
function rewordSegments(change: Change, color: ChalkInstance, side?: 'from' | 'to'): Segment[] {
  const m = marks(color);
  const plainColor = color.level === 0;
  return wordDiff(sanitizeLine(change.from ?? ''), sanitizeLine(change.to ?? ''))
    .filter(
      (part) => !side || part.kind === 'same' || (side === 'from') === (part.kind === 'removed'),
    )
    .map((part) => {
      if (part.kind === 'same') return { text: part.text };
      // Without color the brackets go into the text itself, so wrapping counts them.
      const paint = part.kind === 'removed' ? m.removedWords : m.addedWords;
      return plainColor ? { text: paint(part.text) } : { text: part.text, paint };
    });
}

// An unchanged item keeps a bullet, so that items stay apart in the compact table.
const MARKER: Record<Change['type'], string> = {
  unchanged: '•',
  reworded: '~',
  added: '+',
  removed: '-',
};

function stackedLines(d: SectionDiff, style: Style, layout: DiffLayout): string[] {
  const { color, width } = style;
  const m = marks(color);
  const lines: string[] = [];
  const unchanged = d.changes.filter((c) => c.type === 'unchanged').length;
  if (layout.changedOnly && unchanged > 0)
    lines.push(color.dim(`    … ${plural(unchanged, 'unchanged item')}`));
  for (const change of d.changes) {
    const first = `  ${MARKER[change.type]} `;
    if (change.type === 'unchanged') {
      if (!layout.changedOnly)
        lines.push(wrap(sanitizeLine(change.to!), { width, first, paint: m.unchanged }));
    } else if (change.type === 'reworded') {
      if (d.section.kind === 'text') {
        lines.push(wrap(sanitizeLine(change.from!), { width, first: '  - ', paint: m.removed }));
        lines.push(wrap(sanitizeLine(change.to!), { width, first: '  + ', paint: m.added }));
      } else {
        lines.push(wrapSegments(rewordSegments(change, color), { width, first }));
      }
    } else {
      const text = sanitizeLine(change.type === 'added' ? change.to! : change.from!);
      lines.push(wrap(text, { width, first, paint: m[change.type] }));
    }
  }
  return lines;
}

function tableOf(diff: LevelDiff, d: SectionDiff, style: Style, layout: DiffLayout): string {
  const { color } = style;
  const m = marks(color);
  // Two columns, each with a border and a space of padding on either side.
  const inner = Math.floor((style.width - 7) / 2);
  const cell = (segments: Segment[], marker: string) =>
    segments.length ? wrapSegments(segments, { width: inner, first: `${marker} ` }) : '';
  const head = [diff.from.title, diff.to.title].map((t) =>
    wrap(sanitizeLine(t), { width: inner, first: '', paint: color.bold }),
  );
  const rows: string[][] = [];
  const unchanged = d.changes.filter((c) => c.type === 'unchanged').length;
  if (layout.changedOnly && unchanged > 0) {
    const folded = color.dim(`… ${plural(unchanged, 'unchanged item')}`);
    rows.push([folded, folded]);
  }
  for (const change of d.changes) {
    const from = sanitizeLine(change.from ?? '');
    const to = sanitizeLine(change.to ?? '');
    if (change.type === 'unchanged') {
      if (!layout.changedOnly) {
        rows.push([
          cell([{ text: from, paint: m.unchanged }], '•'),
          cell([{ text: to, paint: m.unchanged }], '•'),
        ]);
      }
    } else if (change.type === 'reworded') {
      rows.push(
        d.section.kind === 'text'
          ? [
              cell([{ text: from, paint: m.removed }], '-'),
              cell([{ text: to, paint: m.added }], '+'),
            ]
          : [
              cell(rewordSegments(change, color, 'from'), '~'),
              cell(rewordSegments(change, color, 'to'), '~'),
            ],
      );
    } else if (change.type === 'removed') {
      rows.push([cell([{ text: from, paint: m.removed }], '-'), '']);
    } else {
      rows.push(['', cell([{ text: to, paint: m.added }], '+')]);
    }
  }
  return drawColumns(head, rows, [inner, inner]);
}

/** `ladder diff`: the summary, then each section as a one-line verdict or its changes. */
export function renderDiff(diff: LevelDiff, style: Style, layout: DiffLayout): string {
  const { color } = style;
  const stacked = layout.stacked || style.width < MIN_TABLE_WIDTH;
  const out = [
    color.bold(`${sanitizeLine(diff.from.title)} → ${sanitizeLine(diff.to.title)}`),
    summaryLine(diff.summary),
  ];
  const heading = (d: SectionDiff, rest: Segment) =>
    wrapSegments([{ text: sanitizeLine(d.section.title), paint: color.bold.cyan }, rest], {
      width: style.width,
      first: '',
    });
  for (const d of diff.sections) {
    const verdict = sectionVerdict(d);
    if (verdict !== undefined) {
      out.push('', heading(d, { text: `: ${verdict}` }));
      continue;
    }
    const counts = d.section.kind === 'text' ? 'changed' : sectionCounts(d.changes);
    out.push('', heading(d, { text: ` (${counts})`, paint: color.dim }));
    out.push(stacked ? stackedLines(d, style, layout).join('\n') : tableOf(diff, d, style, layout));
  }
  return out.join('\n') + '\n';
}
