import { UsageError } from '../../errors.js';
import { argument, flag, list, optionalNumber, text } from '../specs.js';
import type { OptionsOf } from '../define.js';

const depth = (value: string): number => {
  if (!/^[1-6]$/.test(value.trim()))
    throw new UsageError(`--level-heading must be a heading depth from 1 to 6, not "${value}"`);
  return Number(value);
};
export const args = {
  sources: argument<string[]>(
    '<sources...>',
    'Markdown or HTML pages, folders of them, a workbook (.xlsx, .ods) or a sheet (.csv, .tsv, .txt)',
  ),
};
export const json =
  '{ written, out, tracks: [{ id, title }], levels: [{ id, title, track, follows, source, sections: [{ id, status, items, subItems }] }], sections: [{ id, title, assessed, group }], warnings: [{ source, where, message }] }';
export const options = {
  out: text('--out <dir>', 'the ladder folder to write (new or empty, unless --force)'),
  dryRun: flag(
    '--dry-run',
    "show what would be written (the tree, each level's sections, what is assessed, every warning) and write nothing; --out is then optional",
  ),
  force: flag(
    '--force',
    'write into a folder that is not empty: its ladder.yaml, levels/ and schema/ are replaced',
  ),
  partial: flag('--partial', 'import the readable sources when some cannot be read (still exit 1)'),
  quiet: flag('--quiet', 'print the summary and the count of warnings only'),
  json: flag('--json', `print JSON, with or without --dry-run: ${json}`),
  title: text(
    '--title <title>',
    'the title of the ladder (default: from an export, else "Engineering career ladder")',
  ),
  track: text('--track <title>', 'the track of levels whose page names none'),
  levelHeading: optionalNumber(
    '--level-heading <depth>',
    'the depth of the headings that are levels, on pages that hold several (2 for "## IC3"; default: found from the page)',
    depth,
  ),
  assessed: list(
    '--assessed <id>',
    'the sections assess walks through (default: one titled like checkpoints, criteria or expectations, else every section but years)',
  ),
};
export type ImportOptions = OptionsOf<typeof args, typeof options>;
