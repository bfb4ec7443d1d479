import { parse as parseHtml, valid as validHtml, type HTMLElement } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';
import type { Link } from '../types.js';

/** A cell's content: a status, a text, or a list of items. */
export type Cell = { status: 'wip' | 'n/a' } | { text: string } | { items: string[] };

export interface PageColumn {
  name: string;
  cell: Cell;
}

export interface PageSection {
  heading: string;
  /** 1-based line of the heading, for messages. */
  line: number;
  columns: PageColumn[];
  /** Index of the page's own column: the one in bold. */
  own: number;
  link?: Link;
}

export interface Page {
  path: string;
  title: string;
  /** From "(People Manager Path)" in the heading, when there is one. */
  track?: string;
  order?: number;
  sections: PageSection[];
  warnings: string[];
}

export class PageError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

const BOLD = /font-weight\s*:\s*bold/i;
const KRAMDOWN_ATTRIBUTES = /\{:[^}]*\}/g;

/** Reads a cell's Markdown: bullets are items, WIP and N/A are statuses, the rest is text. */
export function readCell(markdown: string): Cell {
  const lines = markdown
    .replace(KRAMDOWN_ATTRIBUTES, '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const word = lines.join(' ').toLowerCase();
  if (word === 'wip') return { status: 'wip' };
  if (word === 'n/a') return { status: 'n/a' };
  if (lines.length > 0 && lines.every((l) => /^[-*+]\s+/.test(l))) {
    return { items: lines.map((l) => l.replace(/^[-*+]\s+/, '')) };
  }
  return { text: lines.join(' ') };
}

const cells = (row: HTMLElement) => row.querySelectorAll('td, th');

/**
 * The columns of a section's table, in either shape: horizontal (a row of names, then a row of
 * values) or stacked (one column whose rows alternate a name and its value).
 */
function readTable(table: HTMLElement): { columns: PageColumn[]; bold: number[] } {
  const rows = table.querySelectorAll('tr');
  const columns: PageColumn[] = [];
  const bold: number[] = [];
  const add = (nameCell: HTMLElement, valueCell: HTMLElement | undefined) => {
    if (
      BOLD.test(nameCell.getAttribute('style') ?? '') ||
      BOLD.test(valueCell?.getAttribute('style') ?? '')
    ) {
      bold.push(columns.length);
    }
    columns.push({
      name: nameCell.text.trim().replace(/\s+/g, ' '),
      cell: readCell(valueCell?.text ?? ''),
    });
  };
  if (rows.length > 0 && cells(rows[0]!).length > 1) {
    const names = cells(rows[0]!);
    const values = rows[1] ? cells(rows[1]) : [];
    names.forEach((name, i) => add(name, values[i]));
  } else {
    for (let i = 0; i < rows.length; i += 2)
      add(cells(rows[i]!)[0]!, rows[i + 1] ? cells(rows[i + 1]!)[0] : undefined);
  }
  return { columns, bold };
}

const REFERENCE = /^_reference:\s*(.*?)_\s*$/;
const MARKDOWN_LINK = /\[([^\]]+)\]\(([^)\s]+)\)/;

/** One career-ladder page: front matter, "# Title (Track Path)", and "###" sections with tables. */
export function readPage(path: string, text: string): Page {
  const warnings: string[] = [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let start = 0;
  let order: number | undefined;
  if (lines[0]?.trim() === '---') {
    const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
    if (end === -1) throw new PageError(path, 'front matter is not closed by a "---" line');
    let front: unknown;
    try {
      front = parseYaml(lines.slice(1, end).join('\n'));
    } catch (error) {
      throw new PageError(
        path,
        `front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`,
      );
    }
    const o = (front as { order?: unknown } | null)?.order;
    if (typeof o === 'number') order = o;
    start = end + 1;
  }

  const headingAt = lines.findIndex((l, i) => i >= start && /^#\s/.test(l));
  if (headingAt === -1) throw new PageError(path, 'no "# Title" heading');
  const heading = /^#\s+(.+?)\s*(?:\(([^()]+?)\s+path\))?\s*$/i.exec(lines[headingAt]!)!;
  const title = heading[1]!.trim();
  const track = heading[2]?.trim();

  const sections: PageSection[] = [];
  const starts = lines
    .map((l, i) => (i > headingAt && /^###\s/.test(l) ? i : -1))
    .filter((i) => i !== -1);
  if (starts.length === 0) throw new PageError(path, 'no "###" sections');
  starts.forEach((at, k) => {
    const end = starts[k + 1] ?? lines.length;
    const name = lines[at]!.replace(/^###\s+/, '').trim();
    const body = lines.slice(at + 1, end).join('\n');
    const where = `"### ${name}" (line ${at + 1})`;
    if (!body.includes('<table')) throw new PageError(path, `no table under ${where}`);
    if (!validHtml(body))
      throw new PageError(
        path,
        `the table under ${where} is not well-formed HTML (truncated, or a tag left open)`,
      );
    const table = parseHtml(body).querySelector('table');
    if (!table) throw new PageError(path, `no table under ${where}`);
    const { columns, bold } = readTable(table);
    if (columns.length === 0) throw new PageError(path, `the table under ${where} has no columns`);
    if (bold.length === 0)
      throw new PageError(
        path,
        `no column in bold under ${where}: cannot tell which level the page is about`,
      );

    let link: Link | undefined;
    for (const line of lines.slice(at + 1, end)) {
      const reference = REFERENCE.exec(line.trim());
      if (!reference) continue;
      const md = MARKDOWN_LINK.exec(reference[1]!);
      if (md) link = { title: md[1]!.trim(), url: md[2]!.trim() };
      else warnings.push(`a _reference: …_ line under ${where} has no link; ignored`);
    }
    sections.push({
      heading: name,
      line: at + 1,
      columns,
      own: bold[0]!,
      ...(link ? { link } : {}),
    });
  });
  return {
    path,
    title,
    ...(track ? { track } : {}),
    ...(order !== undefined ? { order } : {}),
    sections,
    warnings,
  };
}
