import { flag, required, requiredChoice } from '../specs.js';
import type { NoArguments, OptionsOf } from '../define.js';
export const options = {
  format: requiredChoice('--format <format>', 'output format', ['markdown', 'html', 'csv']),
  out: required(
    '--out <path>',
    'a folder for markdown pages, a file for html and csv (- for stdout)',
  ),
  force: flag('--force', 'write over existing files'),
};
export type ExportOptions = OptionsOf<NoArguments, typeof options>;
