import { argument, flag } from '../specs.js';
import type { OptionsOf } from '../define.js';
import { asOption, forOption, storeOption } from '../shared-options.js';
export const json =
  '{ assessments: [{ file, level, subject, assessor, role, startedAt, updatedAt, complete, answered, total, readiness, actions, movement }] }';
export const args = {
  level: argument<string | undefined>('[level]', 'only assessments of this level'),
};
export const options = {
  json: flag('--json', `print JSON: ${json}`),
  chart: flag('--chart', 'draw readiness over time, a line chart for each level'),
  for: forOption('the history of this person rather than yours'),
  as: asOption(),
  store: storeOption(),
};
export type HistoryOptions = OptionsOf<typeof args, typeof options>;
