// The diff renderer and the word-diff library it uses.
export { renderDiff } from '../render/diff-text.js';
