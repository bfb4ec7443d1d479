import { UsageError } from '../../errors.js';
import { argument, choice, flag, optionalNumber, optionalText, text } from '../specs.js';
import type { OptionsOf } from '../define.js';
import { asOption, forOption, sectionOption, storeOption } from '../shared-options.js';
const years = (value: string): number => {
  if (!/^\d+(\.\d+)?$/.test(value.trim()) || Number(value) > 100)
    throw new UsageError(`--years must be a number of years, not "${value}"`);
  return Number(value);
};

export const args = {
  level: argument<string | undefined>('[level]', 'the level aimed for; asked when left out'),
};
export const options = {
  section: sectionOption(
    'assess these sections (any written one, prose as one item) instead of the checkpoints',
  ),
  resume: flag('--resume', 'continue the unfinished assessment of the level, where it stopped'),
  edit: optionalText(
    '--edit [assessment]',
    'reopen a finished assessment (a file, "latest", or a level) to change answers',
  ),
  answers: text('--answers <file>', 'take the answers from a YAML or JSON file instead of asking'),
  years: optionalNumber('--years <n>', 'years of experience, to compare with the guideline', years),
  quiet: flag('--quiet', 'with --answers, print only where it was saved'),
  for: forOption('assess this person, as their manager (or --role peer)'),
  as: asOption(),
  role: choice('--role <role>', 'who you are to the person: self, manager or peer', [
    'self',
    'manager',
    'peer',
  ]),
  store: storeOption(),
};
export type AssessOptions = OptionsOf<typeof args, typeof options>;
