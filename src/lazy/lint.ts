export { lint } from '../commands/lint.js';
