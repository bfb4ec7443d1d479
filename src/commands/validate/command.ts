import { defineCommand } from '../define.js';
import { json, options } from './options.js';

export default defineCommand({
  name: 'validate',
  description: 'check the ladder files and report every problem as file:line:col',
  options,
  json,
  examples: ['ladder validate', 'ladder validate --ladder ./my-ladder'],
  run: async () => (await import('./run.js')).validate,
});
