import { argument, defineCommand, flag, type OptionsOf } from '../define.js';
import { asOption, forOption, storeOption } from '../shared-options.js';

export const json =
  '{ assessments: [{ file, level, subject, assessor, role, startedAt, updatedAt, complete, answered, total, readiness, actions, movement }] }';
const args = { level: argument<string | undefined>('[level]', 'only assessments of this level') };
const options = {
  json: flag('--json', `print JSON: ${json}`),
  chart: flag('--chart', 'draw readiness over time, a line chart for each level'),
  for: forOption('the history of this person rather than yours'),
  as: asOption(),
  store: storeOption(),
};
export type HistoryOptions = OptionsOf<typeof args, typeof options>;

export default defineCommand({
  name: 'history',
  description: 'list saved assessments and how readiness moved between them',
  arguments: args,
  options,
  json,
  examples: ['ladder history', 'ladder history director --json'],
  run: async () => (await import('./run.js')).history,
});
