// Run by scripts/build.mjs with LADDER_WRITE_CODE_CACHE=1: the commands users run most, one
// after another in this one process, so that the V8 code cache written for each file of dist/
// at exit holds the functions all of them compile.
'use strict';

const { writeFileSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');

/** An answers file beside the build's throw-away store. */
function answersFile() {
  const file = join(process.env.LADDER_STORE, '..', 'answers.yaml');
  writeFileSync(file, 'checkpoints:\n  1: met\n  2: partly\n  3: not-yet\n');
  return file;
}

const runs = [
  ['show', 'vp-eng'],
  ['show', 'vp-eng'],
  ['show', 'vp-eng', '--context'],
  ['diff', 'director', 'vp-eng'],
  ['list'],
  ['search', 'strategy'],
  ['validate'],
  ['lint'],
  // A saved assessment, so that reading the store is compiled too.
  ['assess', 'director', '--answers', answersFile()],
  ['history'],
];

(async () => {
  const { program } = require('../bin/ladder.js');
  const run = (args) => program().main(['node', 'ladder', ...args], root);
  for (const args of runs) await run(args);
  // Last, assess up to its first prompt, as in a terminal: stdin is said to be one (or assess
  // would not ask), and so are hyperlinks. The input is closed (the build gives it none), so
  // the prompt ends at once, as at Ctrl-C, and the prompt library's exit hook fires the exit
  // event then: the caches are written, and nothing after this would be in them.
  Object.defineProperty(process.stdin, 'isTTY', { value: true });
  process.env.FORCE_HYPERLINK = '1';
  await run(['assess', 'vp-eng']);
  process.exitCode = 0;
})();
