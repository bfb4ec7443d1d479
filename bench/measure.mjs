// Shared by the benchmarks: run a command many times and report medians.
import { spawnSync } from 'node:child_process';

export function runOnce(args, env = {}) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) {
    throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  }
  return ms;
}

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * Runs each case `rounds` times, interleaved (a, b, c, a, b, c, …) so that noise from a busy
 * machine falls on all of them alike. Returns the median milliseconds of each case.
 */
export function interleaved(cases, rounds, env) {
  const times = cases.map(() => []);
  for (const c of cases) runOnce(c.args, env); // warm the file cache and the ladder cache
  for (let r = 0; r < rounds; r++) {
    cases.forEach((c, i) => times[i].push(runOnce(c.args, env)));
  }
  return times.map(median);
}
