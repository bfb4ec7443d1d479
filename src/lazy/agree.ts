export { agree } from '../commands/agree.js';
