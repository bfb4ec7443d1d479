import { itemSource, sourceLines, sourceOf } from '../item-source.js';
import type { Link, SectionValue } from '../types.js';

/**
 * A table cell of a career-ladder page or spreadsheet, as its Markdown source: a status, prose,
 * or a list of items, each with its id where it has one. This is the one format both the pages
 * and the spreadsheet write and read, so that what is written reads back exactly.
 */
export type CellValue =
  | { status: 'wip' | 'n/a' }
  | { kind: 'text'; source: string }
  | { kind: 'list'; intro?: string; items: CellItem[] };

/** An item of a list cell: its source, its id where it has one, and its sub-items' sources. */
export interface CellItem {
  source: string;
  id?: string;
  items?: string[];
}

// A bullet or a number ("1." or "1)") starts an item. Kramdown reads "- {:#id} text" as a
// list item with that id; so does ladder.
const ITEM = /^(?:[-*+]|\d{1,9}[.)])(?:\s+|$)(?:\{:\s*#([a-z0-9]+(?:-[a-z0-9]+)*)\s*\}\s*)?/;
// A line of prose that would read as a list item, a heading or an escaped one, is escaped by a
// backslash in front, which reading takes off again.
const NEEDS_ESCAPE = /^(?:[-*+](?:\s|$)|\d{1,9}[.)](?:\s|$)|#|\\)/;
const ESCAPED = /^\\(?=[-*+#\\\d])/;

// A link to anything but the web or a relative path (javascript:, data:, or a scheme hidden
// in an entity, &#106;avascript:) is written with the "]" before its target escaped: without
// "](" or "]:" there is no link, however its text began. The n backslashes before that "]" are
// written as 2n + 1, always odd, and reading takes them back to n: every source reads back.
const UNSAFE_LINK = /(\\*)\](?=[(:]\s*<?(?!(?:https?|mailto):)[^\s/?#()<>]*[:&])/gi;
const inertLinks = (source: string) =>
  source.replace(UNSAFE_LINK, (_, slashes: string) => `${'\\'.repeat(slashes.length * 2 + 1)}]`);
const liveLinks = (source: string) =>
  source.replace(UNSAFE_LINK, (link, slashes: string) =>
    slashes.length % 2 ? `${'\\'.repeat((slashes.length - 1) / 2)}]` : link,
  );

const proseCell = (source: string) =>
  sourceLines(source)
    .map((line) => inertLinks(NEEDS_ESCAPE.test(line) ? `\\${line}` : line))
    .join('\n');

/**
 * A section value as the cell's Markdown: prose as written; a list as its intro, then one line
 * per item, each sub-item indented under its item.
 */
export function writeCell(value: SectionValue | undefined): string {
  if (!value || value.status === 'wip') return 'WIP';
  if (value.status === 'n/a') return 'N/A';
  if (value.kind === 'list') {
    const intro = value.intro ? [proseCell(sourceOf(value.intro))] : [];
    if (value.items.length === 0) return [...intro, '-'].join('\n');
    const items = value.items.flatMap((item) => [
      `- ${item.id ? `{:#${item.id}} ` : ''}${inertLinks(itemSource(sourceOf(item)))}`,
      ...(item.items ?? []).map((sub) => `  - ${inertLinks(itemSource(sourceOf(sub)))}`),
    ]);
    return [...intro, ...items].join('\n');
  }
  return proseCell(value.items.map(sourceOf).join('\n'));
}

/** A list cell's items as ladder.yaml keeps expectations: one with sub-items as { text, items }. */
export const expectationItems = (items: CellItem[]) =>
  items.map((i) => (i.items ? { text: i.source, items: i.items } : i.source));

const indentOf = (line: string) => /^\s*/.exec(line)![0].replace(/\t/g, '    ').length;

/**
 * A list's lines as items: a marked line starts an item, one indented deeper than its item's
 * starts a sub-item (deeper ones fold into it), and a line with no marker continues the line
 * above, as in Markdown, where a long item is wrapped by hand.
 */
function readItems(lines: string[]): CellItem[] {
  const items: { lines: string[]; id?: string; indent: number; subs: string[][] }[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    const match = ITEM.exec(line);
    const top = items.at(-1);
    if (match && (!top || indentOf(raw) <= top.indent)) {
      const id = match[1] ? { id: match[1] } : {};
      items.push({ lines: [line.slice(match[0].length)], indent: indentOf(raw), subs: [], ...id });
    } else if (match) top!.subs.push([line.slice(match[0].length)]);
    else (top!.subs.at(-1) ?? top!.lines).push(line);
  }
  return items
    .map(({ lines, id, subs }) => {
      const items = subs.map((s) => liveLinks(itemSource(s.join('\n')))).filter(Boolean);
      return {
        source: liveLinks(itemSource(lines.join('\n'))),
        ...(id ? { id } : {}),
        ...(items.length ? { items } : {}),
      };
    })
    .filter((item) => item.source !== '');
}

const NOT_WRITTEN =
  /^(?:wip|tbd|tba|todo|to do|coming soon|work in progress|to be (?:written|defined))$/;
const NOT_HERE = /^(?:n\/a|na|not applicable|–|—)$/;

/** Reads a cell's Markdown: bullets are items, WIP and N/A are statuses, the rest is prose. */
export function readCell(markdown: string): CellValue {
  const lines = sourceLines(markdown);
  const word = lines
    .join(' ')
    .toLowerCase()
    .replace(/[.!]+$/, '');
  if (NOT_WRITTEN.test(word)) return { status: 'wip' };
  // An empty cell, in a matrix or a page, is a level that does not have the section.
  if (word === '' || NOT_HERE.test(word)) return { status: 'n/a' };
  // Prose, then a list: "Typically leads a team of 4–8." over "- Owns …" is an intro and items.
  const raw = markdown.split(/\r\n?|\n/).filter((l) => l.trim());
  const first = raw.findIndex((l) => ITEM.test(l.trim()));
  const prose = (ls: string[]) =>
    ls.map((l) => liveLinks(l.trim()).replace(ESCAPED, '')).join('\n');
  if (first === -1) return { kind: 'text', source: prose(lines) };
  const intro = first > 0 ? { intro: prose(raw.slice(0, first)) } : {};
  return { kind: 'list', ...intro, items: readItems(raw.slice(first)) };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
const decode = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ENTITIES[e]!);
const LINK = /\[((?:\\.|[^\\\]])*)\]\((?:<([^<>\n]*)>|([^\s()<>]+))\)/;

/**
 * A reference link as Markdown: its title escaped so that it reads back exactly, its URL in
 * angle brackets only where it needs them.
 */
export function writeLink(link: Link): string {
  const title = link.title
    .replace(/[\\[\]]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
  return `[${title}](${markdownUrl(link.url)})`;
}

/** A link's URL as Markdown writes it: in angle brackets only where it needs them. */
export const markdownUrl = (url: string): string =>
  /^[^\s()<>]+$/.test(url) ? url : `<${url.replace(/[<>\n]/g, encodeURIComponent)}>`;

/** A reference link's title and URL as written: Markdown escapes and HTML entities undone. */
export function readLink(markdown: string): Link | undefined {
  const match = LINK.exec(markdown);
  if (!match) return undefined;
  const title = decode(match[1]!.replace(/\\(.)/g, '$1')).trim();
  const url = decode(match[2] ?? match[3]!).trim();
  return title && url ? { title, url } : undefined;
}
