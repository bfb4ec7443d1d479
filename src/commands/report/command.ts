import { defineCommand } from '../define.js';
import { args, options } from './options.js';

export default defineCommand({
  name: 'report',
  description: 'print or write a saved assessment: every answer, note and readiness figure',
  arguments: args,
  options,
  examples: [
    'ladder report',
    'ladder report director',
    'ladder report latest --format markdown --out assessment.md',
    'ladder report --json',
  ],
  run: async () => (await import('./run.js')).report,
});
