import { defineCommand } from '../define.js';
import { args, json, options } from './options.js';

export default defineCommand({
  name: 'compare',
  description:
    "set a self-assessment and a manager's side by side: where they disagree, the furthest apart first",
  arguments: args,
  options,
  json,
  examples: [
    'ladder compare director --for "Alice Martin"',
    'ladder compare director --for alice --format markdown > check-in.md',
    'ladder compare self.json manager.json --json',
  ],
  notes: `With a level, the left side is the person's latest self-assessment of it and the right side
the latest assessment of them by a manager or peer. gap is 0, 1 or 2 steps on Not yet, Partly,
Met (Not applicable against anything else: 1), and null for an item only one side answered.
`,
  run: async () => (await import('./run.js')).compare,
});
