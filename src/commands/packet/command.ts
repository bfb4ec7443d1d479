import { defineCommand } from '../define.js';
import { args, options } from './options.js';

export default defineCommand({
  name: 'packet',
  description:
    'the case for a level: readiness, each checkpoint with its evidence, the gaps, and what changes',
  arguments: args,
  options,
  examples: [
    'ladder packet director',
    'ladder packet director --for "Alice Martin" --format html --out alice.html',
    'ladder packet director --format markdown --no-notes > packet.md',
  ],
  notes: `Readiness comes from the latest finished agreed outcome of a check-in; else the latest
self-assessment and manager's assessment, side by side; else whichever exists. The HTML page
is standalone (no scripts, no external files) and prints on A4 or Letter. Nothing leaves the
machine.
`,
  run: async () => (await import('./run.js')).packet,
});
