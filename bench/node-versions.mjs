// npm run bench (last part): `ladder show vp-eng` against `node -e 0` under each Node version at
// hand, by each way of loading dist/ that the version has: Node's own compile cache (22.8 and
// later) and the V8 code cache loader of bin/ladder.js, given caches made by that same version.
// Versions besides the running one are looked for in .node-versions/<major>/ (.ci/run installs
// them there from the npm registry's `node` package).
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median } from './measure.mjs';

const rounds = Number(process.env.BENCH_ROUNDS ?? 20);
const root = process.cwd();
const others = existsSync('.node-versions')
  ? readdirSync('.node-versions')
      .map((v) => join(root, '.node-versions', v, 'node_modules', '.bin', 'node'))
      .filter((n) => existsSync(n))
  : [];
const nodes = [process.execPath, ...others];

/** A copy of the package, whose code caches the version in question may write. */
function copy() {
  const dir = mkdtempSync(join(tmpdir(), 'ladder-bench-pkg-'));
  for (const f of ['bin', 'dist', 'ladder', 'package.json', 'scripts'])
    // Old timestamps, as a ladder edited a while ago has: the ladder cache trusts those at once.
    cpSync(join(root, f), join(dir, f), { recursive: true, preserveTimestamps: true });
  return dir;
}

const time = (node, args, env) => {
  const start = process.hrtime.bigint();
  const r = spawnSync(node, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  if (r.status !== 0) throw new Error(`${args.join(' ')}: ${r.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
};

console.log(`\nstart-up under each Node version, median of ${rounds} interleaved runs each`);
for (const node of nodes) {
  const version = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
  const dir = copy();
  const cache = mkdtempSync(join(tmpdir(), 'ladder-bench-cache-'));
  try {
    const env = { NO_COLOR: '1', XDG_CACHE_HOME: cache };
    // Code caches made by this very version, as a build under it would make them.
    execFileSync(node, [join(dir, 'scripts/warm-code-cache.cjs'), 'reading'], {
      cwd: dir,
      env: { ...process.env, ...env, LADDER_WRITE_CODE_CACHE: '1', LADDER_LOADER: 'code-cache' },
      stdio: 'ignore',
    });
    const builtIn =
      execFileSync(node, ['-p', "typeof require('node:module').enableCompileCache"], {
        encoding: 'utf8',
      }).trim() === 'function';
    const show = [join(dir, 'bin/ladder.js'), 'show', 'vp-eng'];
    const cases = [
      { name: 'node -e 0', args: ['-e', '0'], env },
      { name: 'show, code-cache loader', args: show, env: { ...env, LADDER_LOADER: 'code-cache' } },
      ...(builtIn
        ? [
            {
              name: 'show, compile cache',
              args: show,
              env: { ...env, LADDER_LOADER: 'compile-cache' },
            },
          ]
        : []),
      { name: 'show, as bin/ladder.js chooses', args: show, env },
    ];
    // A file changed within 2 s is not cached (the ladder cache's racy-clean rule): the copy's
    // files just changed, so wait that long, then fill the caches.
    spawnSync('sleep', ['2.2']);
    for (const c of cases) time(node, c.args, c.env);
    const times = cases.map(() => []);
    for (let r = 0; r < rounds; r++)
      cases.forEach((c, i) => times[i].push(time(node, c.args, c.env)));
    const medians = times.map(median);
    console.log(`  Node ${version}`);
    cases.forEach((c, i) =>
      console.log(
        `    ${c.name.padEnd(32)} ${medians[i].toFixed(1).padStart(7)} ms  ${(medians[i] / medians[0]).toFixed(2)}×`,
      ),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
  }
}
