import {
  defineCommand,
  flag,
  required,
  requiredChoice,
  type NoArguments,
  type OptionsOf,
} from '../define.js';

const options = {
  format: requiredChoice('--format <format>', 'output format', ['markdown', 'html', 'csv']),
  out: required(
    '--out <path>',
    'a folder for markdown pages, a file for html and csv (- for stdout)',
  ),
  force: flag('--force', 'write over existing files'),
};
export type ExportOptions = OptionsOf<NoArguments, typeof options>;

export default defineCommand({
  name: 'export',
  description:
    'publish the ladder: a page per level (markdown), one spreadsheet (csv), or one HTML page',
  options,
  examples: [
    'ladder export --format markdown --out site/_pages',
    'ladder export --format csv --out ladder.csv',
    'ladder export --format html --out ladder.html',
  ],
  run: async () => (await import('./run.js')).exportLadder,
});
