// Tab completion (@bomb.sh/tab): only for `ladder completion` and the requests a shell makes.
export { completion, completionRequest } from '../commands/completion.js';
