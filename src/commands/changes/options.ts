import { argument, flag, format, negatable } from '../specs.js';
import type { OptionsOf } from '../define.js';
import { sectionOption, storeOption } from '../shared-options.js';
export const json =
  '{ old, new, summary, tracks, sections, levels: [{ id, change, from?, to?, aliases?, sections }], assessments?, evidence? }';
export const args = {
  old: argument(
    '<old>',
    'a git revision of the repository that holds the ladder, or a ladder folder',
  ),
  new: argument<string | undefined>('[new]', 'the same; default: the ladder as it is on disk now'),
};
export const options = {
  section: sectionOption(),
  stacked: flag('--stacked', 'one line per change with +, - and ~ markers, instead of two columns'),
  changedOnly: negatable(
    ['--changed-only', '--no-changed-only'],
    ['fold unchanged items into a count', 'list unchanged items too'],
    true,
  ),
  json: flag('--json', `print JSON: ${json}`),
  format: format(['text', 'markdown']),
  exitCode: flag('--exit-code', 'exit 1 when anything changed, and 3 on a failure, as for CI'),
  assessments: negatable(
    ['--assessments', '--no-assessments'],
    [
      'list the saved assessments and evidence it touches, in every format',
      'never list them (the text output does when the store has any)',
    ],
  ),
  store: storeOption(),
};
export type ChangesOptions = OptionsOf<typeof args, typeof options>;
