import { NodeType, parse as parseHtml, type HTMLElement, type Node } from 'node-html-parser';
import { markdownUrl } from './cell.js';

// HTML as the Markdown it stands for, so that one set of readers takes both: a page's headings,
// lists, tables and links, or a table cell's inline markup. Text stays data: it is never
// parsed again as HTML, only placed where Markdown would place it.

/** What a reader never shows, and so is never a level's text. */
const INVISIBLE = new Set(['head', 'script', 'style', 'nav', 'footer', 'noscript']);

/** Emphasis around text, its spaces kept outside, where Markdown needs them. */
const around = (mark: string, text: string) => {
  const [, before, inner, after] = /^(\s*)([^]*?)(\s*)$/.exec(text)!;
  return inner ? `${before}${mark}${inner}${mark}${after}` : text;
};

const tag = (node: Node) =>
  node.nodeType === NodeType.ELEMENT_NODE ? (node as HTMLElement).rawTagName.toLowerCase() : '';

const elements = (node: HTMLElement) =>
  node.childNodes.filter((c): c is HTMLElement => c.nodeType === NodeType.ELEMENT_NODE);

/** A list's Markdown: each item's first line marked, the rest indented under it. */
function listItem(inner: string): string {
  const [head, ...rest] = inner.trim().split('\n');
  return `\n- ${head}${rest.map((l) => (l.trim() ? `\n  ${l}` : '')).join('')}\n`;
}

interface Converter {
  /** A page's text, whose line breaks are the source's layout; a cell's are its Markdown. */
  collapse: boolean;
  /** The depth a paragraph that opens with a bold label is read at, as a heading. */
  labelDepth: number;
}

const inlineOf = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A table's rows of cells, each cell one line: a `<th>` row written without a `<tr>` too. */
function tableRows(table: HTMLElement, c: Converter): string[][] {
  const rows: string[][] = [];
  const visit = (parent: HTMLElement) => {
    let bare: HTMLElement[] = [];
    const flush = () => {
      if (bare.length) rows.push(bare.map((cell) => cellLine(cell, c)));
      bare = [];
    };
    for (const child of elements(parent)) {
      const name = tag(child);
      if (name === 'th' || name === 'td') bare.push(child);
      else {
        flush();
        if (name === 'tr') rows.push(elements(child).map((cell) => cellLine(cell, c)));
        else if (['thead', 'tbody', 'tfoot'].includes(name)) visit(child);
      }
    }
    flush();
  };
  visit(table);
  return rows;
}

/** A table cell on one line of a Markdown table: its breaks as `<br>`, its pipes escaped. */
const cellLine = (cell: HTMLElement, c: Converter) =>
  convert(cell, { ...c, labelDepth: 7 })
    .trim()
    .split('\n')
    .filter((l) => l.trim())
    .join('<br>')
    .replace(/\|/g, '\\|');

function table(element: HTMLElement, c: Converter): string {
  const rows = tableRows(element, c).filter((r) => r.length);
  if (!rows.length) return '';
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  const line = (r: string[]) =>
    `| ${Array.from({ length: width }, (_, i) => r[i] || ' ').join(' | ')} |`;
  const separator = `|${' --- |'.repeat(width)}`;
  return `\n\n${[line(rows[0]!), separator, ...rows.slice(1).map(line)].join('\n')}\n\n`;
}

/** `<details>`: its summary an item, what it holds that item's sub-items. */
function details(element: HTMLElement, c: Converter, afterList: boolean): string {
  const summary = elements(element).find((e) => tag(e) === 'summary');
  const head = summary ? inlineOf(convert(summary, c)) : 'Details';
  const body = convertAll(
    element.childNodes.filter((n) => n !== summary),
    c,
  )
    .trim()
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (/^\s*- /.test(l) ? `  ${l}` : `  - ${l.trim()}`));
  // After a list, the summary is a sub-item of its last item, as a page shows it.
  const indent = afterList ? '  ' : '';
  return `\n${[`- ${head}`, ...body].map((l) => indent + l).join('\n')}\n`;
}

/** A paragraph that opens with a bold label over a list is a heading: the label, then the rest. */
function labelled(element: HTMLElement, c: Converter, next?: HTMLElement): string | undefined {
  if (c.labelDepth > 6) return undefined;
  const first = element.childNodes.find((n) => n.nodeType !== NodeType.TEXT_NODE || n.text.trim());
  if (!first || !['strong', 'b'].includes(tag(first))) return undefined;
  const alone = element.childNodes.every((n) => n === first || !n.text.trim());
  if (!alone && !(next && ['ul', 'ol'].includes(tag(next)))) return undefined;
  const label = inlineOf(first.text).replace(/:$/, '');
  const rest = convertAll(
    element.childNodes.filter((n) => n !== first),
    c,
  );
  return `\n\n${'#'.repeat(c.labelDepth)} ${label}\n\n${rest.trim().replace(/^:\s*/, '')}\n\n`;
}

