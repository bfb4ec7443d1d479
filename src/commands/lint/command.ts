import { UsageError } from '../../errors.js';
import { defineCommand, flag, number, type NoArguments, type OptionsOf } from '../define.js';

export const json = '{ findings: [{ file, line, rule, level, section, message }] }';

const wholeNumber = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new UsageError(`--min-new must be a whole number, not "${value}"`);
  return n;
};

const options = {
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

export default defineCommand({
  name: 'lint',
  description: 'report what weakens the ladder: steps that do not change, repeats, thin steps',
  options,
  json,
  examples: ['ladder lint', 'ladder lint --strict --min-new 3'],
  notes: `  Rules: section-unchanged, years-backwards, unwritten-level (WIP or N/A checkpoints past the
  first level), duplicate-item (within a level), repeated-item (a checkpoint repeated word for
  word from the level before), thin-step.
  `,
  run: async () => (await import('./run.js')).lint,
});
