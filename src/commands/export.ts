import { openLadder } from '../io/ladder-dir.js';
import { writeFileAtomic } from '../io/write-file.js';
import { writeFolder } from '../io/write-folder.js';
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
  const force = Boolean(options.force);
  if (options.format === 'html') {
    writeFileAtomic(options.out, ladderHtml(ladder), { force });
    ctx.err(`Wrote ${options.out}: ${ladder.levels.length} levels on one page\n`);
    return;
  }
  const pages = ladderPages(ladder);
  writeFolder(options.out, { files: pages, owned: Object.keys(pages), force });
  ctx.err(`Wrote ${Object.keys(pages).length} pages to ${options.out}\n`);
}
