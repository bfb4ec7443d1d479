export { importPages } from '../commands/import.js';
