import { NodeType, parse as parseXml, type HTMLElement } from 'node-html-parser';
import { unzipEntries } from '../../lib/unzip.js';
import { PageError } from './page.js';

// A workbook's sheets as grids of text: an Excel .xlsx or an OpenDocument .ods, each a zip of
// XML. A formula cell is its cached value, as the program that saved it computed it: nothing
// in a workbook is ever evaluated.

/** A sheet of a workbook: its name, whether it is hidden, and its rows of cells as text. */
export interface Sheet {
  name: string;
  hidden: boolean;
  rows: string[][];
}

// A ladder is a few dozen rows and columns; a cell with a value past these is not one.
const MAX_ROWS = 10_000;
const MAX_COLUMNS = 500;
// Each part of the zip, unpacked; a ladder's is well under a megabyte.
const MAX_PART = 64 * 1024 * 1024;

export const isWorkbook = (path: string) => /\.(?:xlsx|xlsm|ods)$/i.test(path);

/** The element's name without its namespace prefix: `x:row` and `row` are both rows. */
const local = (e: HTMLElement) => e.rawTagName.replace(/^.*:/, '');

/** The descendants of an element with a local name, in document order. */
function all(root: HTMLElement, name: string): HTMLElement[] {
  const found: HTMLElement[] = [];
  const stack: HTMLElement[] = [root];
  while (stack.length) {
    const e = stack.pop()!;
    if (e !== root && e.rawTagName && local(e) === name) found.push(e);
    for (let i = e.childNodes.length - 1; i >= 0; i--) {
      const c = e.childNodes[i]!;
      if (c.nodeType === NodeType.ELEMENT_NODE) stack.push(c as HTMLElement);
    }
  }
  return found;
}

const attribute = (e: HTMLElement, name: string) =>
  Object.entries(e.attributes).find(([k]) => k.replace(/^.*:/, '') === name)?.[1];

const xml = (bytes: Uint8Array | undefined) =>
  parseXml(bytes ? new TextDecoder().decode(bytes) : '', { lowerCaseTagName: false });

/** The grid a sheet's cells fill, each put where its position says, refused past the limits. */
function place(grid: string[][], row: number, column: number, text: string, sheet: string) {
  if (row >= MAX_ROWS || column >= MAX_COLUMNS)
    throw new Error(
      `the sheet "${sheet}" has text beyond row ${MAX_ROWS} or column ${MAX_COLUMNS}`,
    );
  while (grid.length <= row) grid.push([]);
  const cells = grid[row]!;
  while (cells.length < column) cells.push('');
  cells[column] = text;
}

