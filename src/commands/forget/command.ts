import { defineCommand } from '../define.js';
import { args, options } from './options.js';

export default defineCommand({
  name: 'forget',
  description: 'delete a saved assessment, after asking',
  arguments: args,
  options,
  examples: ['ladder forget latest', 'ladder forget director --yes'],
  run: async () => (await import('./run.js')).forget,
});
