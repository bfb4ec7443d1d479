import { defineCommand } from '../define.js';
import { args, options } from './options.js';

export default defineCommand({
  name: 'assess',
  description:
    'assess yourself (or someone with --for) against a level: each checkpoint Met, Partly, Not yet or N/A, saved as you go',
  arguments: args,
  options,
  examples: [
    'ladder assess director',
    'ladder assess vp --section responsibilities,knowledge',
    'ladder assess director --resume',
    'ladder assess director --edit',
    'ladder assess director --for "Alice Martin"',
    'ladder assess director --answers answers.yaml',
  ],
  notes: `An answers file maps a section to its items, by item id or 1-based position:
  checkpoints:
    1: met
    2:
      status: partly
      note: Wrote two blog posts
    3: not-yet
Statuses: met, partly, not-yet, na. Assessments are kept in the store's assessments/ folder.
The sections assessed are those ladder.yaml marks assessed (the checkpoints); where it marks
none, every section but years, prose as one item. Sub-items are shown, never rated.
`,
  run: async () => (await import('./run.js')).assess,
});
