import { defineCommand } from '../define.js';
import { args, json, options } from './options.js';

export default defineCommand({
  name: 'import',
  description: 'build a ladder from career-ladder pages (Markdown, HTML), a workbook or a sheet',
  arguments: args,
  options,
  json,
  examples: [
    'ladder import site/_pages --out my-ladder',
    'ladder import ladder.csv --out my-ladder',
    'ladder import matrix.xlsx --dry-run',
    'ladder import vp_of_engineering.md --out imported && ladder validate --ladder imported',
  ],
  run: async () => (await import('./run.js')).importPages,
});
