export { report } from '../commands/report.js';
