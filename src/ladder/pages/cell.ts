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
  | { kind: 'list'; items: { source: string; id?: string }[] };

// A bullet or a number ("1." or "1)") starts an item. Kramdown reads "- {:#id} text" as a
// list item with that id; so does ladder.
const ITEM = /^(?:[-*+]|\d{1,9}[.)])(?:\s+|$)(?:\{:\s*#([a-z0-9]+(?:-[a-z0-9]+)*)\s*\}\s*)?/;
// A line of prose that would read as a list item, a heading or an escaped one, is escaped by a
// backslash in front, which reading takes off again.
const NEEDS_ESCAPE = /^(?:[-*+](?:\s|$)|\d{1,9}[.)](?:\s|$)|#|\\)/;
const ESCAPED = /^\\(?=[-*+#\\\d])/;

/** A section value as the cell's Markdown: one line per item of a list, prose as written. */
export function writeCell(value: SectionValue | undefined): string {
  if (!value || value.status === 'wip') return 'WIP';
  if (value.status === 'n/a') return 'N/A';
  if (value.kind === 'list') {
    if (value.items.length === 0) return '-';
    return value.items
      .map((item) => `- ${item.id ? `{:#${item.id}} ` : ''}${itemSource(sourceOf(item))}`)
      .join('\n');
  }
  return sourceLines(value.items.map(sourceOf).join('\n'))
    .map((line) => (NEEDS_ESCAPE.test(line) ? `\\${line}` : line))
    .join('\n');
}

/** Reads a cell's Markdown: bullets are items, WIP and N/A are statuses, the rest is prose. */
export function readCell(markdown: string): CellValue {
  const lines = sourceLines(markdown);
  const word = lines.join(' ').toLowerCase();
  if (word === 'wip' || word === '') return { status: 'wip' };
  if (word === 'n/a') return { status: 'n/a' };
  if (ITEM.test(lines[0]!)) {
    // A line with no marker continues the item above it, as in Markdown, where a long item is
    // wrapped by hand or a nested line is indented under it.
    const items: { lines: string[]; id?: string }[] = [];
    for (const line of lines) {
      const match = ITEM.exec(line);
      if (!match) items.at(-1)!.lines.push(line);
      else
        items.push({ lines: [line.slice(match[0].length)], ...(match[1] ? { id: match[1] } : {}) });
    }
    return {
      kind: 'list',
      items: items
        .map(({ lines, id }) => ({ source: itemSource(lines.join('\n')), ...(id ? { id } : {}) }))
        .filter((item) => item.source !== ''),
    };
  }
  return { kind: 'text', source: lines.map((line) => line.replace(ESCAPED, '')).join('\n') };
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
