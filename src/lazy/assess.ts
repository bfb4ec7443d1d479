export { assess } from '../commands/assess.js';
