import { closeSync, mkdirSync, openSync, readdirSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError, UserError } from '../errors.js';
import { openLadder } from '../io/ladder-dir.js';
import { ladderHtml } from '../render/export-html.js';
import { ladderPages } from '../render/export-markdown.js';
import type { CommandContext } from './context.js';

export interface ExportOptions {
  format: 'markdown' | 'html';
  out: string;
  force: boolean;
}

function write(path: string, text: string, force: boolean): void {
  let fd: number;
  try {
    fd = openSync(path, force ? 'w' : 'wx', 0o644);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST')
      throw new UserError(`${path} already exists`, 1, 'pass --force to overwrite it');
    throw new UserError(`cannot write ${path}: ${code}`);
  }
  try {
    writeSync(fd, text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(`cannot write ${path}: ${code === 'ENOSPC' ? 'the disk is full' : code}`);
  } finally {
    closeSync(fd);
  }
}

export async function exportLadder(options: ExportOptions, ctx: CommandContext): Promise<void> {
  const ladder = await openLadder(ctx.ladderDir, ctx.env);
  if (options.format === 'html') {
    write(options.out, ladderHtml(ladder), options.force);
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
  for (const [name, text] of Object.entries(pages)) write(join(options.out, name), text, true);
  ctx.err(`Wrote ${Object.keys(pages).length} pages to ${options.out}\n`);
}
