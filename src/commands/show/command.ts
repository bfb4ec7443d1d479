import { defineCommand } from '../define.js';
import { args, json, options } from './options.js';

export default defineCommand({
  name: 'show',
  description: 'show what a level expects, section by section',
  arguments: args,
  options,
  json,
  examples: [
    'ladder show vp-eng',
    'ladder show "VP of Engineering" --section knowledge,checkpoints',
    'ladder show director --context',
    'ladder show vp --format markdown > vp.md',
  ],
  run: async () => (await import('./run.js')).show,
});
