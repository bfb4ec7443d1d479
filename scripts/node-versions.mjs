// The Node versions at hand: the one running, and those in .node-versions/<major>/ (which
// .ci/run fills from the npm registry's `node` package). The build writes a code cache for
// each; the benchmarks time each.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Each Node version once, oldest first, with its path, version and V8 version. */
export function nodes(root = process.cwd()) {
  const dir = join(root, '.node-versions');
  const others = existsSync(dir)
    ? readdirSync(dir)
        .map((v) => join(dir, v, 'node_modules', '.bin', 'node'))
        .filter((n) => existsSync(n))
    : [];
  const all = [process.execPath, ...others].flatMap((path) => {
    let answer;
    try {
      answer = execFileSync(path, ['-p', 'process.version + " " + process.versions.v8'], {
        encoding: 'utf8',
        env: { PATH: process.env.PATH },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (error) {
      // A Node that cannot start (a broken install) is left out, said once, not a crash.
      process.stderr.write(`skipping ${path}: it does not run (${error.message.split('\n')[0]})\n`);
      return [];
    }
    const [version, v8] = answer.trim().split(' ');
    return [{ path, version, v8 }];
  });
  const major = (n) => Number(n.version.slice(1).split('.')[0]);
  return [...new Map(all.map((n) => [n.version, n])).values()].sort((a, b) => major(a) - major(b));
}
