export { compare } from '../commands/compare.js';
