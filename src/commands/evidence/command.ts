import { defineCommand, defineGroup } from '../define.js';
import {
  addArgs,
  addOptions,
  editOptions,
  idArg,
  json,
  listOptions,
  rmOptions,
} from './options.js';

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
