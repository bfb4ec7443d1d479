import { argument, flag, list, repeated, text } from '../specs.js';
import type { NoArguments, OptionsOf } from '../define.js';
import { asOption, forOption, storeOption } from '../shared-options.js';
export const item = (what: string) => list('--item <level:item>', what);
export const link = () => repeated('--link <url>', 'a link to the work (repeat for more)');
const date = (what: string) => text('--date <YYYY-MM-DD>', what);
const common = (forWhat: string) => ({
  for: forOption(forWhat),
  as: asOption(),
  store: storeOption(),
});

export const addArgs = { text: argument('<text>', 'what was done, in a sentence or two') };
export const addOptions = {
  item: item(
    'an item it backs: level:item-id or level:section.n (repeat for more; picked from a list in a terminal when left out)',
  ),
  link: link(),
  date: date('when the work happened (default: today)'),
  ...common('evidence about this person, as their manager'),
};
export type AddOptions = OptionsOf<typeof addArgs, typeof addOptions>;

export const json =
  '{ evidence: [{ id, date, text, links, items: [{ level, section, id, text, linked }], subject, author, source, file }] }';
export const listOptions = {
  item: item('only entries backing this item (repeat to narrow)'),
  level: text('--level <level>', 'only entries backing an item of this level'),
  since: text('--since <YYYY-MM-DD>', 'only entries from this date on'),
  json: flag('--json', `print JSON: ${json}`),
  ...common('the evidence about this person rather than you'),
};
export type ListOptions = OptionsOf<NoArguments, typeof listOptions>;

export const idArg = { id: argument('<id>', 'the entry, as evidence list shows it') };
export const editOptions = {
  text: text('--text <text>', 'what was done'),
  item: item('replace the items it backs with this one (repeat for more)'),
  addItem: list('--add-item <level:item>', 'add an item it backs (repeat for more)'),
  link: link(),
  date: date('when the work happened'),
  ...common('an entry about this person rather than you'),
};
export type EditOptions = OptionsOf<typeof idArg, typeof editOptions>;

export const rmOptions = {
  yes: flag('--yes', 'delete without asking (needed without a terminal)'),
  ...common('an entry about this person rather than you'),
};
export type RemoveOptions = OptionsOf<typeof idArg, typeof rmOptions>;

export const harvestJson =
  '{ level, since, work: [{ id, commits, subject, date, link, files, suggestions: [{ item, score, words }], accept }] }';
export const harvestArgs = {
  repos: argument<string[]>('[repos...]', 'the repositories to read (default: the one you are in)'),
};
export const harvestOptions = {
  since: text(
    '--since <date|duration>',
    'work from this day (YYYY-MM-DD) or this long ago (90d, 12w, 6m, 1y) on (default: your last harvest, else 90 days)',
  ),
  author: repeated(
    '--author <email|name>',
    "whose commits (repeat for more; default: git's user.email; needed with --for)",
  ),
  level: text(
    '--level <level>',
    'the level whose items to suggest (default: that of your latest assessment)',
  ),
  again: flag('--again', 'offer the work skipped before too'),
  json: flag('--json', `print the work and its suggestions, recording nothing: ${harvestJson}`),
  accept: text(
    '--accept <file>',
    'record the items each work of a --json file lists in its accept',
  ),
  ...common('harvest for this person, as their manager (with --author)'),
};
export type HarvestOptions = OptionsOf<typeof harvestArgs, typeof harvestOptions>;
