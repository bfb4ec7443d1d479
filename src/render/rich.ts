import type { ChalkInstance } from 'chalk';
import type { Item, Link, Run } from '../ladder/types.js';
import { sanitizeLine } from './sanitize.js';
import type { Style } from './style.js';
import { wrap, wrapSegments, type Segment } from './wrap.js';

/** Only these may become a link in a terminal or a page; any other target is shown as text. */
export const isWebUrl = (url: string): boolean => /^(https?:|mailto:)/i.test(url.trim());

/** A URL safe inside an OSC 8 sequence or angle brackets: no controls, no spaces. */
export function safeUrl(url: string): string {
  const clean = sanitizeLine(url).trim();
  try {
    return encodeURI(decodeURI(clean));
  } catch {
    return encodeURI(clean);
  }
}

/** A link to a page beside this one, as a site writes it: no scheme, no host. */
const isRelative = (url: string): boolean => !/^\s*(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(url);

const osc8 = (url: string, text: string) => `\u001b]8;;${url}\u0007${text}\u001b]8;;\u0007`;

/**
 * URLs collected from the links of a table's cells, shown under the table: a URL is never
 * broken across the lines of a cell, and a narrow cell cannot hold a long one whole.
 */
export class LinkNotes {
  readonly urls: string[] = [];

  /** The note number of a URL, the same number each time it comes back. */
  number(url: string): number {
    const at = this.urls.indexOf(url);
    return at === -1 ? this.urls.push(url) : at + 1;
  }

  lines(): string[] {
    return this.urls.map((url, i) => `[${i + 1}] ${url}`);
  }

  /** Plain text with each URL in it replaced by its note number. */
  numbered(text: string): string {
    return text.replace(/\b(?:https?|mailto):\S+/g, (url) => `[${this.number(url)}]`);
  }

  /** The notes, to print under the table, each URL whole on its line. */
  footer(width: number): string[] {
    return this.lines().map((line) => wrap(line, { width, first: '', rest: '    ' }));
  }
}

function runPaint(run: Run, color: ChalkInstance): ((t: string) => string) | undefined {
  if (color.level === 0 || (!run.strong && !run.em && !run.code && !run.strike)) return undefined;
  let c = color;
  if (run.strong) c = c.bold;
  if (run.em) c = c.italic;
  if (run.code) c = c.cyan;
  if (run.strike) c = c.strikethrough;
  return (t) => c(t);
}

/** Runs of one link, taken together: every output shows a link once, around all its runs. */
export function linkGroups(item: Item): { runs: Run[]; href?: string }[] {
  const groups: { runs: Run[]; href?: string }[] = [];
  for (const run of item.runs ?? [{ text: item.text }]) {
    const last = groups.at(-1);
    if (last && run.href !== undefined && last.href === run.href) last.runs.push(run);
    else groups.push({ runs: [run], ...(run.href !== undefined ? { href: run.href } : {}) });
  }
  return groups;
}

/**
 * An item as styled segments for the terminal. A link is an OSC 8 hyperlink where the terminal
 * supports one; otherwise its text is followed by the URL in angle brackets, or by a note
 * number when `notes` collects the URLs (inside a table). A link whose text is its URL is
 * shown once. A relative target (`values.html`) is shown as written, in angle brackets, and is
 * never a hyperlink; a target of any other scheme (`javascript:`) is shown as plain text.
 */
function richSegments(item: Item, style: Style, notes?: LinkNotes): Segment[] {
  const segments: Segment[] = [];
  for (const group of linkGroups(item)) {
    const shownAt = group.href !== undefined && (isWebUrl(group.href) || isRelative(group.href));
    const href = shownAt ? safeUrl(group.href!) : undefined;
    const hyperlink = href !== undefined && isWebUrl(href) && style.hyperlinks;
    for (const run of group.runs) {
      const paint = runPaint(run, style.color);
      const link = hyperlink ? (t: string) => osc8(href, paint ? paint(t) : t) : paint;
      segments.push({ text: sanitizeLine(run.text), ...(link ? { paint: link } : {}) });
    }
    if (href === undefined || hyperlink) continue;
    const shown = group.runs.map((r) => r.text).join('');
    if (shown.trim() === group.href?.trim() || shown.trim() === href) continue;
    segments.push(
      notes
        ? { text: ` [${notes.number(href)}]`, paint: (t) => style.color.dim(t) }
        : { text: ` <${href}>` },
    );
  }
  return segments;
}

/** An item wrapped behind a prefix, with a hanging indent. */
export function wrapRich(
  item: Item,
  style: Style,
  options: { width: number; first: string; notes?: LinkNotes },
): string {
  return wrapSegments(richSegments(item, style, options.notes), options);
}

/** A section's reference link, as an item whose whole text links to its URL. */
export const linkItem = (link: Link): Item => ({
  text: link.title,
  runs: [{ text: link.title, href: link.url }],
});
