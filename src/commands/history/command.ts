import { defineCommand } from '../define.js';
import { args, json, options } from './options.js';

export default defineCommand({
  name: 'history',
  description: 'list saved assessments and how readiness moved between them',
  arguments: args,
  options,
  json,
  examples: ['ladder history', 'ladder history director --json'],
  run: async () => (await import('./run.js')).history,
});
