// npm run bench (first part): how the package as it ships starts, under each Node version at
// hand, each against its own bare `node -e 0` in the same interleaved run, as median ratios
// with their spread (the quartiles). Warm is every run after the first: the ladder cache and,
// under a Node other than the build's, the code cache the first run wrote. Cold is a user's
// first run: an empty cache folder, both caches written. The goals are the ones for Node 24.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { gitIn } from './ladders.mjs';
import { CLEAN_NOTE, cleanEnv, installShipped, interleaved, nodes, ratioLine } from './measure.mjs';

const rounds = Number(process.env.BENCH_ROUNDS ?? 25);
const { work, bin } = installShipped();

// A store with the two sides of a check-in and a piece of evidence, for the manager's side.
const store = join(work, 'store');
const ladder = (args, user) =>
  execFileSync(process.execPath, [bin, ...args], {
    env: cleanEnv({ LADDER_STORE: store, LADDER_USER: user, XDG_CACHE_HOME: join(work, 'c') }),
    stdio: 'ignore',
  });
ladder(['assess', 'director', '--answers', 'examples/check-in/alice.yaml'], 'Alice Martin');
ladder(
  ['assess', 'director', '--for', 'Alice Martin', '--answers', 'examples/check-in/bob.yaml'],
  'Bob Lee',
);
ladder(['evidence', 'add', 'Gave a talk', '--item', 'director:external-talks'], 'Alice Martin');

// A git repository of the shipped ladder with one commit that rewords a checkpoint, for
// `changes HEAD~1`.
const repo = join(work, 'repo');
cpSync('ladder', join(repo, 'ladder'), { recursive: true });
const git = gitIn(repo);
git('init', '-q');
git('add', '.');
git('commit', '-qm', 'shipped');
const director = join(repo, 'ladder/levels/director.yaml');
writeFileSync(
  director,
  readFileSync(director, 'utf8').replace('regularly contributed', 'often written'),
);
git('commit', '-qam', 'reworded');

const me = { LADDER_USER: 'Alice Martin' };
const cases = [
  { name: 'node -e 0', args: ['-e', '0'] },
  { name: 'ladder --version', args: [bin, '--version'], goal: 1.1 },
  { name: 'ladder show vp-eng', args: [bin, 'show', 'vp-eng'], goal: 1.15 },
  { name: 'ladder list', args: [bin, 'list'], goal: 1.15 },
  { name: 'ladder search strategy', args: [bin, 'search', 'strategy'], goal: 1.15 },
  { name: 'ladder diff director vp', args: [bin, 'diff', 'director', 'vp'], goal: 1.2 },
  { name: 'ladder validate', args: [bin, 'validate'], goal: 1.25 },
  { name: 'ladder lint', args: [bin, 'lint'], goal: 1.25 },
  {
    name: 'ladder complete (a Tab)',
    args: [bin, 'complete', '--', 'show', '--section', 'knowledge,'],
    goal: 1.15,
  },
  { name: 'ladder report director', args: [bin, 'report', 'director'], env: me, goal: 1.3 },
  { name: 'ladder packet director', args: [bin, 'packet', 'director'], env: me, goal: 1.3 },
  {
    name: 'ladder compare director',
    args: [bin, 'compare', 'director', '--for', 'alice'],
    goal: 1.3,
  },
  { name: 'ladder team', args: [bin, 'team'], goal: 1.3 },
  { name: 'ladder evidence list', args: [bin, 'evidence', 'list'], env: me, goal: 1.3 },
  {
    name: 'ladder changes HEAD~1',
    args: [bin, 'changes', 'HEAD~1', '--ladder', join(repo, 'ladder')],
    goal: 1.6,
  },
  {
    name: 'ladder show vp-eng, cold',
    args: [bin, 'show', 'vp-eng'],
    env: () => ({ XDG_CACHE_HOME: mkdtempSync(join(work, 'cold-')) }),
    goal: 1.6,
  },
];

console.log(`start-up of the package as installed from its tarball; ${CLEAN_NOTE}`);
console.log(`median of ${rounds} interleaved runs, ratio to node -e 0 [quartiles]`);
try {
  for (const node of nodes()) {
    const caches = mkdtempSync(join(tmpdir(), 'ladder-bench-cache-'));
    const times = interleaved(
      cases,
      rounds,
      { LADDER_STORE: store, XDG_CACHE_HOME: caches },
      node.path,
    );
    console.log(`Node ${node.version}`);
    cases.forEach((c, i) => console.log(ratioLine(c.name, times[i], times[0], c.goal)));
    rmSync(caches, { recursive: true, force: true });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
