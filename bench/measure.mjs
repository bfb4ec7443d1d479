// Shared by the benchmarks: an honest environment, the package as it ships, the Node versions
// at hand, and interleaved runs reported as medians with their spread.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
export { nodes } from '../scripts/node-versions.mjs';

/**
 * The environment every timed process runs with: NODE_EXTRA_CA_CERTS (which these machines set,
 * and which makes Node 20 parse a certificate bundle at every start) and NODE_OPTIONS unset,
 * as a user's machine has them.
 */
export function cleanEnv(extra = {}) {
  const env = { ...process.env, NO_COLOR: '1', ...extra };
  delete env.NODE_EXTRA_CA_CERTS;
  delete env.NODE_OPTIONS;
  delete env.LADDER_DIR;
  return env;
}

export const CLEAN_NOTE =
  'NODE_EXTRA_CA_CERTS and NODE_OPTIONS unset for every process, the baseline included';

/**
 * The package as a user installs it: `npm run package`'s tarball, installed into a prefix of
 * its own, with the code caches the build shipped and no other. Returns its bin/ladder.js.
 */
export function installShipped() {
  const work = mkdtempSync(join(tmpdir(), 'ladder-bench-install-'));
  const tarball = execFileSync(process.execPath, ['scripts/package.mjs', '--out', work], {
    encoding: 'utf8',
  }).trim();
  execFileSync(
    'npm',
    ['install', '-g', '--prefix', work, '--no-audit', '--no-fund', '--prefer-offline', tarball],
    { stdio: 'ignore' },
  );
  return { work, bin: join(work, 'lib', 'node_modules', 'ladder', 'bin', 'ladder.js') };
}

/** One run's milliseconds; a case that `refused` is timed to its refusal, which must come. */
export function runOnce(args, env, node = process.execPath, refused = false) {
  const start = process.hrtime.bigint();
  const result = spawnSync(node, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if ((result.status !== 0) !== refused)
    throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return ms;
}

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  return sorted[low] + (sorted[Math.ceil(at)] - sorted[low]) * (at - low);
};
export const median = (values) => quantile(values, 0.5);

/**
 * Runs each case `rounds` times, interleaved (a, b, c, a, b, c, …) so that noise from a busy
 * machine falls on all of them alike; the first case is the baseline. A case may give `env` as
 * a function, called before each run (a fresh cache folder for a cold start). Returns each
 * case's times.
 */
export function interleaved(cases, rounds, env, node = process.execPath) {
  const envOf = (c) => cleanEnv({ ...env, ...(typeof c.env === 'function' ? c.env() : c.env) });
  const times = cases.map(() => []);
  for (const c of cases) runOnce(c.args, envOf(c), node, c.refused); // warm the caches
  for (let r = 0; r < rounds; r++)
    cases.forEach((c, i) => times[i].push(runOnce(c.args, envOf(c), node, c.refused)));
  return times;
}

/**
 * A case's median against the baseline's, with the spread of the ratio (its times' quartiles
 * over the baseline's median), and whether it meets its goal.
 */
export function ratioLine(name, times, base, goal) {
  const b = median(base);
  const ratio = median(times) / b;
  const spread = `[${(quantile(times, 0.25) / b).toFixed(2)}–${(quantile(times, 0.75) / b).toFixed(2)}]`;
  const verdict = goal ? `  goal ≤ ${goal.toFixed(2)}: ${ratio <= goal ? 'met' : 'NOT met'}` : '';
  return `  ${name.padEnd(30)} ${median(times).toFixed(1).padStart(7)} ms  ${ratio.toFixed(2)}× ${spread}${verdict}`;
}
