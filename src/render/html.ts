import type { Item, Run } from '../ladder/types.js';
import { isWebUrl, linkGroups } from './rich.js';
import { sanitize, sanitizeLine } from './sanitize.js';

/** Text for HTML: controls removed, the five specials escaped. */
export const esc = (text: string): string =>
  sanitize(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

/** An href that can only be a web address: anything else (javascript:, data:) is refused. */
export const safeHref = (url: string): string | undefined =>
  isWebUrl(url) ? esc(sanitizeLine(url.trim())) : undefined;

function runHtml(run: Run): string {
  let html = esc(run.text);
  if (run.code) html = `<code>${html}</code>`;
  if (run.strike) html = `<s>${html}</s>`;
  if (run.em) html = `<em>${html}</em>`;
  if (run.strong) html = `<strong>${html}</strong>`;
  return html;
}

/** An item's rich text as HTML; a link to anything but a web address is plain text. */
export function richHtml(item: Item): string {
  return linkGroups(item)
    .map(({ runs, href }) => {
      const inner = runs.map(runHtml).join('');
      const safe = href === undefined ? undefined : safeHref(href);
      return safe ? `<a href="${safe}">${inner}</a>` : inner;
    })
    .join('')
    .replace(/\n/g, '<br>');
}

/**
 * The design every page ladder writes shares: system fonts, a measure that reads well, quiet
 * colors in light and dark, and print styles. Pages add their own rules after it.
 */
const BASE_CSS = `
:root {
  color-scheme: light dark;
  --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --panel: #f6f8fa;
  --accent: #0969da; --added-bg: #dafbe1; --added-fg: #116329; --removed-bg: #ffebe9;
  --removed-fg: #a40e26; --warn: #9a6700;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --line: #3d444d; --panel: #151b23;
    --accent: #4493f8; --added-bg: #12261e; --added-fg: #56d364; --removed-bg: #25171c;
    --removed-fg: #f47067; --warn: #d29922;
  }
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; background: var(--bg); color: var(--fg);
  font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
}
a { color: var(--accent); text-underline-offset: 2px; }
main, li, p, dd { overflow-wrap: anywhere; }
h1, h2, h3, h4 { line-height: 1.25; margin: 1.6em 0 .5em; }
h1 { font-size: 2rem; margin-top: 0; }
h2 { font-size: 1.5rem; }
h3 { font-size: 1.15rem; }
h4 { font-size: 1rem; }
p, ul { margin: .4em 0 .8em; }
ul { padding-left: 1.3em; }
li { margin: .2em 0; }
code { font: .9em/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  background: var(--panel); padding: .1em .3em; border-radius: 4px; }
.muted { color: var(--muted); }
/* A date is never broken at its hyphens, on a phone either. */
time { white-space: nowrap; overflow-wrap: normal; }
.status { color: var(--warn); font-style: italic; }
ins { background: var(--added-bg); color: var(--added-fg); text-decoration: none; border-radius: 3px; padding: 0 .15em; }
del { background: var(--removed-bg); color: var(--removed-fg); border-radius: 3px; padding: 0 .15em; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;

/** A date (YYYY-MM-DD) as a <time>, which the pages never break at its hyphens. */
export const timeHtml = (date: string): string =>
  `<time datetime="${esc(date)}">${esc(date)}</time>`;

/** A standalone page: no scripts, no external files. */
export function htmlPage(options: { title: string; css: string; body: string }): string {
  const { head, tail } = htmlShell(options);
  return `${head}${options.body}${tail}`;
}

/** A page's text before its body and after it: for a page written a part at a time. */
export function htmlShell(options: { title: string; css: string }): { head: string; tail: string } {
  return {
    head: `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${esc(options.title)}</title>
<style>${BASE_CSS}${options.css}</style>
</head>
<body>
`,
    tail: `
</body>
</html>
`,
  };
}
