import { argument, flag, format, negation } from '../specs.js';
import type { OptionsOf } from '../define.js';
import { asOption, forOption, outOption, storeOption } from '../shared-options.js';
export const args = { level: argument('<level>', 'the level the case is for') };
export const options = {
  for: forOption('the packet of this person (default: you)'),
  as: asOption(),
  format: format(['text', 'markdown', 'html', 'json']),
  json: flag('--json', 'print JSON, the same as --format json'),
  out: outOption(),
  force: flag('--force', 'overwrite the --out file if it exists'),
  notes: negation('--no-notes', 'leave out the notes of the assessments'),
  evidence: negation('--no-evidence', 'leave out the evidence entries'),
  store: storeOption(),
};
export type PacketOptions = OptionsOf<typeof args, typeof options>;
