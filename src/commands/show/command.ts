import { argument, defineCommand, flag, format, type OptionsOf } from '../define.js';
import { sectionOption } from '../shared-options.js';

export const json = '{ id, title, track, previous, next, sections }';
const args = { level: argument('<level>', 'level id, alias, title, or a unique prefix of one') };
const options = {
  section: sectionOption(),
  context: flag(
    '--context',
    "show each section beside the previous and next levels, as the ladder's pages do",
  ),
  json: flag('--json', `print JSON: ${json}`),
  format: format(['text', 'markdown']),
};
export type ShowOptions = OptionsOf<typeof args, typeof options>;

export default defineCommand({
  name: 'show',
  description: 'show what a level expects, section by section',
  arguments: args,
  options,
  json,
  examples: [
    'ladder show vp-eng',
    'ladder show "VP of Engineering" --section knowledge,checkpoints',
    'ladder show director --context',
    'ladder show vp --format markdown > vp.md',
  ],
  run: async () => (await import('./run.js')).show,
});
