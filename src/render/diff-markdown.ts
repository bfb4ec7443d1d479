import type { Change, LevelDiff, SectionDiff } from '../ladder/diff.js';
import { wordDiff } from '../ladder/word-diff.js';
import { sectionCounts, sectionVerdict, summaryLine, type DiffLayout } from './diff-text.js';
import { mdText } from './markdown.js';
import { sanitizeLine } from './sanitize.js';

// Markdown has no underline for added words: removed words are struck through, added ones bold.
function reworded(change: Change, side: 'from' | 'to'): string {
  return wordDiff(sanitizeLine(change.from ?? ''), sanitizeLine(change.to ?? ''))
    .map((part) => {
      if (part.kind === 'same') return mdText(part.text);
      if ((side === 'from') !== (part.kind === 'removed')) return '';
      const text = mdText(part.text);
      return part.kind === 'removed' ? `~~${text}~~` : `**${text}**`;
    })
    .join('')
    .replace(/ {2,}/g, ' ');
}

function rows(d: SectionDiff, layout: DiffLayout): string[] {
  const unchanged = d.changes.filter((c) => c.type === 'unchanged').length;
  const out: string[] = [];
  if (layout.changedOnly && unchanged > 0)
    out.push(`|  | _${unchanged} unchanged_ | _${unchanged} unchanged_ |`);
  for (const c of d.changes) {
    if (c.type === 'unchanged' && layout.changedOnly) continue;
    const [from, to] =
      c.type === 'reworded' && d.section.kind === 'list'
        ? [reworded(c, 'from'), reworded(c, 'to')]
        : [c.from === undefined ? '' : mdText(c.from), c.to === undefined ? '' : mdText(c.to)];
    const marker = { unchanged: '', reworded: '~', added: '+', removed: '−' }[c.type];
    out.push(`| ${marker} | ${from} | ${to} |`);
  }
  return out;
}

/** `ladder diff --format markdown`: a document that renders well in an issue or a wiki. */
export function diffMarkdown(diff: LevelDiff, layout: DiffLayout): string {
  const out = [
    `# ${mdText(diff.from.title)} → ${mdText(diff.to.title)}`,
    '',
    `**${summaryLine(diff.summary)}**`,
  ];
  for (const d of diff.sections) {
    out.push('', `## ${mdText(d.section.title)}`, '');
    const verdict = sectionVerdict(d);
    if (verdict !== undefined) {
      out.push(`${mdText(verdict)}.`);
      continue;
    }
    out.push(
      d.section.kind === 'text' ? 'Changed.' : `${sectionCounts(d.changes)}.`,
      '',
      `|  | ${mdText(diff.from.title)} | ${mdText(diff.to.title)} |`,
      '| :-: | --- | --- |',
      ...rows(d, layout),
    );
  }
  return out.join('\n') + '\n';
}
