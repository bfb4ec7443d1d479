import { parse as parseHtml, valid as validHtml, type HTMLElement } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';
import { parseRich } from '../rich-text.js';
import type { Link } from '../types.js';
import { readCell, readLink, type CellValue } from './cell.js';
import { cellMarkdown } from './html-markdown.js';
import { readMeta, type LadderMeta, type PageMeta } from './meta.js';

export interface PageColumn {
  /** The level's title, without a status marker. */
  name: string;
  /** The title said "- WIP" or "(N/A)": the level is not written yet. */
  marker?: 'wip' | 'n/a';
  cell: CellValue;
}

export interface PageSection {
  heading: string;
  /** The section's id, where the heading carries one ("### Scope {#scope}"). */
  id?: string;
  /** The title of the heading it is grouped under, where the page groups its sections. */
  group?: string;
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
  marker?: 'wip' | 'n/a';
  /** From "(People Manager Path)" or "(… Track)" in the heading, when there is one. */
  track?: string;
  order?: number;
  /** What an export of ladder's own wrote into the front matter. */
  meta?: PageMeta;
  /** The titles of the levels this one follows, where the source says so without metadata. */
  follows?: string[];
  /** Says nothing of the tree: it follows the page before it on its track, in page order. */
  chained?: true;
  /** Read from headings and bullets, not from tables. */
  headings?: true;
  /** What the page says holds at every level, as ladder.yaml's `shared` keeps it. */
  shared?: LadderMeta['shared'][number];
  /** The ladder's title, where the page is a whole ladder's (a matrix) and has one. */
  ladderTitle?: string;
  /** The level in one line, where the page opens with one. */
  summary?: string;
  sections: PageSection[];
  warnings: PageWarning[];
}

/** What reading a page noticed, and where: "line 12", a cell ("C4", "Delivery!C4"). */
export interface PageWarning {
  message: string;
  where?: string;
  /** The file, where the warning is of the whole file and not of the level read from it. */
  source?: string;
}

export class PageError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

const BOLD = /font-weight\s*:\s*(?:bold|bolder|[6-9]00)\b/i;
const MARKER = /\s*(?:[-–—:]\s*(WIP|N\/A)|\((WIP|N\/A)\))\s*$/i;

/** A title and the status marker it may end with: "Software Engineer 1 - WIP". */
export function splitMarker(title: string): { title: string; marker?: 'wip' | 'n/a' } {
  const clean = title.trim().replace(/\s+/g, ' ');
  const match = MARKER.exec(clean);
  const rest = match ? clean.slice(0, match.index).trim() : clean;
  if (!match || rest === '') return { title: clean };
  return { title: rest, marker: (match[1] ?? match[2])!.toLowerCase() as 'wip' | 'n/a' };
}

const cells = (row: HTMLElement) => row.querySelectorAll('td, th');

/** A name (a level's, a heading's) as pages are compared by it: case and spacing aside. */
export const nameKey = (title: string): string => title.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * The columns of a section's table, in either shape: horizontal (a row of names, then a row of
 * values) or stacked (one column whose rows alternate a name and its value). A table of any
 * other shape is an error that says what is wrong with it.
 */
function readTable(table: HTMLElement, fail: (message: string) => never) {
  if (table.querySelector('table')) fail('holds a table inside a table');
  const rows = table.querySelectorAll('tr');
  if (rows.length === 0) fail('has no rows');
  const empty = rows.findIndex((row) => cells(row).length === 0);
  if (empty !== -1) fail(`has an empty row (row ${empty + 1})`);
  const columns: PageColumn[] = [];
  const bold: number[] = [];
  const add = (nameCell: HTMLElement, valueCell: HTMLElement, position: number) => {
    // A level's name may link to its page: the name is the visible text.
    const { title, marker } = splitMarker(parseRich(cellMarkdown(nameCell)).text);
    const value = cellMarkdown(valueCell);
    // A page made from a template may leave the column of a missing neighbour blank.
    if (title === '' && value.trim() === '') return;
    if (title === '') fail(`has a column with no level name (column ${position})`);
    if (
      BOLD.test(nameCell.getAttribute('style') ?? '') ||
      BOLD.test(valueCell.getAttribute('style') ?? '')
    )
      bold.push(columns.length);
    columns.push({
      name: title,
      ...(marker ? { marker } : {}),
      cell: readCell(value),
    });
  };
  const width = cells(rows[0]!).length;
  if (width > 1) {
    if (rows.length !== 2) fail(`has ${rows.length} rows; a table of levels side by side has 2`);
    const [names, values] = [cells(rows[0]!), cells(rows[1]!)];
    if (values.length !== names.length)
      fail(`has ${names.length} level names but ${values.length} values`);
    names.forEach((name, i) => add(name, values[i]!, i + 1));
  } else {
    if (rows.length % 2 !== 0) fail(`has a level name with no value under it (row ${rows.length})`);
    for (let i = 0; i < rows.length; i += 2) {
      const [name, value] = [cells(rows[i]!), cells(rows[i + 1]!)];
      if (name.length !== 1 || value.length !== 1)
        fail(`mixes rows of one cell and of several (rows ${i + 1} and ${i + 2})`);
      add(name[0]!, value[0]!, i / 2 + 1);
    }
  }
  return { columns, bold };
}

