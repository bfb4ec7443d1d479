import { defineCommand } from '../define.js';
import { options } from './options.js';

export default defineCommand({
  name: 'export',
  description:
    'publish the ladder: a page per level (markdown), one spreadsheet (csv), or one HTML page',
  options,
  examples: [
    'ladder export --format markdown --out site/_pages',
    'ladder export --format csv --out ladder.csv',
    'ladder export --format html --out ladder.html',
  ],
  run: async () => (await import('./run.js')).exportLadder,
});
