import { argument, flag, format } from '../specs.js';
import type { OptionsOf } from '../define.js';
import { sectionOption } from '../shared-options.js';
export const json =
  '{ id, title, summary?, track, previous, previousAll, next, sections, shared? }';
export const args = {
  level: argument('<level>', 'level id, alias, title, or a unique prefix of one'),
};
export const options = {
  section: sectionOption(),
  context: flag(
    '--context',
    "show each section beside the previous and next levels, as the ladder's pages do",
  ),
  json: flag('--json', `print JSON: ${json}`),
  format: format(['text', 'markdown']),
};
export type ShowOptions = OptionsOf<typeof args, typeof options>;
