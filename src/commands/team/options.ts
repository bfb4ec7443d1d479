import { UsageError } from '../../errors.js';
import { flag, format, list, number, text } from '../specs.js';
import type { NoArguments, OptionsOf } from '../define.js';
import { outOption, storeOption } from '../shared-options.js';
const readiness = (value: string): number => {
  if (!/^\d*\.?\d+$/.test(value.trim()) || Number(value) > 1)
    throw new UsageError(`--ready must be a readiness from 0 to 1, like 0.8, not "${value}"`);
  return Number(value);
};

const people = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new UsageError(`--min-group must be a whole number of people, not "${value}"`);
  return n;
};

export const options = {
  level: list('--level <level>', 'only this level (repeat for more)'),
  asOf: text('--as-of <YYYY-MM-DD>', 'the figures as they were on that day (default: today)'),
  ready: number(
    '--ready <0..1>',
    'within reach of a level at this readiness or above',
    readiness,
    0.8,
  ),
  minGroup: number('--min-group <n>', 'no group figure for fewer people than this', people, 3),
  anonymous: flag(
    '--anonymous',
    'names replaced by stable labels (Person A, B, …), and no file names',
  ),
  chart: flag('--chart', 'readiness over time, a sparkline for each person and level'),
  format: format(['text', 'markdown', 'html', 'json']),
  json: flag('--json', 'print JSON, the same as --format json'),
  out: outOption(),
  force: flag('--force', 'overwrite the --out file if it exists'),
  store: storeOption(),
};
export type TeamOptions = OptionsOf<NoArguments, typeof options>;
