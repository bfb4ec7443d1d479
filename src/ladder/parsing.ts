// Everything that needs the YAML parser: most runs are served from the ladder cache and never
// parse YAML.
export { parseAnswers } from './answers.js';
export { loadLadder } from './load.js';
export { parseSource, positionOf } from './source.js';
