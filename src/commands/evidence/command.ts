import { defineCommand, defineGroup } from '../define.js';
import {
  addArgs,
  addOptions,
  editOptions,
  harvestArgs,
  harvestJson,
  harvestOptions,
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
      name: 'evidence harvest',
      description: 'suggest evidence from your git history, and record what you confirm',
      arguments: harvestArgs,
      options: harvestOptions,
      json: harvestJson,
      examples: [
        'ladder evidence harvest --since 30d',
        'ladder evidence harvest ~/src/api ~/src/web --level senior',
        'ladder evidence harvest --json > work.json',
        'ladder evidence harvest --accept work.json',
      ],
      notes: `Commits are read locally with git, never through a shell, and nothing leaves the machine.
A merged pull request's commits are one piece of work, as is a squashed one (a subject ending
in (#123)). Left out: reverts, merges of the main branch into another, and commits that only
touch lock files (package-lock.json, yarn.lock, go.sum, ...), generated files (dist/, build/,
vendor/, *.min.js, *.map, snapshots) or formatting (style:, lint:, "run prettier"). Items are
suggested by the ladder's own words and an item's or section's keywords: in ladder.yaml or a
level file. Accepted and skipped work is remembered and not offered again (--again offers what
was skipped).
`,
      run: async () => (await import('./harvest.js')).evidenceHarvest,
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
