export { changes } from '../commands/changes.js';
