import type { ChalkInstance } from 'chalk';
import {
  onlyBelow,
  type Change,
  type ItemLink,
  type LevelDiff,
  type SectionDiff,
} from '../ladder/level-diff.js';
import { wordDiff, type WordPart } from '../ladder/word-diff.js';
import { plural } from '../ladder/words.js';
import { drawColumns } from './columns.js';
import {
  folded,
  referenceChange,
  sectionCounts,
  sectionVerdict,
  shownBelow,
  summaryLine,
} from './diff-summary.js';
import { safeUrl } from './rich.js';
import { sanitizeLine } from './sanitize.js';
import type { Style } from './style.js';
import { wrap, wrapSegments, type Segment } from './wrap.js';

export interface DiffLayout {
  /** One line per change with +, - and ~ markers, instead of two columns. */
  stacked: boolean;
  /** Fold unchanged items into a count. */
  changedOnly: boolean;
}

/** Below this width two columns are too narrow to read: the stacked layout is used. */
export const MIN_TABLE_WIDTH = 80;

/** Prose on both sides is compared as a whole passage: removed, then added. */
const bothProse = (d: SectionDiff) => d.kind.from === 'text' && d.kind.to === 'text';

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

/** The word diff of a reworded item. */
const rewordParts = (change: Change): WordPart[] =>
  wordDiff(sanitizeLine(change.from!.text), sanitizeLine(change.to!.text));

