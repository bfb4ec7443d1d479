import { stringify as stringifyCsv } from 'csv-stringify/sync';
import { UsageError } from '../../errors.js';
import { writeFileAtomic } from '../../io/write-file.js';
import { writeFolder } from '../../io/write-folder.js';
import { sheetRows } from '../../ladder/pages/sheet.js';
import { plural } from '../../ladder/words.js';
import { inChunks } from '../../render/chunks.js';
import { ladderHtmlParts } from '../../render/export-html.js';
import { ladderPages } from '../../render/export-markdown.js';
import type { CommandContext } from '../context.js';
import type { ExportOptions } from './options.js';

/** RFC 4180 with a byte-order mark and CRLF line ends, as Excel opens UTF-8 correctly. */
const csv = (rows: string[][]) => stringifyCsv(rows, { bom: true, record_delimiter: 'windows' });

export async function exportLadder(options: ExportOptions, ctx: CommandContext): Promise<void> {
  if (options.out.trim() === '') throw new UsageError('--out needs a path (or - for stdout)');
  if (options.format === 'markdown' && options.out === '-')
    throw new UsageError('markdown export writes a folder of pages; --out - is for html and csv');
  const ladder = await ctx.ladder();
  const force = Boolean(options.force);
  if (options.format === 'markdown') {
    const pages = ladderPages(ladder);
    writeFolder(options.out, { files: pages, owned: Object.keys(pages), force });
    ctx.err(`Wrote ${plural(Object.keys(pages).length, 'page')} to ${options.out}\n`);
    return;
  }
  // The page is written a level at a time: a ladder of any size in bounded memory.
  const text =
    options.format === 'html' ? inChunks(ladderHtmlParts(ladder)) : [csv(sheetRows(ladder))];
  if (options.out === '-') {
    for (const chunk of text) ctx.out(chunk);
    return;
  }
  writeFileAtomic(options.out, text, { force });
  const what = options.format === 'html' ? 'on one page' : 'in one sheet';
  ctx.err(`Wrote ${options.out}: ${plural(ladder.levels.length, 'level')} ${what}\n`);
}
