export { validate } from '../commands/validate.js';
