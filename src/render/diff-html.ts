import type { Change, LevelDiff, SectionDiff } from '../ladder/level-diff.js';
import type { Link } from '../ladder/types.js';
import { wordDiff } from '../ladder/word-diff.js';
import { plural } from '../ladder/words.js';
import { referenceChange, sectionCounts, sectionVerdict } from './diff-summary.js';
import { esc, richHtml, safeHref } from './html.js';

// What changes between two levels, as HTML: the export's pages and the promotion packet.

/** The rules the changes need, for the page's CSS. */
export const DIFF_CSS = `
ul.changes { list-style: none; padding-left: 0; }
ul.changes li { margin: .5rem 0; display: grid; grid-template-columns: 7rem minmax(0, 1fr); gap: .75rem; break-inside: avoid; }
.mark { font-size: .72rem; line-height: 2.1; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); }
@media (max-width: 56rem) {
  ul.changes li { grid-template-columns: minmax(0, 1fr); gap: 0; }
}
`;

/**
 * A reworded item's words, removed and added, with a space kept between a removed run and
 * the added run beside it, so that they never read as one word.
 */
function wordsHtml(change: Change): string {
  const parts = wordDiff(change.from!.text, change.to!.text);
  return parts
    .map((p, k) => {
      const next = parts[k + 1];
      const gap =
        p.kind !== 'same' && next && next.kind !== 'same' && next.kind !== p.kind ? ' ' : '';
      const text = esc(p.text);
      return (
        (p.kind === 'same'
          ? text
          : p.kind === 'added'
            ? `<ins>${text}</ins>`
            : `<del>${text}</del>`) + gap
      );
    })
    .join('');
}

function changeHtml(d: SectionDiff, change: Change): string {
  const li = (type: string, word: string, html: string) =>
    `<li class="${type}"><span class="mark">${word}</span><span>${html}</span></li>`;
  if (change.type === 'added') return li('added', 'Added', `<ins>${esc(change.to!.text)}</ins>`);
  if (change.type === 'removed')
    return li('removed', 'Removed', `<del>${esc(change.from!.text)}</del>`);
  if (change.type === 'relinked') return li('relinked', 'Link changed', richHtml(change.to!));
  if (d.kind.from === 'text' && d.kind.to === 'text')
    return li(
      'reworded',
      'Reworded',
      `<del>${esc(change.from!.text)}</del> <span aria-hidden="true">→</span> <ins>${esc(change.to!.text)}</ins>`,
    );
  return li('reworded', 'Reworded', wordsHtml(change));
}

const linkHtml = (link: Link) => {
  const href = safeHref(link.url);
  return href ? `<a href="${href}">${esc(link.title)}</a>` : esc(link.title);
};

/**
 * Each section of a diff: a verdict, or its changed items (the unchanged ones counted), and any
 * change of its reference, in the same words as `ladder diff`. Styled by `ul.changes` and
 * `.mark` in the page's CSS.
 */
export function diffSectionsHtml(diff: LevelDiff, heading: 'h3' | 'h4'): string[] {
  return diff.sections.map((d) => {
    const title = `<${heading}>${esc(d.section.title)}</${heading}>`;
    const reference = d.link ? `\n<p class="muted">${referenceChange(d.link, linkHtml)}</p>` : '';
    const verdict = sectionVerdict(d);
    if (verdict !== undefined)
      return `${title}\n<p>${esc(verdict[0]!.toUpperCase() + verdict.slice(1))}.</p>${reference}`;
    const changed = d.changes.filter((c) => c.type !== 'unchanged');
    const kept = d.changes.length - changed.length;
    return [
      `${title}\n<p class="muted">${esc(sectionCounts(d.changes))}</p>`,
      `<ul class="changes">${changed.map((c) => changeHtml(d, c)).join('')}</ul>`,
      kept ? `<p class="muted">${plural(kept, 'item')} unchanged</p>` : '',
      reference,
    ]
      .filter(Boolean)
      .join('\n');
  });
}
