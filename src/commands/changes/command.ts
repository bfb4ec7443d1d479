import { defineCommand } from '../define.js';
import { args, json, options } from './options.js';

export default defineCommand({
  name: 'changes',
  description:
    'review a change to the ladder: between git revisions or two ladder folders, level by level',
  arguments: args,
  options,
  json,
  examples: [
    'ladder changes HEAD~1',
    'ladder changes main --format markdown > comment.md',
    'ladder changes v1 v2 --section checkpoints --json',
    'ladder changes old-ladder/ ladder/ --exit-code',
  ],
  run: async () => (await import('./run.js')).changes,
});
