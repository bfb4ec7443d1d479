import { flag } from '../specs.js';
import type { NoArguments, OptionsOf } from '../define.js';
export const json = '{ ok, files, problems: [{ file, line, col, message }] }';
export const options = { json: flag('--json', `print JSON: ${json}`) };
export type ValidateOptions = OptionsOf<NoArguments, typeof options>;