/** A word diff as segments; `side` keeps only one side's words. */
function rewordSegments(parts: WordPart[], color: ChalkInstance, side?: 'from' | 'to'): Segment[] {
  const m = marks(color);
  const plainColor = color.level === 0;
  return parts
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

const urls = (links: ItemLink[]) =>
  links.length ? links.map((l) => safeUrl(l.url)).join(', ') : 'none';

/** "link: a → b", for an item whose links changed. */
const linkLine = (change: Change) =>
  change.link ? `link: ${urls(change.link.from)} → ${urls(change.link.to)}` : undefined;

// An unchanged item keeps a bullet, so that items stay apart in the compact table.
const MARKER: Record<Change['type'], string> = {
  unchanged: '•',
  reworded: '~',
  relinked: '~',
  added: '+',
  removed: '-',
};

function stackedLines(d: SectionDiff, style: Style, layout: DiffLayout): string[] {
  const { color, width } = style;
  const m = marks(color);
  const lines: string[] = [];
  const unchanged = folded(d);
  if (layout.changedOnly && unchanged > 0)
    lines.push(color.dim(`    … ${plural(unchanged, 'unchanged item')}`));
  for (const change of d.changes) {
    const first = `  ${MARKER[change.type]} `;
    if (change.type === 'unchanged') {
      if (!layout.changedOnly || onlyBelow(change))
        lines.push(wrap(sanitizeLine(change.to!.text), { width, first, paint: m.unchanged }));
    } else if (change.type === 'reworded' && bothProse(d)) {
      lines.push(wrap(sanitizeLine(change.from!.text), { width, first: '  - ', paint: m.removed }));
      lines.push(wrap(sanitizeLine(change.to!.text), { width, first: '  + ', paint: m.added }));
    } else if (change.type === 'reworded') {
      lines.push(wrapSegments(rewordSegments(rewordParts(change), color), { width, first }));
    } else if (change.type === 'relinked') {
      lines.push(wrap(sanitizeLine(change.to!.text), { width, first }));
    } else {
      const item = change.type === 'added' ? change.to! : change.from!;
      lines.push(wrap(sanitizeLine(item.text), { width, first, paint: m[change.type] }));
    }
    const link = linkLine(change);
    if (link) lines.push(wrap(link, { width, first: '    ', paint: color.dim }));
    for (const sub of shownBelow(change))
      lines.push(
        wrap(sanitizeLine(sub.text), {
          width,
          first: `      ${MARKER[sub.change]} ◦ `,
          paint: m[sub.type],
        }),
      );
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
  const withLink = (text: string, links: ItemLink[] | undefined) =>
    links === undefined
      ? text
      : `${text}\n${wrap(`link: ${urls(links)}`, { width: inner, first: '  ', paint: color.dim })}`;
  /** A reworded or relinked item, side by side. */
  const bothSides = (change: Change, from: string, to: string): [string, string] => {
    if (change.type === 'relinked') return [cell([{ text: from }], '~'), cell([{ text: to }], '~')];
    if (bothProse(d))
      return [
        cell([{ text: from, paint: m.removed }], '-'),
        cell([{ text: to, paint: m.added }], '+'),
      ];
    const parts = rewordParts(change);
    return [
      cell(rewordSegments(parts, color, 'from'), '~'),
      cell(rewordSegments(parts, color, 'to'), '~'),
    ];
  };
  const head = [diff.from.title, diff.to.title].map((t) =>
    wrap(sanitizeLine(t), { width: inner, first: '', paint: color.bold }),
  );
  const rows: string[][] = [];
  const unchanged = folded(d);
  if (layout.changedOnly && unchanged > 0) {
    const folded = color.dim(`… ${plural(unchanged, 'unchanged item')}`);
    rows.push([folded, folded]);
  }
  for (const change of d.changes) {
    const from = sanitizeLine(change.from?.text ?? '');
    const to = sanitizeLine(change.to?.text ?? '');
    if (change.type === 'unchanged') {
      if (!layout.changedOnly || onlyBelow(change)) {
        rows.push([
          cell([{ text: from, paint: m.unchanged }], '•'),
          cell([{ text: to, paint: m.unchanged }], '•'),
        ]);
      }
    } else if (change.type === 'reworded' || change.type === 'relinked') {
      const [a, b] = bothSides(change, from, to);
      rows.push([withLink(a, change.link?.from), withLink(b, change.link?.to)]);
    } else if (change.type === 'removed') {
      rows.push([cell([{ text: from, paint: m.removed }], '-'), '']);
    } else {
      rows.push(['', cell([{ text: to, paint: m.added }], '+')]);
    }
    for (const sub of shownBelow(change)) {
      const text = (t: string) =>
        cell([{ text: sanitizeLine(t), paint: m[sub.type] }], `  ${MARKER[sub.change]} ◦`);
      rows.push(
        sub.type === 'added'
          ? ['', text(sub.text)]
          : sub.type === 'removed'
            ? [text(sub.text), '']
            : [text(sub.from), text(sub.text)],
      );
    }
  }
  return drawColumns(head, rows, [inner, inner]);
}

/** Each section as a one-line verdict or its changes, and any change of its reference link. */
export function renderSections(diff: LevelDiff, style: Style, layout: DiffLayout): string[] {
  const { color } = style;
  const stacked = layout.stacked || style.width < MIN_TABLE_WIDTH;
  const out: string[] = [];
  const heading = (d: SectionDiff, rest: Segment) =>
    wrapSegments([{ text: sanitizeLine(d.section.title), paint: color.bold.cyan }, rest], {
      width: style.width,
      first: '',
    });
  for (const d of diff.sections) {
    const verdict = sectionVerdict(d);
    if (verdict !== undefined) out.push('', heading(d, { text: `: ${verdict}` }));
    else {
      const counts = bothProse(d) ? 'changed' : sectionCounts(d.changes);
      out.push('', heading(d, { text: ` (${counts})`, paint: color.dim }));
      out.push(
        stacked ? stackedLines(d, style, layout).join('\n') : tableOf(diff, d, style, layout),
      );
    }
    if (d.link) out.push(wrap(referenceChange(d.link), { width: style.width, first: '  → ' }));
  }
  return out;
}

/** `ladder diff`: the two levels, the summary, then each section. */
export function renderDiff(diff: LevelDiff, style: Style, layout: DiffLayout): string {
  const { color, width } = style;
  const title = `${sanitizeLine(diff.from.title)} → ${sanitizeLine(diff.to.title)}`;
  return (
    [
      wrap(title, { width, first: '', paint: color.bold }),
      wrap(summaryLine(diff.summary), { width, first: '' }),
      ...renderSections(diff, style, layout),
    ].join('\n') + '\n'
  );
}
