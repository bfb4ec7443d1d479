// Everything that needs the YAML parser: most runs are served from the ladder cache and never
// parse YAML.
export { parseAnswers } from '../ladder/answers.js';
export { loadLadder } from '../ladder/load.js';
export { parseSource, positionOf } from '../ladder/source.js';
