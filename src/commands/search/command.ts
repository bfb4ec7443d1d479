import { argument, defineCommand, flag, type OptionsOf } from '../define.js';

export const json = '{ query, matches: [{ level, section, item, text, ranges }] }';
const args = { text: argument('<text>', 'text to look for, ignoring case') };
const options = { json: flag('--json', `print JSON: ${json}`) };
export type SearchOptions = OptionsOf<typeof args, typeof options>;

export default defineCommand({
  name: 'search',
  description: 'find the levels and sections that mention some text',
  arguments: args,
  options,
  json,
  examples: ['ladder search budget', 'ladder search "external communication" --json'],
  run: async () => (await import('./run.js')).search,
});
