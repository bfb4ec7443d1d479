import { argument, defineCommand, flag, format, type OptionsOf } from '../define.js';
import { asOption, forOption, storeOption } from '../shared-options.js';

export const json =
  '{ level, subject, left, right, summary, items: [{ section, id, text, left, right, gap }] }';
const args = {
  assessments: argument<string[]>(
    '<assessments...>',
    'a level (the latest of each), or two assessment files',
  ),
};
const options = {
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

export default defineCommand({
  name: 'compare',
  description:
    "set a self-assessment and a manager's side by side: where they disagree, the furthest apart first",
  arguments: args,
  options,
  json,
  examples: [
    'ladder compare director --for "Alice Martin"',
    'ladder compare director --for alice --format markdown > check-in.md',
    'ladder compare self.json manager.json --json',
  ],
  notes: `With a level, the left side is the person's latest self-assessment of it and the right side
the latest assessment of them by a manager or peer. gap is 0, 1 or 2 steps on Not yet, Partly,
Met (Not applicable against anything else: 1), and null for an item only one side answered.
`,
  run: async () => (await import('./run.js')).compare,
});
