import { defineCommand } from '../define.js';
import { json, options } from './options.js';

export default defineCommand({
  name: 'list',
  description: 'show each track as a tree of its levels',
  options,
  json,
  examples: ['ladder list', 'ladder list --track people-manager --json'],
  run: async () => (await import('./run.js')).list,
});
