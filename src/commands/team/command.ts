import { defineCommand } from '../define.js';
import { options } from './options.js';

export default defineCommand({
  name: 'team',
  description: 'where a team stands: the best finished assessment of each person, read together',
  options,
  examples: [
    'ladder team',
    'ladder team --level director --chart',
    'ladder team --format html --out team.html',
    'ladder team --anonymous --format markdown',
  ],
  notes: `For each person and level the best finished source counts: the agreed outcome, else the
manager's assessment, else the self-assessment, else a peer's. Unfinished ones are listed as
in progress and never counted. Nothing leaves the machine.
`,
  run: async () => (await import('./run.js')).team,
});
