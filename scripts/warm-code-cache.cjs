// Run by scripts/build.mjs with LADDER_WRITE_CODE_CACHE=1, once for each set of commands below:
// the commands of a set run one after another in one process, so that the V8 code cache each
// file of dist/ gets at exit holds the functions they compile. The set run last writes the last
// cache of the files it loads: the main file's holds what the commands run most compile, and
// nothing else, since every function in a cache is loaded at every start.
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

const sets = {
  // Assessments, a check-in, evidence and a packet, then the first prompt of assess.
  assessing: [
    ['assess', 'director', '--answers', answersFile],
    ['assess', 'director', '--for', 'Build', '--as', 'Manager', '--answers', answersFile],
    ['history'],
    ['compare', 'director'],
    ['evidence', 'add', 'Work', '--item', 'director:external-talks', '--link', 'https://a.test'],
    ['evidence', 'list'],
    ['packet', 'director'],
    ['team', '--chart'],
    ['history', '--chart'],
    ['changes', 'ladder', 'ladder'],
    ['complete', '--', 'show', '--section', 'knowledge,'],
    ['complete', '--', 'report', ''],
    'first prompt',
  ],
  reading: [
    ['show', 'vp-eng'],
    ['show', 'vp-eng'],
    ['show', 'vp-eng', '--context'],
    ['diff', 'director', 'vp-eng'],
    ['list'],
    ['search', 'strategy'],
    ['validate'],
    ['lint'],
  ],
};

(async () => {
  const { program } = require('../dist/launcher.cjs');
  const run = (args) =>
    program().main(
      ['node', 'ladder', ...args.map((a) => (typeof a === 'function' ? a() : a))],
      root,
    );
  for (const step of sets[process.argv[2]]) {
    if (step !== 'first prompt') {
      await run(step);
      continue;
    }
    // Assess up to its first prompt, as in a terminal: stdin is said to be one (or assess would
    // not ask), and so are hyperlinks. The input is closed (the build gives it none), so the
    // prompt ends at once, as at Ctrl-C, and the prompt library's exit hook fires the exit
    // event then: the caches are written, and nothing after this would be in them.
    Object.defineProperty(process.stdin, 'isTTY', { value: true });
    process.env.FORCE_HYPERLINK = '1';
    await run(['assess', 'vp-eng']);
  }
  process.exitCode = 0;
})();
