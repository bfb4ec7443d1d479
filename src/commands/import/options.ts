import { argument, flag, list, text } from '../specs.js';
import type { OptionsOf } from '../define.js';
export const args = {
  sources: argument<string[]>(
    '<sources...>',
    'Markdown pages, folders of them, or a spreadsheet (.csv, .tsv or .txt)',
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
  assessed: list(
    '--assessed <id>',
    'the sections assess walks through (default: one titled like checkpoints, criteria or expectations, else every section but years)',
  ),
};
export type ImportOptions = OptionsOf<typeof args, typeof options>;
