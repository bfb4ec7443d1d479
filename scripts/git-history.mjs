// A git history made with fixed dates, names and addresses, so that its hashes are the same on
// every machine: for harvest's tests, and for examples/harvest/work.bundle, which
// `node scripts/git-history.mjs` writes.
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const who = (name) => {
  const email = `${name.toLowerCase().replace(/\W+/g, '.')}@example.com`;
  return {
    GIT_AUTHOR_NAME: name,
    GIT_AUTHOR_EMAIL: email,
    GIT_COMMITTER_NAME: name,
    GIT_COMMITTER_EMAIL: email,
  };
};

/**
 * A repository in `dir` whose steps are made one a day from `start`, by Sam Lee unless a step
 * names its author. A step commits to its files (appending a line to each), or, with `merge`,
 * merges that branch without fast-forward; `branch` switches first, making it if need be.
 * @param {{ files?: string[], subject: string, body?: string, branch?: string, merge?: string, author?: string }[]} steps
 */
export function makeRepo(steps, dir, start = '2026-11-01') {
  const git = (args, env = {}, input) =>
    execFileSync('git', args, {
      cwd: dir,
      input,
      stdio: ['pipe', 'ignore', 'pipe'],
      env: { PATH: process.env.PATH ?? '', HOME: dir, GIT_CONFIG_NOSYSTEM: '1', ...env },
    });
  git(['init', '-q', '-b', 'main']);
  git(['config', 'user.email', 'sam.lee@example.com']);
  git(['config', 'user.name', 'Sam Lee']);
  steps.forEach((step, n) => {
    const day = new Date(`${start}T10:00:00Z`);
    day.setUTCDate(day.getUTCDate() + n);
    const env = {
      ...who(step.author ?? 'Sam Lee'),
      GIT_AUTHOR_DATE: day.toISOString(),
      GIT_COMMITTER_DATE: day.toISOString(),
    };
    if (step.branch) {
      try {
        git(['checkout', '-q', step.branch]);
      } catch {
        git(['checkout', '-q', '-b', step.branch]);
      }
    }
    if (step.merge) {
      const body = step.body ? ['-m', step.body] : [];
      git(['merge', '-q', '--no-ff', step.merge, '-m', step.subject, ...body], env);
      return;
    }
    for (const file of step.files ?? []) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      appendFileSync(join(dir, file), `${n}\n`);
    }
    git(['add', '-A']);
    git(
      ['commit', '-q', '--allow-empty', '-F', '-'],
      env,
      `${step.subject}${step.body ? `\n\n${step.body}` : ''}`,
    );
  });
  return dir;
}

/** The walk-through's history: three pieces of Sam's work, and a commit that is not work. */
export const EXAMPLE = [
  { files: ['docs/postmortems/dns.md'], subject: 'Blameless postmortem for the DNS outage' },
  { files: ['package-lock.json'], subject: 'Bump lockfile' },
  { branch: 'topic', files: ['db/migrations/1.sql'], subject: 'Backfill region column' },
  {
    branch: 'main',
    merge: 'topic',
    subject: 'Merge pull request #7 from sam/topic',
    body: 'Zero-downtime migration of the region data',
  },
];

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const work = mkdtempSync(join(tmpdir(), 'ladder-history-'));
  try {
    makeRepo(EXAMPLE, work);
    const out = join(root, 'examples/harvest/work.bundle');
    execFileSync('git', ['bundle', 'create', '-q', out, 'HEAD', 'main'], {
      cwd: work,
      stdio: 'ignore',
    });
    console.log(out);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
