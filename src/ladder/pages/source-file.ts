import { parse as parseCsv } from 'csv-parse/sync';
import { decodeUtf8, FileError } from '../text-file.js';
import { withEmoji } from './emoji.js';
import { readHeadingPages, type HeadingOptions } from './heading-page.js';
import { pageMarkdown, withMarkdownTables } from './html-markdown.js';
import { readMatrixPages } from './matrix.js';
import { PageError, readPage, type Page } from './page.js';
import { sheetDelimiter, sheetPages, typedCell } from './sheet.js';
import { isWorkbook, readWorkbook, type Sheet } from './workbook.js';
import { workbookPages } from './workbook-pages.js';

const withEmojiSheets = (sheets: Sheet[]) =>
  sheets.map((s) => ({ ...s, rows: s.rows.map((r) => r.map(withEmoji)) }));

/** A spreadsheet may hold a whole ladder; a page holds one level. */
export const MAX_SHEET_BYTES = 16 * 1024 * 1024;

// Excel saves "Unicode Text" as .txt: tab-separated, in UTF-16.
export const isSheet = (path: string) => /\.(?:csv|tsv|txt)$/i.test(path);

/** A sheet or a workbook: a file that may hold a whole ladder. */
export const holdsLadder = (path: string) => isSheet(path) || isWorkbook(path);

/**
 * A sheet's text: UTF-8, or the UTF-16 with a byte-order mark that Excel's "Unicode Text"
 * writes. Excel's plain "CSV" is in the computer's own code page, which cannot be told apart
 * from others: the error says how to save it instead.
 */
function sheetText(path: string, bytes: Uint8Array): string {
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : undefined;
  try {
    return utf16
      ? new TextDecoder(utf16, { fatal: true }).decode(bytes.subarray(2))
      : decodeUtf8(path, bytes);
  } catch (error) {
    const reason =
      error instanceof FileError ? error.reason : `not valid ${utf16!.toUpperCase()} text`;
    throw new PageError(path, `${reason}: save the sheet as "CSV UTF-8"`);
  }
}

/** A CSV file's rows: RFC 4180, with commas, semicolons or tabs between cells. */
function readSheet(path: string, text: string): string[][] {
  try {
    const rows = parseCsv(text, {
      bom: true,
      delimiter: sheetDelimiter(text),
      relax_column_count: true,
    }) as string[][];
    return rows.map((row) => row.map(typedCell));
  } catch (error) {
    throw new PageError(
      path,
      `not a readable CSV file: ${(error as Error).message.split('\n')[0]}`,
    );
  }
}

// Files people reach for that hold a ladder in a shape no reader can know: each is told what to
// do instead, rather than failing as a page without a title.
const NOT_PAGES: [RegExp, string][] = [
  [
    /\.ya?ml$/i,
    "a YAML file, not a ladder page: write it out as a sheet (see the README's import section), or as a ladder's own YAML files",
  ],
  [
    /\.json$/i,
    "a JSON file, not a ladder page: write it out as a sheet (see the README's import section)",
  ],
  [
    /\.(?:[cm]?js|ts)$/i,
    "a program, not a ladder page: ladder never runs it; write its data out as a sheet (see the README's import section)",
  ],
  [
    /\.(?:xls|numbers)$/i,
    'a workbook in a format ladder cannot read: save it as .xlsx, or each sheet as "CSV UTF-8"',
  ],
  [/\.(?:docx?|pdf|odt|rtf)$/i, 'a document, not a page: save it as Markdown or HTML first'],
];

const notAPage = (path: string) => NOT_PAGES.find(([pattern]) => pattern.test(path))?.[1];

/** An HTML page, or a Vue file whose `<template>` is one. */
export const isHtml = (path: string) => /\.(?:html?|vue)$/i.test(path);

/** A page of Markdown's levels: a matrix, or headings and bullets; none if it is neither. */
const markdownPages = (path: string, text: string, options: HeadingOptions) => {
  const matrix = readMatrixPages(path, text);
  return matrix.length ? matrix : readHeadingPages(path, text, options);
};

/**
 * The levels of a page's text. A page with HTML tables is first read as a site's (a table of
 * levels side by side under each section); where it is not one, its tables are read as
 * Markdown's, and the page as a matrix or headings.
 */
function pageLevels(path: string, text: string, options: HeadingOptions): Page[] {
  if (isHtml(path)) return markdownPages(path, pageMarkdown(text, /\.vue$/i.test(path)), options);
  if (!/<table/i.test(text)) return markdownPages(path, text, options);
  try {
    return [readPage(path, text)];
  } catch (error) {
    // Only a page whose every table is whole is read again: a broken one is the page's error.
    const converted = withMarkdownTables(text);
    const pages = /<table/i.test(converted) ? [] : markdownPages(path, converted, options);
    if (pages.length) return pages;
    throw error;
  }
}

/**
 * The pages of a file's bytes: a page's levels, or a sheet's columns; none for a page in a
 * folder that holds no level, such as an index. Every failure names the file.
 */
export function pagesOf(
  path: string,
  bytes: Uint8Array,
  inFolder: boolean,
  options: HeadingOptions = {},
): Page[] | 'not a level page' {
  const notPages = notAPage(path);
  if (notPages) throw new PageError(path, notPages);
  try {
    if (isSheet(path)) return sheetPages(path, readSheet(path, withEmoji(sheetText(path, bytes))));
    if (isWorkbook(path)) return workbookPages(path, withEmojiSheets(readWorkbook(path, bytes)));
    const text = withEmoji(decodeUtf8(path, bytes));
    const pages = pageLevels(path, text, options);
    if (pages.length) return pages;
    if (inFolder) return 'not a level page';
    throw new PageError(
      path,
      'no level in it: a level page has a title ("# Title") and at least one section under it',
    );
  } catch (error) {
    if (error instanceof PageError) throw error;
    if (error instanceof FileError) throw new PageError(path, error.reason);
    // A page this reader cannot handle is still the page's fault, not a crash. The HTML
    // parser walks elements recursively, so thousands of them, each inside the last, overflow.
    if (error instanceof RangeError && /call stack/.test(error.message))
      throw new PageError(path, 'its HTML is nested too deeply to read');
    throw new PageError(path, `cannot be read: ${(error as Error).message}`);
  }
}
