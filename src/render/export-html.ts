import { diffLevels } from '../ladder/level-diff.js';
import { sectionRuns } from '../ladder/groups.js';
import { nextOf, previousAllOf, trackOf, trackTree, type TreeNode } from '../ladder/tree.js';
import type { Item, Ladder, Level, SectionValue } from '../ladder/types.js';
import { plural } from '../ladder/words.js';
import { DIFF_CSS, diffSectionsHtml } from './diff-html.js';
import { summaryLine } from './diff-summary.js';
import { esc, htmlShell, richHtml, safeHref } from './html.js';

const anchor = (level: Level) => `level-${level.id}`;
const levelLink = (level: Level) => `<a href="#${anchor(level)}">${esc(level.title)}</a>`;

/** What the ladder expects at every level, once. */
const sharedHtml = (ladder: Ladder) =>
  ladder.shared
    .map(
      (e) =>
        `<section class="shared">\n<h2>${esc(e.title)}</h2>\n<p class="muted">Expected at every level.</p>\n<ul>${e.items.map((i) => `<li>${itemHtml(i)}</li>`).join('')}</ul>\n</section>\n`,
    )
    .join('');

/** An item, and its sub-items as a list of their own under it. */
const itemHtml = (item: Item) =>
  richHtml(item) +
  (item.items?.length
    ? `<ul class="sub">${item.items.map((s) => `<li>${richHtml(s)}</li>`).join('')}</ul>`
    : '');

function sectionHtml(value: SectionValue | undefined): string {
  const parts: string[] = [];
  if (!value || value.status === 'wip') parts.push('<p class="status">WIP: not written yet</p>');
  else if (value.status === 'n/a') parts.push('<p class="status">N/A: not at this level</p>');
  else if (value.kind === 'list') {
    if (value.intro) parts.push(`<p>${richHtml(value.intro)}</p>`);
    parts.push(`<ul>${value.items.map((i) => `<li>${itemHtml(i)}</li>`).join('')}</ul>`);
  } else parts.push(`<p>${value.items.map(richHtml).join('<br>')}</p>`);
  const href = value?.link && safeHref(value.link.url);
  if (value?.link)
    parts.push(
      `<p class="reference">Reference: ${href ? `<a href="${href}">${esc(value.link.title)}</a>` : esc(value.link.title)}</p>`,
    );
  return parts.join('\n');
}

/** What changes from the previous level, from the same diff and in the same words as `ladder diff`. */
function compareHtml(ladder: Ladder, level: Level, previous: Level): string {
  const diff = diffLevels(previous, level, ladder.sections);
  return [
    `<section class="compare" aria-labelledby="${anchor(level)}-compare">`,
    `<h3 id="${anchor(level)}-compare">Compared with ${levelLink(previous)}</h3>`,
    `<p>${esc(summaryLine(diff.summary))}.</p>`,
    ...diffSectionsHtml(diff, 'h4'),
    '</section>',
  ].join('\n');
}

function navTree(nodes: TreeNode[]): string {
  return `<ol>${nodes
    .map((n) => `<li>${levelLink(n.level)}${n.children.length ? navTree(n.children) : ''}</li>`)
    .join('')}</ol>`;
}

