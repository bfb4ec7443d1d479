import { argument, flag, text } from '../specs.js';
import type { OptionsOf } from '../define.js';
import { asOption, forOption, storeOption } from '../shared-options.js';
export const json = '{ actions: [{ id, level, section, item, text, due, status, overdue, file }] }';
export const args = {
  assessments: argument<string[]>(
    '[assessments...]',
    'a level (the latest of each), or two assessment files',
  ),
};
export const options = {
  for: forOption('the person the check-in is about (default: you)'),
  as: asOption(),
  all: flag('--all', 'ask about the items both agree on too'),
  resume: flag('--resume', 'continue the unfinished check-in of the level, where it stopped'),
  answers: text(
    '--answers <file>',
    'take the agreed answers (and action, due) from a YAML or JSON file instead of asking',
  ),
  allowPast: flag('--allow-past', 'take a due date that has passed, for an action recorded late'),
  actions: flag('--actions', 'list the actions agreed with the person, open ones first'),
  done: text('--done <id>', 'mark an agreed action done'),
  json: flag('--json', `with --actions, print JSON: ${json}`),
  store: storeOption(),
};
export type AgreeOptions = OptionsOf<typeof args, typeof options>;
