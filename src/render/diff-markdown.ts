import {
  onlyBelow,
  type Change,
  type ItemLink,
  type LevelDiff,
  type SectionDiff,
} from '../ladder/level-diff.js';
import { wordDiff } from '../ladder/word-diff.js';
import {
  folded,
  referenceChange,
  sectionCounts,
  sectionVerdict,
  shownBelow,
  summaryLine,
} from './diff-summary.js';
import type { DiffLayout } from './diff-text.js';
import { mdLink, mdText } from './markdown.js';
import { sanitizeLine } from './sanitize.js';

// Markdown has no underline for added words: removed words are struck through, added ones bold.
function reworded(change: Change, side: 'from' | 'to'): string {
  return wordDiff(sanitizeLine(change.from!.text), sanitizeLine(change.to!.text))
    .map((part) => {
      if (part.kind === 'same') return mdText(part.text);
      if ((side === 'from') !== (part.kind === 'removed')) return '';
      const text = mdText(part.text);
      return part.kind === 'removed' ? `~~${text}~~` : `**${text}**`;
    })
    .join('')
    .replace(/ {2,}/g, ' ');
}

const linkNote = (links: ItemLink[] | undefined) =>
  links === undefined
    ? ''
    : ` _(link: ${links.length ? links.map((l) => `<${sanitizeLine(l.url).replace(/[<>\s]/g, encodeURIComponent)}>`).join(', ') : 'none'})_`;

function rows(d: SectionDiff, layout: DiffLayout): string[] {
  const unchanged = folded(d);
  const out: string[] = [];
  if (layout.changedOnly && unchanged > 0)
    out.push(`|  | _${unchanged} unchanged_ | _${unchanged} unchanged_ |`);
  for (const c of d.changes) {
    if (c.type === 'unchanged' && layout.changedOnly && !onlyBelow(c)) continue;
    const [from, to] =
      c.type === 'reworded' && !(d.kind.from === 'text' && d.kind.to === 'text')
        ? [reworded(c, 'from'), reworded(c, 'to')]
        : [c.from ? mdText(c.from.text) : '', c.to ? mdText(c.to.text) : ''];
    const marker = { unchanged: '', reworded: '~', relinked: '~', added: '+', removed: '−' }[
      c.type
    ];
    out.push(`| ${marker} | ${from}${linkNote(c.link?.from)} | ${to}${linkNote(c.link?.to)} |`);
    for (const sub of shownBelow(c)) {
      const text = `◦ ${mdText(sub.text)}`;
      const [a, b] =
        sub.type === 'added'
          ? ['', text]
          : sub.type === 'removed'
            ? [text, '']
            : [`◦ ${mdText(sub.from)}`, text];
      out.push(`| ${marker} | ${a} | ${b} |`);
    }
  }
  return out;
}

/** A diff's sections in Markdown, each under a heading of the given level. */
export function sectionsMarkdown(diff: LevelDiff, layout: DiffLayout, depth = 2): string[] {
  const hashes = '#'.repeat(depth);
  const out: string[] = [];
  for (const d of diff.sections) {
    out.push('', `${hashes} ${mdText(d.section.title)}`, '');
    const verdict = sectionVerdict(d);
    if (verdict !== undefined) out.push(`${mdText(verdict)}.`);
    else
      out.push(
        d.kind.from === 'text' && d.kind.to === 'text'
          ? 'Changed.'
          : `${sectionCounts(d.changes)}.`,
        '',
        `|  | ${mdText(diff.from.title)} | ${mdText(diff.to.title)} |`,
        '| :-: | --- | --- |',
        ...rows(d, layout),
      );
    if (d.link) out.push('', `${referenceChange(d.link, mdLink)}.`);
  }
  return out;
}

/** `ladder diff --format markdown`: a document that renders well in an issue or a wiki. */
export function diffMarkdown(diff: LevelDiff, layout: DiffLayout): string {
  return (
    [
      `# ${mdText(diff.from.title)} → ${mdText(diff.to.title)}`,
      '',
      `**${summaryLine(diff.summary)}**`,
      ...sectionsMarkdown(diff, layout),
    ].join('\n') + '\n'
  );
}
