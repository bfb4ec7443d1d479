// The side-by-side tables of `show --context`.
export { renderLevelContext } from '../render/level-context.js';
