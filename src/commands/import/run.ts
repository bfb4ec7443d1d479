import { join } from 'node:path';
import { UsageError, UserError } from '../../errors.js';
import { readSource, sources, type Source } from '../../io/import-sources.js';
import { readRegularFile } from '../../io/read-file.js';
import { checkFolderWritable, writeFolder } from '../../io/write-folder.js';
import { loadLadder } from '../../ladder/load.js';
import { assemble, withAssessed, type Draft } from '../../ladder/pages/assemble.js';
import type { Page, PageError } from '../../ladder/pages/page.js';
import { isSheet } from '../../ladder/pages/source-file.js';
import { inMemory, MAX_FILE_BYTES } from '../../ladder/raw-file.js';
import { decodeUtf8 } from '../../ladder/text-file.js';
import { plural } from '../../ladder/words.js';
import { renderImportSummary } from '../../render/import-summary.js';
import { draftFiles } from '../../render/ladder-yaml.js';
import { sanitizeLine } from '../../render/sanitize.js';
import type { CommandContext } from '../context.js';
import type { ImportOptions } from './options.js';

/** Every source read: its pages, or why it could not be, or that it is not a level's page. */
function readAll(given: Source[]) {
  const pages: Page[] = [];
  const failed: string[] = [];
  const skipped: string[] = [];
  const inFolders = new Set<Page>();
  for (const source of given) {
    try {
      const read = readSource(source);
      if (read === 'not a level page') skipped.push(source.path);
      else pages.push(...read);
      if (source.inFolder && read !== 'not a level page') read.forEach((p) => inFolders.add(p));
    } catch (error) {
      const e = error as PageError;
      failed.push(`${e.path}: ${e.message}`);
    }
  }
  // A site whose level pages hold tables is one shape: its pages of headings alone, in its
  // folders, are its index, about and notes pages.
  if (pages.some((p) => !p.chained && !p.headings))
    for (const p of pages.filter((p) => p.headings && inFolders.has(p))) {
      pages.splice(pages.indexOf(p), 1);
      skipped.push(p.path);
    }
  return { pages, failed, skipped };
}

/** The ladder is checked as `ladder validate` would check it, before a byte is written. */
function checkDraft(out: string, files: Record<string, string>): void {
  const bytes = (name: string) => ({ path: join(out, name), bytes: Buffer.from(files[name]!) });
  const { problems } = loadLadder(out, {
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
}

/**
 * `ladder import`: a ladder from career-ladder pages or a spreadsheet. Everything is read and
 * checked in memory first; the ladder's files are then written in one go, or not at all.
 */
/** The draft with the sections --assessed names marked, or as assembled without it. */
function chooseAssessed(draft: Draft, ids: string[] | undefined): Draft {
  if (!ids) return draft;
  const chosen = withAssessed(draft, ids);
  if (chosen.unknown.length)
    throw new UsageError(
      `--assessed names no section of this ladder: ${chosen.unknown.join(', ')}`,
      `sections: ${draft.sections.map((s) => s.id).join(', ')}`,
    );
  return chosen.draft;
}

export async function importPages(options: ImportOptions, ctx: CommandContext): Promise<number> {
  const given = sources(options.sources);
  const paths = given.map((g) => g.path);
  if (paths.length === 0)
    throw new UsageError(
      'no Markdown pages (*.md) or spreadsheets (*.csv, *.tsv, *.txt) in what was given',
    );
  checkFolderWritable(options.out, Boolean(options.force));

  const { pages, failed, skipped } = readAll(given);
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
  const draft = chooseAssessed(
    assemble(pages, options.track ?? (sheets ? 'Engineering' : undefined)),
    options.assessed,
  );
  const files = draftFiles(draft, options.title ?? draft.title ?? 'Engineering career ladder');
  for (const schema of ['ladder.schema.json', 'level.schema.json']) {
    const text = decodeUtf8(
      schema,
      readRegularFile(join(ctx.packageDir, 'ladder', 'schema', schema), MAX_FILE_BYTES),
    );
    files[`schema/${schema}`] = text;
  }

  checkDraft(options.out, files);
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
