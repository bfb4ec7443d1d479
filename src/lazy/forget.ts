export { forget } from '../commands/forget.js';
