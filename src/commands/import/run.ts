import { join } from 'node:path';
import { UsageError, UserError } from '../../errors.js';
import { sources } from '../../io/import-sources.js';
import { readRegularFile } from '../../io/read-file.js';
import { checkFolderWritable, writeFolder } from '../../io/write-folder.js';
import { assemble } from '../../ladder/pages/assemble.js';
import { holdsLadder } from '../../ladder/pages/source-file.js';
import { MAX_FILE_BYTES } from '../../ladder/raw-file.js';
import { decodeUtf8 } from '../../ladder/text-file.js';
import { plural } from '../../ladder/words.js';
import {
  importJson,
  renderImportPreview,
  renderImportSummary,
  type ImportSummary,
} from '../../render/import-summary.js';
import { toJson } from '../../render/json.js';
import { draftFiles } from '../../render/ladder-yaml.js';
import { checkDraft, chooseAssessed, readAll } from './reading.js';
import { sanitizeLine } from '../../render/sanitize.js';
import type { CommandContext } from '../context.js';
import type { ImportOptions } from './options.js';

/**
 * `ladder import`: a ladder from career-ladder pages or a spreadsheet. Everything is read and
 * checked in memory first; the ladder's files are then written in one go, or not at all.
 */
/** Why writing the ladder into `out` would be refused, if it would. */
function whyNot(out: string, force: boolean): UserError | undefined {
  try {
    checkFolderWritable(out, force);
    return undefined;
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
}

export async function importPages(options: ImportOptions, ctx: CommandContext): Promise<number> {
  const given = sources(options.sources);
  const paths = given.map((g) => g.path);
  if (paths.length === 0)
    throw new UsageError(
      'no pages (*.md, *.html, *.vue) or sheets (*.csv, *.tsv, *.txt, *.xlsx, *.ods) in what was given',
    );
  if (!options.out && !options.dryRun)
    throw new UsageError("required option '--out <dir>' not specified", 'or pass --dry-run');
  const refused = options.out ? whyNot(options.out, Boolean(options.force)) : undefined;
  if (refused && !options.dryRun) throw refused;

  const { pages, failed, skipped } = readAll(
    given,
    options.levelHeading ? { levelHeading: options.levelHeading } : {},
  );
  if (pages.length === 0 && failed.length === 0)
    throw new UserError(
      `no level pages in what was given: ${plural(skipped.length, 'page')} without a title and sections under it`,
    );
  const report = (line: string) => ctx.err(`error: ${sanitizeLine(line)}\n`);
  if (failed.length && (!options.partial || pages.length === 0)) {
    // One error line per file that could not be read, and what that means as the one hint.
    failed.slice(0, -1).forEach(report);
    const nothing =
      failed.length > 1
        ? `${failed.length} files could not be read, so nothing was written`
        : 'nothing was written';
    throw new UserError(
      failed.at(-1)!,
      1,
      pages.length ? `${nothing}; pass --partial to import the readable ones anyway` : nothing,
    );
  }

  const sheets = paths.some(holdsLadder);
  // A ladder whose sources name no track at all is one track; where some do, the others say so.
  const untracked = pages.every((p) => !p.track && !p.meta);
  const draft = chooseAssessed(
    assemble(pages, options.track ?? (sheets || untracked ? 'Engineering' : undefined)),
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

  checkDraft(options.out ?? '.', files);
  if (!options.dryRun)
    writeFolder(options.out!, {
      files,
      owned: ['ladder.yaml', 'levels', 'schema'],
      force: Boolean(options.force),
    });
  const read = paths.length - failed.length - skipped.length;
  ctx.out(outcome(options, { draft, read, sheets, skipped }, refused, ctx));
  failed.forEach(report);
  if (failed.length && !options.dryRun)
    ctx.err(
      `${plural(failed.length, 'file')} could not be read; the others were imported (--partial)\n`,
    );
  return failed.length ? 1 : 0;
}

/** What import says it did, or with --dry-run would do: as JSON, a preview or a summary. */
function outcome(
  options: ImportOptions,
  s: Omit<ImportSummary, 'out' | 'quiet'>,
  refused: UserError | undefined,
  ctx: CommandContext,
): string {
  const out = options.out ? { out: options.out } : {};
  if (options.json) return toJson(importJson({ ...s, ...out, written: !options.dryRun }));
  if (options.dryRun)
    return renderImportPreview(
      { ...s, ...out, ...(refused ? { refused: refused.message } : {}) },
      ctx.style,
    );
  return renderImportSummary(
    { ...s, out: options.out!, ...(options.quiet ? { quiet: true } : {}) },
    ctx.style,
  );
}
