import { UsageError } from '../../errors.js';
import { flag, number } from '../specs.js';
import type { NoArguments, OptionsOf } from '../define.js';
export const json = '{ findings: [{ file, line, rule, level, section, message }] }';

const wholeNumber = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new UsageError(`--min-new must be a whole number, not "${value}"`);
  return n;
};

export const options = {
  strict: flag('--strict', 'exit 1 when there is any finding'),
  minNew: number(
    '--min-new <n>',
    'a level adding fewer new items than this over its previous one is a thin step',
    wholeNumber,
    2,
  ),
  json: flag('--json', `print JSON: ${json}`),
};
export type LintOptions = OptionsOf<NoArguments, typeof options>;
