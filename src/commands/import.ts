import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError, UserError } from '../errors.js';
import { readLadderFiles } from '../io/ladder-dir.js';
import { checkFolderWritable, writeFolder } from '../io/write-folder.js';
import { assemble } from '../ladder/pages/assemble.js';
import { PageError, readPage, type Page } from '../ladder/pages/page.js';
import { loadLadder } from '../ladder/load.js';
import { draftFiles } from '../render/ladder-yaml.js';
import { sanitizeLine } from '../render/sanitize.js';
import type { CommandContext } from './context.js';
import { plural } from '../ladder/words.js';

export interface ImportOptions {
  pages: string[];
  out: string;
  force?: boolean;
  title: string;
  track?: string;
  /** The folder of the JSON Schemas to copy beside the ladder. */
  schemaDir: string;
}

/** The Markdown pages named: files as they are, folders for their *.md files. */
function pagePaths(args: string[]): string[] {
  return args.flatMap((arg) => {
    let info;
    try {
      info = statSync(arg);
    } catch {
      throw new UsageError(`no such file or folder: ${arg}`);
    }
    if (!info.isDirectory()) return [arg];
    return readdirSync(arg)
      .filter((n) => n.toLowerCase().endsWith('.md'))
      .sort()
      .map((n) => join(arg, n));
  });
}

export async function importPages(options: ImportOptions, ctx: CommandContext): Promise<number> {
  const paths = pagePaths(options.pages);
  if (paths.length === 0) throw new UsageError('no Markdown pages (*.md) found in what was given');
  checkFolderWritable(options.out, Boolean(options.force));

  const pages: Page[] = [];
  const failed: string[] = [];
  for (const path of paths) {
    try {
      pages.push(readPage(path, readFileSync(path, 'utf8')));
    } catch (error) {
      if (!(error instanceof PageError)) {
        failed.push(
          `${path}: cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
        );
      } else failed.push(`${error.path}: ${error.message}`);
    }
  }
  if (pages.length === 0) {
    for (const f of failed) ctx.err(`error: ${sanitizeLine(f)}\n`);
    throw new UserError('no page could be imported');
  }

  const draft = assemble(pages, options.track);
  const files = draftFiles(draft, options.title);
  for (const schema of ['ladder.schema.json', 'level.schema.json'])
    files[`schema/${schema}`] = readFileSync(join(options.schemaDir, schema), 'utf8');
  writeFolder(options.out, {
    files,
    owned: ['ladder.yaml', 'levels', 'schema'],
    force: Boolean(options.force),
  });

  // What was written must load: anything else is a bug of the import, and says so.
  const { problems } = loadLadder(options.out, readLadderFiles(options.out));

  const fromColumns = draft.levels.filter((l) => !l.page);
  const lines = [
    `Imported ${plural(draft.levels.length, 'level')}, ${plural(draft.tracks.length, 'track')} and ${plural(draft.sections.length, 'section')} from ${plural(pages.length, 'page')} into ${options.out}`,
  ];
  for (const level of draft.levels) {
    const origin = level.page
      ? `from its page`
      : `from a column of ${level.from!.replace(/^.*[\\/]/, '')} (no page of its own; what it follows is unknown unless a page says)`;
    lines.push(
      `  ${level.id}  ${level.title}${level.follows ? ` (follows ${level.follows})` : ''}: ${origin}`,
    );
  }
  if (fromColumns.length === 0) lines.push('  every level had a page of its own');
  for (const [page, warnings] of draft.warnings) {
    lines.push(`warnings in ${page}:`, ...warnings.map((w) => `  ${w}`));
  }
  ctx.out(lines.map(sanitizeLine).join('\n') + '\n');
  for (const f of failed) ctx.err(`error: ${sanitizeLine(f)}\n`);
  for (const p of problems)
    ctx.err(
      `error: the imported ladder does not validate: ${p.file}:${p.line}:${p.col}: ${p.message}\n`,
    );
  if (failed.length)
    ctx.err(`${plural(failed.length, 'page')} could not be imported; the others were\n`);
  return failed.length || problems.length ? 1 : 0;
}
