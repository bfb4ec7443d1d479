import { defineCommand } from '../define.js';
import { args, json, options } from './options.js';

export default defineCommand({
  name: 'agree',
  description:
    'settle a check-in: the agreed answer to each disagreement, and what will be done about it',
  arguments: args,
  options,
  json,
  examples: [
    'ladder agree director --for "Alice Martin"',
    'ladder agree director --for alice --resume',
    'ladder agree director --for alice --answers agreed.yaml',
    'ladder agree --actions --for alice',
    'ladder agree --done director-1 --for alice',
  ],
  notes: `An answers file settles every disagreement, by item id or 1-based position in its section:
  checkpoints:
    regular-publication:
      status: partly
      action: Publish one post a quarter
      due: 2027-03-31
Items both sides agree on are taken as they are. The outcome is saved as an assessment with
role agreed; the next ladder assess of the person asks whether each open action is done.
`,
  run: async () => (await import('./run.js')).agree,
});
