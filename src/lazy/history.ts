export { history } from '../commands/history.js';
