import { diffLevels, type Change } from '../ladder/diff.js';
import { nextOf, previousOf, trackOf } from '../ladder/tree.js';
import type { Ladder, Level, SectionValue } from '../ladder/types.js';
import { wordDiff } from '../ladder/word-diff.js';
import { sanitize, sanitizeLine } from './sanitize.js';
import { plural } from '../ladder/words.js';

const esc = (text: string) =>
  sanitize(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

const safeHref = (url: string) =>
  /^(https?|mailto):/i.test(url.trim()) ? esc(sanitizeLine(url.trim())) : '#';
const anchor = (level: Level) => `level-${level.id}`;
const levelLink = (level: Level) => `<a href="#${anchor(level)}">${esc(level.title)}</a>`;

function sectionHtml(value: SectionValue | undefined): string {
  const parts: string[] = [];
  if (!value || value.status === 'wip') parts.push('<p class="status">WIP: not written yet</p>');
  else if (value.status === 'n/a')
    parts.push('<p class="status">N/A: does not apply at this level</p>');
  else if (value.items)
    parts.push(`<ul>${value.items.map((i) => `<li>${esc(i.text)}</li>`).join('')}</ul>`);
  else parts.push(`<p>${esc(value.text ?? '')}</p>`);
  if (value?.link)
    parts.push(
      `<p class="reference">Reference: <a href="${safeHref(value.link.url)}">${esc(value.link.title)}</a></p>`,
    );
  return parts.join('\n');
}

function changeHtml(change: Change): string {
  if (change.type === 'added')
    return `<li class="added"><span class="mark">Added</span> <ins>${esc(change.to!)}</ins></li>`;
  if (change.type === 'removed')
    return `<li class="removed"><span class="mark">Removed</span> <del>${esc(change.from!)}</del></li>`;
  const words = wordDiff(change.from!, change.to!)
    .map((p) =>
      p.kind === 'same'
        ? esc(p.text)
        : p.kind === 'added'
          ? `<ins>${esc(p.text)}</ins>`
          : `<del>${esc(p.text)}</del>`,
    )
    .join('');
  return `<li class="reworded"><span class="mark">Reworded</span> ${words}</li>`;
}

/** What changes from the previous level, from the same diff as `ladder diff`. */
function compareHtml(ladder: Ladder, level: Level, previous: Level): string {
  const diff = diffLevels(previous, level, ladder.sections);
  const { added, removed, reworded, unchanged } = diff.summary;
  const rows = diff.sections.map((d) => {
    const title = esc(d.section.title);
    if (d.status.from !== 'defined' || d.status.to !== 'defined') {
      const word = (s: string, n: number) =>
        s === 'wip' ? 'WIP' : s === 'n/a' ? 'N/A' : plural(n, 'item');
      return `<h4>${title}</h4>\n<p>${word(d.status.from, d.size.from)} → ${word(d.status.to, d.size.to)}</p>`;
    }
    const changed = d.changes.filter((c) => c.type !== 'unchanged');
    if (changed.length === 0) return `<h4>${title}</h4>\n<p>Unchanged.</p>`;
    const kept = d.changes.length - changed.length;
    return `<h4>${title}</h4>\n<ul class="changes">${changed.map(changeHtml).join('')}</ul>${kept ? `\n<p class="kept">${kept} unchanged</p>` : ''}`;
  });
  return [
    `<section class="compare" aria-labelledby="${anchor(level)}-compare">`,
    `<h3 id="${anchor(level)}-compare">Compared with ${levelLink(previous)}</h3>`,
    `<p>${added} added, ${removed} removed, ${reworded} reworded, ${unchanged} unchanged.</p>`,
    ...rows,
    '</section>',
  ].join('\n');
}

const STYLE = `
body { font: 16px/1.5 system-ui, sans-serif; margin: 0; color: #1d1d1f; background: #fff; }
header, main { max-width: 60rem; margin: 0 auto; padding: 1rem 1.5rem; }
nav ul { list-style: none; padding-left: 0; } nav li { margin: .2rem 0; }
nav h3 { margin-bottom: .2rem; }
article.level { border-top: 2px solid #ccc; margin-top: 2rem; padding-top: 1rem; }
.meta { color: #555; }
.status { color: #8a6d00; font-style: italic; }
table.place { border-collapse: collapse; margin: .5rem 0; }
table.place th, table.place td { border: 1px solid #ccc; padding: .25rem .6rem; text-align: left; }
ins { background: #dafbe1; text-decoration: none; }
del { background: #ffebe9; }
.mark { font-size: .75rem; text-transform: uppercase; color: #555; margin-right: .3rem; }
.compare { background: #f6f8fa; padding: .5rem 1rem; border-radius: .4rem; }
.kept { color: #555; }
`;

/** `ladder export --format html`: one self-contained page, readable without JavaScript. */
export function ladderHtml(ladder: Ladder): string {
  const nav = ladder.tracks
    .map((track) => {
      const levels = ladder.levels.filter((l) => l.track === track.id);
      return `<h3>${esc(track.title)}</h3>\n<ul>${levels.map((l) => `<li>${levelLink(l)}</li>`).join('')}</ul>`;
    })
    .join('\n');
  const articles = ladder.levels.map((level) => {
    const previous = previousOf(ladder, level);
    const next = nextOf(ladder, level);
    const sections = ladder.sections
      .map(
        (s) =>
          `<section>\n<h3>${esc(s.title)}</h3>\n${sectionHtml(level.sections[s.id])}\n</section>`,
      )
      .join('\n');
    return [
      `<article class="level" id="${anchor(level)}">`,
      `<h2>${esc(level.title)}</h2>`,
      '<table class="place"><tbody>',
      `<tr><th scope="row">Track</th><td>${esc(trackOf(ladder, level).title)}</td></tr>`,
      `<tr><th scope="row">Previous</th><td>${previous ? levelLink(previous) : 'none: first level of its path'}</td></tr>`,
      `<tr><th scope="row">Next</th><td>${next.length ? next.map(levelLink).join(', ') : 'none: top of its path'}</td></tr>`,
      '</tbody></table>',
      sections,
      ...(previous ? [compareHtml(ladder, level, previous)] : []),
      '</article>',
    ].join('\n');
  });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(ladder.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${esc(ladder.title)}</h1>
<nav aria-label="Levels">
${nav}
</nav>
</header>
<main>
${articles.join('\n')}
</main>
</body>
</html>
`;
}
