import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { UsageError, UserError } from '../errors.js';
import { errorCode, fsError } from '../io/fs-errors.js';
import { decodeUtf8, FileError, readRegularFile } from '../io/read-file.js';
import { checkFolderWritable, writeFolder } from '../io/write-folder.js';
import { loadLadder } from '../ladder/load.js';
import { assemble } from '../ladder/pages/assemble.js';
import { PageError, readPage, type Page } from '../ladder/pages/page.js';
import { sheetDelimiter, sheetPages } from '../ladder/pages/sheet.js';
import { inMemory, MAX_FILE_BYTES } from '../ladder/raw-file.js';
import { plural } from '../ladder/words.js';
import { renderImportSummary } from '../render/import-summary.js';
import { draftFiles } from '../render/ladder-yaml.js';
import { sanitizeLine } from '../render/sanitize.js';
import type { CommandContext } from './context.js';

export interface ImportOptions {
  sources: string[];
  out: string;
  force?: boolean;
  partial?: boolean;
  quiet?: boolean;
  title?: string;
  track?: string;
  /** The folder of the JSON Schemas to copy beside the ladder. */
  schemaDir: string;
}

/** A spreadsheet may hold a whole ladder; a page holds one level. */
const MAX_SHEET_BYTES = 16 * 1024 * 1024;

// Excel saves "Unicode Text" as .txt: tab-separated, in UTF-16.
const isSheet = (path: string) => /\.(?:csv|tsv|txt)$/i.test(path);

interface Source {
  path: string;
  /** Found in a folder, where a site keeps other pages (an index, an about page) beside its levels. */
  inFolder: boolean;
}

/** The files named: pages and sheets as they are, folders for their *.md pages. */
function sources(args: string[]): Source[] {
  return args.flatMap((arg): Source[] => {
    let info;
    try {
      info = statSync(arg);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') throw new UsageError(`no such file or folder: ${arg}`);
      throw fsError('read', arg, error);
    }
    if (!info.isDirectory()) return [{ path: arg, inFolder: false }];
    try {
      return readdirSync(arg)
        .filter((n) => n.toLowerCase().endsWith('.md'))
        .sort()
        .map((n) => ({ path: join(arg, n), inFolder: true }));
    } catch (error) {
      throw fsError('read the folder', arg, error);
    }
  });
}

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

/**
 * The pages of one source: a page, or a sheet's columns; none for a page in a folder with no
 * table at all, which is not a level's page. Every failure names the file.
 */
function readSource({ path, inFolder }: Source): Page[] | 'not a level page' {
  try {
    if (isSheet(path)) {
      const bytes = readRegularFile(path, MAX_SHEET_BYTES);
      return sheetPages(path, readSheet(path, sheetText(path, bytes)));
    }
    const text = decodeUtf8(path, readRegularFile(path, MAX_FILE_BYTES));
    if (inFolder && !/<table/i.test(text)) return 'not a level page';
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

/**
 * `ladder import`: a ladder from career-ladder pages or a spreadsheet. Everything is read and
 * checked in memory first; the ladder's files are then written in one go, or not at all.
 */
export async function importPages(options: ImportOptions, ctx: CommandContext): Promise<number> {
  const given = sources(options.sources);
  const paths = given.map((g) => g.path);
  if (paths.length === 0)
    throw new UsageError(
      'no Markdown pages (*.md) or spreadsheets (*.csv, *.tsv, *.txt) in what was given',
    );
  checkFolderWritable(options.out, Boolean(options.force));

  const pages: Page[] = [];
  const failed: string[] = [];
  const skipped: string[] = [];
  for (const source of given) {
    try {
      const read = readSource(source);
      if (read === 'not a level page') skipped.push(source.path);
      else pages.push(...read);
    } catch (error) {
      const e = error as PageError;
      failed.push(`${e.path}: ${e.message}`);
    }
  }
  if (pages.length === 0 && failed.length === 0)
    throw new UserError(
      `no level pages in what was given: ${plural(skipped.length, 'page')} without a table`,
    );
  const report = (line: string) => ctx.err(`error: ${sanitizeLine(line)}\n`);
  if (failed.length && (!options.partial || pages.length === 0)) {
    failed.forEach(report);
    throw new UserError(
      `${plural(failed.length, 'file')} could not be read; nothing was written`,
      1,
      pages.length ? 'pass --partial to import the readable ones anyway' : undefined,
    );
  }

  const sheets = paths.some(isSheet);
  const draft = assemble(pages, options.track ?? (sheets ? 'Engineering' : undefined));
  const files = draftFiles(draft, options.title ?? draft.title ?? 'Engineering career ladder');
  for (const schema of ['ladder.schema.json', 'level.schema.json']) {
    const text = decodeUtf8(
      schema,
      readRegularFile(join(options.schemaDir, schema), MAX_FILE_BYTES),
    );
    files[`schema/${schema}`] = text;
  }

  // The ladder is checked as `ladder validate` would check it, before a byte is written.
  const bytes = (name: string) => ({
    path: join(options.out, name),
    bytes: Buffer.from(files[name]!),
  });
  const { problems } = loadLadder(options.out, {
    ladderFile: bytes('ladder.yaml'),
    levelFiles: Object.keys(files)
      .filter((n) => n.startsWith('levels/'))
      .sort()
      .map((n) => inMemory(bytes(n))),
  });
  if (problems.length) {
    const p = problems[0]!;
    throw new UserError(
      `the imported ladder would not be valid, so nothing was written: ${p.file}:${p.line}:${p.col}: ${p.message}`,
    );
  }
  writeFolder(options.out, {
    files,
    owned: ['ladder.yaml', 'levels', 'schema'],
    force: Boolean(options.force),
  });

  ctx.out(
    renderImportSummary(
      {
        draft,
        out: options.out,
        read: paths.length - failed.length - skipped.length,
        sheets,
        skipped,
        ...(options.quiet ? { quiet: true } : {}),
      },
      ctx.style,
    ),
  );
  failed.forEach(report);
  if (failed.length)
    ctx.err(
      `${plural(failed.length, 'file')} could not be read; the others were imported (--partial)\n`,
    );
  return failed.length ? 1 : 0;
}
