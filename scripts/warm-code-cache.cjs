// Run by scripts/build.mjs with LADDER_WRITE_CODE_CACHE=1: the commands users run most, one
// after another in this one process, so that the V8 code cache written for each file of dist/
// at exit holds the functions all of them compile.
'use strict';

const { join } = require('node:path');

const root = join(__dirname, '..');
const runs = [
  ['show', 'vp-eng'],
  ['show', 'vp-eng'],
  ['show', 'vp-eng', '--context'],
  ['diff', 'director', 'vp-eng'],
  ['list'],
  ['search', 'strategy'],
  ['validate'],
  ['lint'],
];

(async () => {
  const { program } = require('../bin/ladder.js');
  for (const args of runs) await program().main(['node', 'ladder', ...args], root);
  process.exitCode = 0;
})();
