import { argument, defineCommand, flag, text, type OptionsOf } from '../define.js';
import { asOption, forOption, storeOption } from '../shared-options.js';

export const json = '{ actions: [{ id, level, section, item, text, due, status, file }] }';
const args = {
  assessments: argument<string[]>(
    '[assessments...]',
    'a level (the latest of each), or two assessment files',
  ),
};
const options = {
  for: forOption('the person the check-in is about (default: you)'),
  as: asOption(),
  all: flag('--all', 'ask about the items both agree on too'),
  resume: flag('--resume', 'continue the unfinished check-in of the level, where it stopped'),
  answers: text(
    '--answers <file>',
    'take the agreed answers (and action, due) from a YAML or JSON file instead of asking',
  ),
  actions: flag('--actions', 'list the actions agreed with the person, open ones first'),
  done: text('--done <id>', 'mark an agreed action done'),
  json: flag('--json', `with --actions, print JSON: ${json}`),
  store: storeOption(),
};
export type AgreeOptions = OptionsOf<typeof args, typeof options>;

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
    regular-publication: { status: partly, action: "Publish one post a quarter", due: 2027-03-31 }
Items both sides agree on are taken as they are. The outcome is saved as an assessment with
role agreed; the next ladder assess of the person asks whether each open action is done.
`,
  run: async () => (await import('./run.js')).agree,
});
