// Run by scripts/build.mjs with LADDER_WRITE_CODE_CACHE=1, once for each set of commands below:
// the commands of a set run one after another in one process, so that the V8 code cache each
// file of dist/ gets at exit holds the functions they compile. The set run last writes the last
// cache of the files it loads: the main file's holds what the commands run most compile, and
// nothing else, since every function in a cache is loaded at every start.
'use strict';

const { execFileSync } = require('node:child_process');
const { readdirSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const scratch = (name) => join(process.env.LADDER_STORE, '..', name);
const example = (path) => join(root, 'examples', path);

/** An answers file beside the build's throw-away store. */
function answersFile() {
  const file = scratch('answers.yaml');
  writeFileSync(file, 'checkpoints:\n  1: met\n  2: partly\n  3: not-yet\n');
  return file;
}

/** The id of the first evidence entry in the build's store. */
const firstEntry = () =>
  /\.([^.]+)\.json$/.exec(readdirSync(join(process.env.LADDER_STORE, 'evidence'))[0])[1];

/** The example history, cloned (harvest reads a repository; the build has git, as tests do). */
function history() {
  const dir = scratch('work');
  execFileSync('git', ['clone', '-q', example('harvest/work.bundle'), dir]);
  return dir;
}

const sets = {
  // The commands run now and then: a check-in agreed, a report, evidence edited and harvested,
  // the ladder exported and imported, an assessment forgotten. Run first: the sets after it
  // write the caches of the files all of them load.
  maintaining: [
    ['assess', 'director', '--as', 'Alice', '--answers', example('check-in/alice.yaml')],
    [
      'assess',
      'director',
      '--for',
      'Alice',
      '--as',
      'Bob',
      '--answers',
      example('check-in/bob.yaml'),
    ],
    [
      'agree',
      'director',
      '--for',
      'Alice',
      '--as',
      'Bob',
      '--allow-past',
      '--answers',
      example('check-in/agreed.yaml'),
    ],
    ['agree', '--actions', '--for', 'Alice', '--as', 'Bob'],
    ['report', 'director', '--as', 'Alice'],
    [
      'report',
      'director',
      '--as',
      'Alice',
      '--format',
      'markdown',
      '--out',
      () => scratch('report.md'),
    ],
    ['evidence', 'add', 'Work', '--item', 'director:external-talks', '--as', 'Alice'],
    ['evidence', 'edit', firstEntry, '--text', 'Other work', '--as', 'Alice'],
    ['evidence', 'rm', firstEntry, '--yes', '--as', 'Alice'],
    [
      'evidence',
      'harvest',
      history,
      '--json',
      '--author',
      'sam.lee@example.com',
      '--level',
      'senior',
      '--since',
      '2000-01-01',
      '--ladder',
      example('harvest/ladder'),
    ],
    ['export', '--format', 'html', '--out', () => scratch('ladder.html')],
    ['export', '--format', 'markdown', '--out', () => scratch('pages')],
    ['export', '--format', 'csv', '--out', () => scratch('ladder.csv')],
    ['import', () => scratch('ladder.csv'), '--out', () => scratch('from-csv')],
    ['import', () => scratch('pages'), '--out', () => scratch('from-pages')],
    ['team', '--format', 'html', '--out', () => scratch('team.html')],
    [
      'packet',
      'director',
      '--for',
      'Alice',
      '--as',
      'Bob',
      '--format',
      'html',
      '--out',
      () => scratch('packet.html'),
    ],
    // A name in another script is given an ASCII id.
    [
      'evidence',
      'add',
      'Work',
      '--item',
      'director:external-talks',
      '--for',
      'Zoë Ōtani',
      '--as',
      'Bob',
    ],
    ['forget', 'director', '--yes', '--as', 'Alice'],
  ],
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
  const run = (args) => program().main(['node', 'ladder', ...args], root);
  for (const step of sets[process.argv[2]]) {
    if (step !== 'first prompt') {
      const args = step.map((a) => (typeof a === 'function' ? a() : a));
      await run(args);
      // A step that fails warms what its error path compiles, not what users run: say so.
      if (process.exitCode) {
        process.stderr.write(`warm-up step failed: ladder ${args.join(' ')}\n`);
        process.exit(1);
      }
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