const REFERENCE = /^_reference:\s*(.*?)_\s*$/;
const HEADING_ID = /\s*\{:?\s*#([a-z0-9]+(?:-[a-z0-9]+)*)\s*\}\s*$/;

/** What a page's front matter says: where the page goes on, its order, title, track and meta. */
export interface FrontMatter {
  start: number;
  order?: number;
  title?: string;
  track?: string;
  meta?: PageMeta;
}

const nonEmpty = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/** A page's front matter, if it opens with one. `order` or `weight` orders the pages. */
export function frontMatter(path: string, lines: string[]): FrontMatter {
  if (lines[0]?.trim() !== '---') return { start: 0 };
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (end === -1) throw new PageError(path, 'front matter is not closed by a "---" line');
  let front: unknown;
  try {
    front = parseYaml(lines.slice(1, end).join('\n'), { maxAliasCount: 100 });
  } catch (error) {
    throw new PageError(
      path,
      `front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`,
    );
  }
  const fields = (front ?? {}) as {
    order?: unknown;
    weight?: unknown;
    title?: unknown;
    track?: unknown;
  };
  const o = fields.order ?? fields.weight;
  const read = readMeta(front);
  if ('problem' in read) throw new PageError(path, `front matter: ${read.problem}`);
  const [title, track] = [nonEmpty(fields.title), nonEmpty(fields.track)];
  return {
    start: end + 1,
    ...(typeof o === 'number' && Number.isFinite(o) ? { order: o } : {}),
    ...(title ? { title } : {}),
    ...(track ? { track } : {}),
    ...(read.meta ? { meta: read.meta } : {}),
  };
}

/**
 * A "###" section of a page, its heading first in `block` (at line `at`, 0-based): its table,
 * or undefined, with a warning, for a heading over prose.
 */
function readSection(
  path: string,
  block: string[],
  at: number,
  title: string,
  warnings: PageWarning[],
): PageSection | undefined {
  let name = block[0]!.replace(/^###\s+/, '').trim();
  const id = HEADING_ID.exec(name)?.[1];
  name = name.replace(HEADING_ID, '');
  const body = block.slice(1).join('\n');
  const where = `"### ${name}" (line ${at + 1})`;
  const fail = (message: string): never => {
    throw new PageError(path, `the table under ${where} ${message}`);
  };
  // HTML tags may be written in any case.
  const lower = body.toLowerCase();
  const open = lower.indexOf('<table');
  // A heading over prose (notes, related pages) is not a section of the ladder.
  if (open === -1) {
    warnings.push({ message: `no table under ${where}; skipped`, where: `line ${at + 1}` });
    return undefined;
  }
  const close = lower.lastIndexOf('</table>');
  // Only the table is HTML; the Markdown around it (a reference link in <angle brackets>) is not.
  const html = close > open ? body.slice(open, close + '</table>'.length) : body.slice(open);
  if (close < open || !validHtml(html))
    fail('is not well-formed HTML (truncated, or a tag left open)');
  const table = parseHtml(html).querySelector('table');
  if (!table) throw new PageError(path, `no table under ${where}`);
  const { columns, bold } = readTable(table, fail);
  // A table that forgot its bold still has a column named as the page is.
  const named = columns.findIndex((c) => nameKey(c.name) === nameKey(title));
  if (bold.length === 0 && named === -1)
    throw new PageError(
      path,
      `no column in bold under ${where}: cannot tell which level the page is about`,
    );
  if (bold.length === 0)
    warnings.push({
      message: `no column in bold under ${where}; took the one named ${title}`,
      where: `line ${at + 1}`,
    });

  let link: Link | undefined;
  for (const line of block.slice(1)) {
    const reference = REFERENCE.exec(line.trim());
    if (!reference) continue;
    link = readLink(reference[1]!);
    if (!link)
      warnings.push({
        message: `a _reference: …_ line under ${where} has no link; ignored`,
        where: `line ${at + 1}`,
      });
  }
  return {
    heading: name,
    ...(id ? { id } : {}),
    line: at + 1,
    columns,
    own: bold[0] ?? named,
    ...(link ? { link } : {}),
  };
}

/** One career-ladder page: front matter, "# Title (Track Path)", and "###" sections with tables. */
export function readPage(path: string, text: string): Page {
  const warnings: PageWarning[] = [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const { start, order, meta } = frontMatter(path, lines);

  const headingAt = lines.findIndex((l, i) => i >= start && /^#\s/.test(l));
  if (headingAt === -1) throw new PageError(path, 'no "# Title" heading');
  const heading = /^#\s+(.+?)\s*(?:\(([^()]+?)\s+(?:path|track)\))?\s*$/i.exec(lines[headingAt]!)!;
  const { title, marker } = splitMarker(heading[1]!);
  const track = heading[2]?.trim();

  const sections: PageSection[] = [];
  const starts = lines
    .map((l, i) => (i > headingAt && /^###\s/.test(l) ? i : -1))
    .filter((i) => i !== -1);
  if (starts.length === 0) throw new PageError(path, 'no "###" sections');
  starts.forEach((at, k) => {
    const section = readSection(
      path,
      lines.slice(at, starts[k + 1] ?? lines.length),
      at,
      title,
      warnings,
    );
    if (section) sections.push(section);
  });
  if (sections.length === 0) throw new PageError(path, 'no "###" section has a table');
  return {
    path,
    title,
    ...(marker ? { marker } : {}),
    ...(track ? { track } : {}),
    ...(order !== undefined ? { order } : {}),
    ...(meta ? { meta } : {}),
    sections,
    warnings,
  };
}
