import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import { openLadder } from '../io/ladder-dir.js';
import { writeNewFile } from '../io/write-file.js';
import { ladderHtml } from '../render/export-html.js';
import { ladderPages } from '../render/export-markdown.js';
import type { CommandContext } from './context.js';

export interface ExportOptions {
  format: 'markdown' | 'html';
  out: string;
  force?: boolean;
}

export async function exportLadder(options: ExportOptions, ctx: CommandContext): Promise<void> {
  const ladder = await openLadder(ctx.ladderDir, ctx.env);
  if (options.format === 'html') {
    writeNewFile(options.out, ladderHtml(ladder), Boolean(options.force));
    ctx.err(`Wrote ${options.out}: ${ladder.levels.length} levels on one page\n`);
    return;
  }
  let existing: string[] = [];
  try {
    existing = readdirSync(options.out);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOTDIR')
      throw new UsageError(`${options.out} is a file; markdown export writes a folder of pages`);
  }
  if (existing.length > 0 && !options.force) {
    throw new UsageError(
      `${options.out} is not empty`,
      'pass --force to write into it anyway (pages of the same name are replaced)',
    );
  }
  mkdirSync(options.out, { recursive: true });
  const pages = ladderPages(ladder);
  for (const [name, text] of Object.entries(pages))
    writeNewFile(join(options.out, name), text, true);
  ctx.err(`Wrote ${Object.keys(pages).length} pages to ${options.out}\n`);
}
