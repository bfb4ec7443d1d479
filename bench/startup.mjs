// npm run bench: how `ladder` starts against a bare `node -e 0`, in the same interleaved run, as
// ratios. The ladder cache is warm, as it is for every command after the first.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gitIn } from './ladders.mjs';
import { interleaved } from './measure.mjs';

const rounds = Number(process.env.BENCH_ROUNDS ?? 30);

// A store with the two sides of a check-in, for `compare`: Alice's and her manager's answers.
const store = mkdtempSync(join(tmpdir(), 'ladder-bench-store-'));
const ladder = (args, user) =>
  execFileSync(process.execPath, ['bin/ladder.js', ...args], {
    env: { ...process.env, LADDER_STORE: store, LADDER_USER: user },
    stdio: 'ignore',
  });
ladder(['assess', 'director', '--answers', 'examples/check-in/alice.yaml'], 'Alice Martin');
ladder(
  ['assess', 'director', '--for', 'Alice Martin', '--answers', 'examples/check-in/bob.yaml'],
  'Bob Lee',
);

// A git repository of the shipped ladder with one commit that rewords a checkpoint, for
// `changes HEAD~1`.
const repo = mkdtempSync(join(tmpdir(), 'ladder-bench-repo-'));
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

const cases = [
  { name: 'node -e 0', args: ['-e', '0'] },
  { name: 'ladder show vp-eng', args: ['bin/ladder.js', 'show', 'vp-eng'], goal: 1.1 },
  { name: 'ladder list', args: ['bin/ladder.js', 'list'], goal: 1.1 },
  { name: 'ladder search strategy', args: ['bin/ladder.js', 'search', 'strategy'], goal: 1.1 },
  {
    name: 'ladder diff director vp',
    args: ['bin/ladder.js', 'diff', 'director', 'vp'],
    goal: 1.15,
  },
  { name: 'ladder validate', args: ['bin/ladder.js', 'validate'], goal: 1.25 },
  { name: 'ladder lint', args: ['bin/ladder.js', 'lint'], goal: 1.25 },
  {
    name: 'ladder complete (a Tab)',
    args: ['bin/ladder.js', 'complete', '--', 'show', '--section', 'knowledge,'],
    goal: 1.15,
  },
  {
    name: 'ladder changes HEAD~1',
    args: ['bin/ladder.js', 'changes', 'HEAD~1', '--ladder', join(repo, 'ladder')],
    goal: 1.5,
  },
  {
    name: 'ladder compare director',
    args: ['bin/ladder.js', 'compare', 'director', '--for', 'alice'],
    goal: 1.25,
  },
];
let medians;
try {
  medians = interleaved(cases, rounds, { NO_COLOR: '1', LADDER_STORE: store });
} finally {
  rmSync(store, { recursive: true, force: true });
  rmSync(repo, { recursive: true, force: true });
}
const base = medians[0];
console.log(`startup on Node ${process.versions.node}, median of ${rounds} interleaved runs each`);
cases.forEach((c, i) => {
  const ratio = medians[i] / base;
  const goal = c.goal ? `  (goal ≤ ${c.goal}: ${ratio <= c.goal ? 'met' : 'NOT met'})` : '';
  console.log(
    `  ${c.name.padEnd(28)} ${medians[i].toFixed(1).padStart(7)} ms  ${ratio.toFixed(2)}×${goal}`,
  );
});
