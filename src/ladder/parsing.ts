// Everything that needs the YAML parser, loaded as one file on first use (see scripts/build.mjs):
// most runs are served from the ladder cache and never parse YAML.
export { parseAnswers } from './answers.js';
export { loadLadder } from './load.js';
export { parseSource, positionOf } from './source.js';
