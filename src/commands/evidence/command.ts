import {
  argument,
  defineCommand,
  defineGroup,
  flag,
  list,
  text,
  type NoArguments,
  type OptionsOf,
} from '../define.js';
import { asOption, forOption, storeOption } from '../shared-options.js';

const item = (what: string) => list('--item <level:item>', what);
const link = () => list('--link <url>', 'a link to the work (repeat for more)');
const date = (what: string) => text('--date <YYYY-MM-DD>', what);
const common = (forWhat: string) => ({
  for: forOption(forWhat),
  as: asOption(),
  store: storeOption(),
});

const addArgs = { text: argument('<text>', 'what was done, in a sentence or two') };
const addOptions = {
  item: item(
    'an item it backs: level:item-id or level:section.n (repeat for more; picked from a list in a terminal when left out)',
  ),
  link: link(),
  date: date('when the work happened (default: today)'),
  ...common('evidence about this person, as their manager'),
};
export type AddOptions = OptionsOf<typeof addArgs, typeof addOptions>;

export const json =
  '{ evidence: [{ id, date, text, links, items: [{ level, section, id, text, linked }], subject, author, file }] }';
const listOptions = {
  item: item('only entries backing this item (repeat to narrow)'),
  level: text('--level <level>', 'only entries backing an item of this level'),
  since: text('--since <YYYY-MM-DD>', 'only entries from this date on'),
  json: flag('--json', `print JSON: ${json}`),
  ...common('the evidence about this person rather than you'),
};
export type ListOptions = OptionsOf<NoArguments, typeof listOptions>;

const idArg = { id: argument('<id>', 'the entry, as evidence list shows it') };
const editOptions = {
  text: text('--text <text>', 'what was done'),
  item: item('replace the items it backs with this one (repeat for more)'),
  addItem: list('--add-item <level:item>', 'add an item it backs (repeat for more)'),
  link: link(),
  date: date('when the work happened'),
  ...common('an entry about this person rather than you'),
};
export type EditOptions = OptionsOf<typeof idArg, typeof editOptions>;

const rmOptions = {
  yes: flag('--yes', 'delete without asking (needed without a terminal)'),
  ...common('an entry about this person rather than you'),
};
export type RemoveOptions = OptionsOf<typeof idArg, typeof rmOptions>;

export default defineGroup({
  name: 'evidence',
  description: 'record work as it happens, against the checkpoints and expectations it backs',
  examples: [
    'ladder evidence add "Spoke at the SRE meetup" --item director:external-talks --link https://example.com/talk',
    'ladder evidence list --level director',
    'ladder evidence edit 2026-11-20-1 --add-item director:responsibilities.2',
    'ladder evidence rm 2026-11-20-1',
  ],
  notes: `Items are addressed as level:item-id, level:section.n (1-based, for items without an id), or a
bare item id that only one level has. Entries are kept in the store's evidence/ folder.
`,
  commands: [
    defineCommand({
      name: 'evidence add',
      description: 'record a piece of work and the items it backs',
      arguments: addArgs,
      options: addOptions,
      examples: [],
      run: async () => (await import('./add.js')).evidenceAdd,
    }),
    defineCommand({
      name: 'evidence list',
      description: 'list the entries, newest first',
      options: listOptions,
      json,
      examples: [],
      run: async () => (await import('./list.js')).evidenceList,
    }),
    defineCommand({
      name: 'evidence edit',
      description: 'change an entry: from flags, or from prompts in a terminal',
      arguments: idArg,
      options: editOptions,
      examples: [],
      run: async () => (await import('./edit.js')).evidenceEdit,
    }),
    defineCommand({
      name: 'evidence rm',
      description: 'delete an entry, after asking',
      arguments: idArg,
      options: rmOptions,
      examples: [],
      run: async () => (await import('./rm.js')).evidenceRemove,
    }),
  ],
});