/** The elements beside one, which a bold paragraph and `<details>` read their place by. */
interface Near {
  previous?: HTMLElement;
  next?: HTMLElement;
}

/**
 * Nodes in order, each told its neighbouring elements in one pass: the parser's own sibling
 * lookups search the parent each time, which grows with the square of a long page.
 */
function convertAll(nodes: Node[], c: Converter): string {
  const found = nodes.filter((n): n is HTMLElement => n.nodeType === NodeType.ELEMENT_NODE);
  let k = -1;
  return nodes
    .map((n) => {
      if (n.nodeType !== NodeType.ELEMENT_NODE) return convert(n, c);
      k++;
      return convert(n, c, { previous: found[k - 1], next: found[k + 1] });
    })
    .join('');
}

function convert(node: Node, c: Converter, near: Near = {}): string {
  if (node.nodeType === NodeType.TEXT_NODE)
    return c.collapse ? node.text.replace(/\s+/g, ' ') : node.text;
  if (node.nodeType !== NodeType.ELEMENT_NODE) return '';
  const element = node as HTMLElement;
  const name = tag(element);
  if (INVISIBLE.has(name)) return '';
  const inner = () => convertAll(element.childNodes, c);
  const heading = /^h([1-6])$/.exec(name);
  if (heading) return `\n\n${'#'.repeat(Number(heading[1]))} ${inlineOf(inner())}\n\n`;
  switch (name) {
    case 'br':
      return '\n';
    case 'a': {
      const href = element.getAttribute('href')?.trim();
      const text = inner();
      return href && text.trim() ? `[${text.trim()}](${markdownUrl(href)})` : text;
    }
    case 'strong':
    case 'b':
      return around('**', inner());
    case 'em':
    case 'i':
      return around('*', inner());
    case 'code':
      return inner().trim() ? `\`${inner()}\`` : inner();
    case 'li':
      return listItem(inner());
    case 'table':
      return table(element, c);
    case 'details':
      return details(element, c, ['ul', 'ol'].includes(tag(near.previous ?? element)));
    case 'header':
      // A site's header is its navigation; an article's may hold the page's title.
      return elements(element)
        .filter((e) => tag(e) === 'h1')
        .map((e) => convert(e, c))
        .join('');
    case 'blockquote':
      return `\n\n${inner()
        .trim()
        .split('\n')
        .map((l) => `> ${l}`)
        .join('\n')}\n\n`;
    case 'p':
      return labelled(element, c, near.next) ?? `\n\n${inner().trim()}\n\n`;
    case 'ul':
    case 'ol':
    case 'div':
    case 'section':
    case 'article':
    case 'main':
    case 'summary':
      return `\n${inner()}\n`;
    default:
      return inner();
  }
}

/**
 * A table cell's content as Markdown. Cells are Markdown, but a page may also write inline HTML
 * in them: a link, emphasis, a line break or a list written as HTML is kept as the Markdown it
 * stands for, never flattened to its text.
 */
export const cellMarkdown = (node: Node): string =>
  convert(node, { collapse: false, labelDepth: 7 });

/** Blank lines no more than one in a row: the converter's blocks each bring their own. */
const tidy = (markdown: string) =>
  markdown
    .split('\n')
    .map((l) => l.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();

/**
 * An HTML page as Markdown: what a browser shows of it, its headings, lists, tables and links.
 * A Vue file is the HTML of its `<template>`. A paragraph that opens with a bold label over a
 * list is read as a heading one deeper than the page's deepest.
 */
export function pageMarkdown(html: string, vue = false): string {
  const root = parseHtml(html, {
    comment: false,
    blockTextElements: { script: true, style: true },
  });
  const template = vue ? root.querySelector('template') : null;
  const body = template ?? root.querySelector('body') ?? root;
  const deepest = body
    .querySelectorAll('h1, h2, h3, h4, h5, h6')
    .reduce((d, h) => Math.max(d, Number(tag(h)[1])), 1);
  const c = { collapse: true, labelDepth: deepest + 1 };
  return tidy(convertAll(body.childNodes, c));
}

/**
 * A Markdown page with each HTML `<table>` in it written as a Markdown table, found by index
 * (a pattern would rescan an unclosed table), so that a matrix in HTML reads as one in Markdown.
 */
export function withMarkdownTables(text: string): string {
  const lower = text.toLowerCase();
  let out = '';
  let at = 0;
  for (let open = lower.indexOf('<table'); open !== -1; open = lower.indexOf('<table', at)) {
    const close = lower.indexOf('</table>', open);
    if (close === -1) break;
    const end = close + '</table>'.length;
    const element = parseHtml(text.slice(open, end)).querySelector('table');
    out +=
      text.slice(at, open) + (element ? table(element, { collapse: true, labelDepth: 7 }) : '');
    at = end;
  }
  return out + text.slice(at);
}