/** "C4" as 0-based column 2, row 3. */
function position(ref: string | undefined): { row: number; column: number } | undefined {
  const match = /^([A-Z]{1,3})(\d{1,7})$/.exec(ref ?? '');
  if (!match) return undefined;
  const column = [...match[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(match[2]) - 1, column };
}

/** A shared string or an inline one: its runs' text, without the phonetic guides of `rPh`. */
const stringText = (si: HTMLElement) =>
  all(si, 't')
    .filter((t) => !t.parentNode || local(t.parentNode) !== 'rPh')
    .map((t) => t.text)
    .join('');

function xlsxCell(c: HTMLElement, strings: string[]): string {
  const type = c.getAttribute('t');
  const value = all(c, 'v')[0]?.text ?? '';
  if (type === 's') return strings[Number(value)] ?? '';
  if (type === 'inlineStr') return all(c, 'is').map(stringText).join('');
  if (type === 'b') return value === '1' ? 'TRUE' : 'FALSE';
  return value;
}

/** The sheets of an .xlsx workbook, in the order its tabs show them. */
function xlsxSheets(parts: Record<string, Uint8Array>): Sheet[] {
  const book = xml(parts['xl/workbook.xml']);
  const targets = new Map(
    all(xml(parts['xl/_rels/workbook.xml.rels']), 'Relationship').map((r) => [
      r.getAttribute('Id'),
      (r.getAttribute('Target') ?? '').replace(/^\/?(?:xl\/)?/, 'xl/'),
    ]),
  );
  const strings = all(xml(parts['xl/sharedStrings.xml']), 'si').map(stringText);
  return all(book, 'sheet').map((s) => {
    const name = s.getAttribute('name') ?? 'Sheet';
    const part = parts[targets.get(attribute(s, 'id')) ?? ''];
    const grid: string[][] = [];
    all(xml(part), 'row').forEach((row, r) => {
      const rowAt = Number(row.getAttribute('r') ?? r + 1) - 1;
      all(row, 'c').forEach((c, k) => {
        const at = position(c.getAttribute('r')) ?? { row: rowAt, column: k };
        const text = xlsxCell(c, strings);
        if (text !== '') place(grid, at.row, at.column, text, name);
      });
    });
    return { name, hidden: /hidden/i.test(s.getAttribute('state') ?? ''), rows: grid };
  });
}

/** An .ods cell's text: its paragraphs a line each, `<text:s>` as spaces, breaks as breaks. */
function odsText(cell: HTMLElement): string {
  const text = (e: HTMLElement): string =>
    e.childNodes
      .map((n) => {
        if (n.nodeType === NodeType.TEXT_NODE) return n.text;
        if (n.nodeType !== NodeType.ELEMENT_NODE) return '';
        const child = n as HTMLElement;
        if (local(child) === 's')
          return ' '.repeat(Math.min(Number(attribute(child, 'c') ?? 1), 100));
        if (local(child) === 'line-break') return '\n';
        if (local(child) === 'tab') return '\t';
        return text(child);
      })
      .join('');
  return all(cell, 'p').map(text).join('\n');
}

/**
 * The sheets of an .ods workbook. Rows and cells may say they repeat: empty ones only move the
 * position on, so a sheet's thousand empty rows at the end cost nothing.
 */
function odsSheets(parts: Record<string, Uint8Array>): Sheet[] {
  return all(xml(parts['content.xml']), 'table').map((table) => {
    const name = attribute(table, 'name') ?? 'Sheet';
    const grid: string[][] = [];
    let r = 0;
    for (const row of all(table, 'table-row')) {
      const cells = row.childNodes.filter(
        (n): n is HTMLElement =>
          n.nodeType === NodeType.ELEMENT_NODE && /table-cell$/.test(local(n as HTMLElement)),
      );
      const texts = cells.map((c) => ({ c, text: odsText(c) }));
      const rowRepeats = Number(attribute(row, 'number-rows-repeated') ?? 1);
      const copies = texts.some((t) => t.text) ? Math.min(rowRepeats, MAX_ROWS) : 0;
      for (let copy = 0; copy < copies; copy++) {
        let column = 0;
        for (const { c, text } of texts) {
          const repeats = Number(attribute(c, 'number-columns-repeated') ?? 1);
          if (text)
            for (let k = 0; k < Math.min(repeats, MAX_COLUMNS); k++)
              place(grid, r, column + k, text, name);
          column += repeats;
        }
        r++;
      }
      if (!copies) r += rowRepeats;
    }
    return { name, hidden: false, rows: grid };
  });
}

/** A workbook's sheets. Every failure is the file's, named as such. */
export function readWorkbook(path: string, bytes: Uint8Array): Sheet[] {
  const ods = /\.ods$/i.test(path);
  const unzipped = unzipEntries(
    bytes,
    (name) =>
      ods
        ? name === 'content.xml'
        : /^xl\/(?:workbook\.xml|sharedStrings\.xml|_rels\/workbook\.xml\.rels|worksheets\/[^/]+\.xml)$/.test(
            name,
          ),
    MAX_PART,
  );
  if ('problem' in unzipped) throw new PageError(path, `a workbook, but ${unzipped.problem}`);
  const parts = unzipped.entries;
  const needed = ods ? 'content.xml' : 'xl/workbook.xml';
  if (!parts[needed])
    throw new PageError(path, `not a workbook: it has no ${needed}; save it as .xlsx or CSV UTF-8`);
  try {
    return ods ? odsSheets(parts) : xlsxSheets(parts);
  } catch (error) {
    throw new PageError(path, (error as Error).message);
  }
}
