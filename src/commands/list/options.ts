import { flag, text } from '../specs.js';
import type { NoArguments, OptionsOf } from '../define.js';
export const json = '{ tracks: [{ id, title, levels }] }';
export const options = {
  track: text('--track <id>', 'only this track'),
  json: flag('--json', `print JSON: ${json}`),
};
export type ListOptions = OptionsOf<NoArguments, typeof options>;
