import { defineCommand } from '../define.js';
import { args, json, options } from './options.js';

export default defineCommand({
  name: 'search',
  description: 'find the levels and sections that mention some text',
  arguments: args,
  options,
  json,
  examples: ['ladder search budget', 'ladder search "external communication" --json'],
  run: async () => (await import('./run.js')).search,
});