const CSS = `
.page { max-width: 76rem; margin: 0 auto; padding: 2rem 1.5rem 4rem; }
.top { border-bottom: 1px solid var(--line); padding-bottom: 1rem; margin-bottom: 1.5rem; }
.top p { margin: 0; }
.layout { display: grid; gap: 2.5rem; grid-template-columns: 15rem minmax(0, 1fr); align-items: start; }
nav { position: sticky; top: 1rem; max-height: calc(100vh - 2rem); overflow: auto;
  border: 1px solid var(--line); border-radius: 8px; padding: .75rem 1rem; background: var(--panel); }
nav h2 { font-size: .8rem; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); margin: 0 0 .5rem; }
nav h3 { font-size: .95rem; margin: .8rem 0 .3rem; }
nav ol { list-style: none; margin: 0; padding: 0; }
nav ol ol { padding-left: .9rem; border-left: 1px solid var(--line); margin-left: .3rem; }
nav li { margin: .15rem 0; }
nav a { text-decoration: none; }
nav a:hover { text-decoration: underline; }
article.level { padding-bottom: 2rem; margin-bottom: 2rem; border-bottom: 1px solid var(--line); }
article.level > h2 { margin-top: 0; }
.place { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 0 0 1.2rem; }
.place dt { color: var(--muted); }
.place dd { margin: 0; }
.level > section h3 { border-left: 3px solid var(--accent); padding-left: .6rem; }
.reference { font-size: .95rem; }
.compare { background: var(--panel); border: 1px solid var(--line); border-radius: 8px; padding: .25rem 1.25rem 1rem; margin-top: 2rem; }
.compare h4 { margin-top: 1.2rem; }
@media (max-width: 56rem) {
  .page { padding: 1.25rem 1rem 3rem; }
  .layout { grid-template-columns: minmax(0, 1fr); gap: 1.5rem; }
  nav { position: static; max-height: none; }
}
@media print {
  nav { display: none; }
  .layout { display: block; }
  article.level { break-before: page; }
}
`;

/** One level's part of the page: its place, its sections, and what changed from each before it. */
function levelArticle(ladder: Ladder, level: Level): string {
  const previous = previousAllOf(ladder, level);
  const next = nextOf(ladder, level);
  const sections = sectionRuns(ladder, ladder.sections)
    .map(({ group, sections }) =>
      [
        ...(group ? [`<h3 class="group">${esc(group.title)}</h3>`] : []),
        ...sections.map(
          (s) =>
            `<section>\n<h3>${esc(s.title)}</h3>\n${s.description ? `<p class="description">${esc(s.description)}</p>\n` : ''}${sectionHtml(level.sections[s.id])}\n</section>`,
        ),
      ].join('\n'),
    )
    .join('\n');
  return [
    `<article class="level" id="${anchor(level)}" aria-labelledby="${anchor(level)}-title">`,
    `<h2 id="${anchor(level)}-title">${esc(level.title)}</h2>`,
    ...(level.summary ? [`<p class="summary">${esc(level.summary)}</p>`] : []),
    '<dl class="place">',
    `<dt>Track</dt><dd>${esc(trackOf(ladder, level).title)}</dd>`,
    `<dt>Previous</dt><dd>${previous.length ? previous.map(levelLink).join(', ') : 'none: first level of its path'}</dd>`,
    `<dt>Next</dt><dd>${next.length ? next.map(levelLink).join(', ') : 'none: top of its path'}</dd>`,
    '</dl>',
    sections,
    ...previous.map((p) => compareHtml(ladder, level, p)),
    '</article>',
  ].join('\n');
}

/**
 * `ladder export --format html`: one self-contained page, readable without JavaScript, made a
 * level at a time so that a ladder of any size is written in bounded memory.
 */
export function* ladderHtmlParts(ladder: Ladder): Generator<string> {
  const nav = ladder.tracks
    .map((track) => {
      const roots = trackTree(ladder, track);
      return roots.length ? `<h3>${esc(track.title)}</h3>\n${navTree(roots)}` : '';
    })
    .join('\n');
  const { head, tail } = htmlShell({ title: ladder.title, css: CSS + DIFF_CSS });
  yield `${head}<div class="page">
<header class="top">
<h1>${esc(ladder.title)}</h1>
<p class="muted">${plural(ladder.levels.length, 'level')} in ${plural(ladder.tracks.length, 'track')}</p>
</header>
<div class="layout">
<nav aria-labelledby="nav-title">
<h2 id="nav-title">Levels</h2>
${nav}
</nav>
<main>
${sharedHtml(ladder)}`;
  for (const [i, level] of ladder.levels.entries())
    yield `${i ? '\n' : ''}${levelArticle(ladder, level)}`;
  yield `
</main>
</div>
</div>${tail}`;
}
