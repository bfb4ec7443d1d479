import { argument, flag, format } from '../specs.js';
import type { OptionsOf } from '../define.js';
import { asOption, forOption, outOption, storeOption } from '../shared-options.js';
export const args = {
  target: argument(
    '[assessment]',
    'a file, "latest", or a level: the latest assessment of it',
    (a) => a.default('latest'),
  ),
};
export const options = {
  format: format(['text', 'markdown', 'json']),
  json: flag('--json', 'print JSON, the same as --format json'),
  out: outOption(),
  force: flag('--force', 'overwrite the --out file if it exists'),
  for: forOption('report on this person rather than on you'),
  as: asOption(),
  store: storeOption(),
};
export type ReportOptions = OptionsOf<typeof args, typeof options>;
