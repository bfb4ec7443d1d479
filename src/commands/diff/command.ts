import { argument, defineCommand, flag, format, type OptionsOf } from '../define.js';
import { sectionOption } from '../shared-options.js';

export const json = '{ from, to, summary, sections: [{ id, title, status, changes }] }';
const args = {
  from: argument('<from>', 'the level to compare from (id, alias, title or unique prefix)'),
  to: argument('<to>', 'the level to compare to'),
};
const options = {
  section: sectionOption(),
  changedOnly: flag('--changed-only', 'fold unchanged items into a count'),
  stacked: flag('--stacked', 'one line per change with +, - and ~ markers, instead of two columns'),
  json: flag('--json', `print JSON: ${json}`),
  format: format(['text', 'markdown']),
};
export type DiffOptions = OptionsOf<typeof args, typeof options>;

export default defineCommand({
  name: 'diff',
  description: 'compare two levels section by section: what is added, removed or reworded',
  arguments: args,
  options,
  json,
  examples: [
    'ladder diff director vp',
    'ladder diff director vp --changed-only --section responsibilities',
    'ladder diff director vp --format markdown > promotion.md',
  ],
  run: async () => (await import('./run.js')).diff,
});
