import { argument, flag, type OptionsOf } from '../specs.js';
export const json = '{ query, matches: [{ level, section, item, text, ranges }] }';
export const args = { text: argument('<text>', 'text to look for, ignoring case') };
export const options = { json: flag('--json', `print JSON: ${json}`) };
export type SearchOptions = OptionsOf<typeof args, typeof options>;
