export { diffMarkdown } from '../render/diff-markdown.js';
