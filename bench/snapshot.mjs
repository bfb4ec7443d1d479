// npm run bench (a part of its own): a V8 start-up snapshot (`node --build-snapshot`, Node 22
// and later) of the built program, against the package's code cache, for `show vp-eng`. Each
// Node at hand is timed against its own `node -e 0` in one interleaved run. The snapshot holds
// the program and show's code loaded, not compiled: V8 keeps no compiled code in a snapshot.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLEAN_NOTE, cleanEnv, interleaved, nodes, ratioLine } from './measure.mjs';

const rounds = Number(process.env.BENCH_ROUNDS ?? 25);
const work = mkdtempSync(join(tmpdir(), 'ladder-bench-snapshot-'));
const root = process.cwd();

// The snapshot's entry: loads dist/ as the launcher does (a function of the CommonJS arguments
// a file), for the snapshot to hold; the main function runs the command given after the blob.
const entry = join(work, 'entry.cjs');
writeFileSync(
  entry,
  `const { readFileSync } = require('node:fs');
const { join, dirname } = require('node:path');
const dist = ${JSON.stringify(join(root, 'dist'))};
const loaded = new Map();
const builtin = require;
function load(file) {
  if (loaded.has(file)) return loaded.get(file).exports;
  const source = readFileSync(file, 'utf8');
  const run = (0, eval)(source.slice(0, source.lastIndexOf('\\n.call(')));
  const module = { exports: {} };
  loaded.set(file, module);
  const local = (id) => (/^\\.\\/[\\w-]+\\.cjs$/.test(id) ? load(join(dist, id)) : builtin(id));
  run(module.exports, local, module, file, dirname(file));
  return module.exports;
}
const cli = load(join(dist, 'cli.cjs'));
load(join(dist, 'commands-show-run.cjs'));
require('node:v8').startupSnapshot.setDeserializeMainFunction(() =>
  cli.main([process.argv[0], 'ladder', ...process.argv.slice(1)], ${JSON.stringify(root)}),
);
`,
);

try {
  console.log(`\nstart-up snapshot against the code cache, show vp-eng; ${CLEAN_NOTE}`);
  const env = { XDG_CACHE_HOME: join(work, 'cache') };
  for (const node of nodes()) {
    if (Number(node.version.slice(1).split('.')[0]) < 22) continue;
    const blob = join(work, `${node.version}.blob`);
    execFileSync(node.path, ['--snapshot-blob', blob, '--build-snapshot', entry], {
      env: cleanEnv(),
      stdio: 'ignore',
    });
    const [base, snapshot, cached] = interleaved(
      [
        { args: ['-e', '0'] },
        { args: ['--snapshot-blob', blob, 'show', 'vp-eng'] },
        { args: [join(root, 'bin/ladder.js'), 'show', 'vp-eng'] },
      ],
      rounds,
      env,
      node.path,
    );
    const size = (statSync(blob).size / 1048576).toFixed(1);
    console.log(`  ${node.version} (a snapshot of ${size} MiB)`);
    console.log(ratioLine('show from the snapshot', snapshot, base));
    console.log(ratioLine('show with the code cache', cached, base));
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
