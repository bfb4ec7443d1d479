import { defineCommand } from '../define.js';
import { args, json, options } from './options.js';

export default defineCommand({
  name: 'diff',
  description: 'compare two levels section by section: what is added, removed or reworded',
  arguments: args,
  options,
  json,
  examples: [
    'ladder diff director vp',
    'ladder diff director vp --changed-only --section responsibilities',
    'ladder diff director vp --format markdown > promotion.md',
  ],
  run: async () => (await import('./run.js')).diff,
});
