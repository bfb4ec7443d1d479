import { argument, flag } from '../specs.js';
import type { OptionsOf } from '../define.js';
import { asOption, forOption, storeOption } from '../shared-options.js';
export const args = {
  target: argument('<assessment>', 'a file, "latest", or a level: the latest assessment of it'),
};
export const options = {
  yes: flag('--yes', 'delete without asking (needed without a terminal)'),
  for: forOption('an assessment of this person rather than yours'),
  as: asOption(),
  store: storeOption(),
};
export type ForgetOptions = OptionsOf<typeof args, typeof options>;
