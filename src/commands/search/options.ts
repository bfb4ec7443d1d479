import { argument, flag } from '../specs.js';
import type { OptionsOf } from '../define.js';
export const json = '{ query, matches: [{ level, section, item, subItem?, text, ranges }] }';
export const args = { text: argument('<text>', 'text to look for, ignoring case') };
export const options = { json: flag('--json', `print JSON: ${json}`) };
export type SearchOptions = OptionsOf<typeof args, typeof options>;
