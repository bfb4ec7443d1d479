import { argument, flag, format } from '../specs.js';
import type { OptionsOf } from '../define.js';
import { sectionOption } from '../shared-options.js';
export const json = '{ from, to, summary, sections: [{ id, title, status, link?, changes }] }';
export const args = {
  from: argument('<from>', 'the level to compare from (id, alias, title or unique prefix)'),
  to: argument('<to>', 'the level to compare to'),
};
export const options = {
  section: sectionOption(),
  changedOnly: flag('--changed-only', 'fold unchanged items into a count'),
  stacked: flag('--stacked', 'one line per change with +, - and ~ markers, instead of two columns'),
  json: flag('--json', `print JSON: ${json}`),
  format: format(['text', 'markdown']),
};
export type DiffOptions = OptionsOf<typeof args, typeof options>;
