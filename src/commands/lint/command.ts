import { defineCommand } from '../define.js';
import { json, options } from './options.js';

export default defineCommand({
  name: 'lint',
  description: 'report what weakens the ladder: steps that do not change, repeats, thin steps',
  options,
  json,
  examples: ['ladder lint', 'ladder lint --strict --min-new 3'],
  notes: `  Rules: section-unchanged, years-backwards, unwritten-level (WIP or N/A checkpoints past the
  first level), duplicate-item (within a level), repeated-item (a checkpoint repeated word for
  word from the level before), thin-step.
  `,
  run: async () => (await import('./run.js')).lint,
});
