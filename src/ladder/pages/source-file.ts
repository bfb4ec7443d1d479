import { parse as parseCsv } from 'csv-parse/sync';
import { decodeUtf8, FileError } from '../text-file.js';
import { readHeadingPages } from './heading-page.js';
import { readMatrixPages } from './matrix.js';
import { PageError, readPage, type Page } from './page.js';
import { sheetDelimiter, sheetPages } from './sheet.js';

/** A spreadsheet may hold a whole ladder; a page holds one level. */
export const MAX_SHEET_BYTES = 16 * 1024 * 1024;

// Excel saves "Unicode Text" as .txt: tab-separated, in UTF-16.
export const isSheet = (path: string) => /\.(?:csv|tsv|txt)$/i.test(path);

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
    return parseCsv(text, {
      bom: true,
      delimiter: sheetDelimiter(text),
      relax_column_count: true,
    }) as string[][];
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
  [/\.(?:xlsx|xls|ods|numbers)$/i, 'a workbook: save each sheet as "CSV UTF-8" and import those'],
  [/\.(?:docx?|pdf|odt|rtf)$/i, 'a document, not a page: save it as Markdown or HTML first'],
];

const notAPage = (path: string) => NOT_PAGES.find(([pattern]) => pattern.test(path))?.[1];

/**
 * The pages of a file's bytes: a page, or a sheet's columns; none for a page in a folder with no
 * table at all, which is not a level's page. Every failure names the file.
 */
export function pagesOf(
  path: string,
  bytes: Uint8Array,
  inFolder: boolean,
): Page[] | 'not a level page' {
  const notPages = notAPage(path);
  if (notPages) throw new PageError(path, notPages);
  try {
    if (isSheet(path)) return sheetPages(path, readSheet(path, sheetText(path, bytes)));
    const text = decodeUtf8(path, bytes);
    if (!/<table/i.test(text)) {
      const matrix = readMatrixPages(path, text);
      if (matrix.length) return matrix;
      const pages = readHeadingPages(path, text);
      if (pages.length) return pages;
      if (inFolder) return 'not a level page';
    }
    return [readPage(path, text)];
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
