import { argument, defineCommand, flag, type OptionsOf } from '../define.js';
import { asOption, forOption, storeOption } from '../shared-options.js';

const args = {
  target: argument('<assessment>', 'a file, "latest", or a level: the latest assessment of it'),
};
const options = {
  yes: flag('--yes', 'delete without asking (needed without a terminal)'),
  for: forOption('an assessment of this person rather than yours'),
  as: asOption(),
  store: storeOption(),
};
export type ForgetOptions = OptionsOf<typeof args, typeof options>;

export default defineCommand({
  name: 'forget',
  description: 'delete a saved assessment, after asking',
  arguments: args,
  options,
  examples: ['ladder forget latest', 'ladder forget director --yes'],
  run: async () => (await import('./run.js')).forget,
});
