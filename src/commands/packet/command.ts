import { argument, defineCommand, flag, format, negation, type OptionsOf } from '../define.js';
import { asOption, forOption, outOption, storeOption } from '../shared-options.js';

const args = { level: argument('<level>', 'the level the case is for') };
const options = {
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
