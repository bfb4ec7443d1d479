import { defineCommand, flag, type NoArguments, type OptionsOf } from '../define.js';

export const json = '{ ok, files, problems: [{ file, line, col, message }] }';
const options = { json: flag('--json', `print JSON: ${json}`) };
export type ValidateOptions = OptionsOf<NoArguments, typeof options>;

export default defineCommand({
  name: 'validate',
  description: 'check the ladder files and report every problem as file:line:col',
  options,
  json,
  examples: ['ladder validate', 'ladder validate --ladder ./my-ladder'],
  run: async () => (await import('./run.js')).validate,
});
