export { exportLadder } from '../commands/export.js';
