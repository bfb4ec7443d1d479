// inquirer: only `ladder assess` in a terminal asks questions.
export { terminalPrompter } from '../io/prompts.js';
