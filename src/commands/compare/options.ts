import { argument, flag, format } from '../specs.js';
import type { OptionsOf } from '../define.js';
import { asOption, forOption, storeOption } from '../shared-options.js';
export const json =
  '{ level, subject, left, right, summary, items: [{ section, id, text, left, right, gap }], overdue }';
export const args = {
  assessments: argument<string[]>(
    '<assessments...>',
    'a level (the latest of each), or two assessment files',
  ),
};
export const options = {
  for: forOption('the person whose assessments to compare (default: you)'),
  as: asOption(),
  all: flag('--all', 'list the items both agree on too, instead of their count'),
  allowUnfinished: flag(
    '--allow-unfinished',
    'compare assessments that are not finished, marked as such',
  ),
  json: flag('--json', `print JSON: ${json}`),
  format: format(['text', 'markdown']),
  store: storeOption(),
};
export type CompareOptions = OptionsOf<typeof args, typeof options>;
