import { defineCommand, flag, text, type NoArguments, type OptionsOf } from '../define.js';

export const json = '{ tracks: [{ id, title, levels }] }';
const options = {
  track: text('--track <id>', 'only this track'),
  json: flag('--json', `print JSON: ${json}`),
};
export type ListOptions = OptionsOf<NoArguments, typeof options>;

export default defineCommand({
  name: 'list',
  description: 'show each track as a tree of its levels',
  options,
  json,
  examples: ['ladder list', 'ladder list --track people-manager --json'],
  run: async () => (await import('./run.js')).list,
});
