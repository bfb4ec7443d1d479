export { team } from '../commands/team.js';
