// npm run bench (second part): how long `ladder assess` takes to show its first prompt, in a
// pseudo-terminal (util-linux `script`), against a node process started the same way that prints
// a marker and waits: a marker against a marker, both killed once it shows. The package as it
// ships, under each Node version at hand; the goal is the one for Node 24.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { CLEAN_NOTE, cleanEnv, installShipped, nodes, ratioLine } from './measure.mjs';

const rounds = Number(process.env.BENCH_ROUNDS ?? 20);
const { work, bin } = installShipped();
let run = 0;

/** Milliseconds until `marker` appears on the terminal. */
function timeTo(command, marker, caches) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn('script', ['-qfec', command, '/dev/null'], {
      // A fresh data folder each time: an unfinished assessment would change the first prompt.
      env: cleanEnv({ XDG_DATA_HOME: join(work, 'data', String(run++)), XDG_CACHE_HOME: caches }),
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    let seen = '';
    const done = () => resolve(Number(process.hrtime.bigint() - start) / 1e6);
    child.stdout.on('data', (chunk) => {
      seen += chunk;
      if (seen.includes(marker)) {
        done();
        child.kill('SIGKILL');
      }
    });
    child.on('error', reject);
    child.on('close', () => seen.includes(marker) || reject(new Error(`no marker: ${seen}`)));
    // The prompt waits for input forever; so would this process, for the pipe, were it left open.
    child.on('exit', () => child.stdin.destroy());
  });
}

console.log(`\nfirst prompt of ladder assess, in a pseudo-terminal; ${CLEAN_NOTE}`);
console.log(`median of ${rounds} interleaved runs, ratio to a node that prints a marker`);
try {
  for (const node of nodes()) {
    const caches = mkdtempSync(join(work, 'cache-'));
    const waiter = `'${node.path}' -e "process.stdout.write('READY'); setInterval(() => {}, 1000)"`;
    const assess = `'${node.path}' '${bin}' assess director`;
    const base = [];
    const prompt = [];
    await timeTo(assess, 'Years of experience', caches);
    for (let i = 0; i < rounds; i++) {
      base.push(await timeTo(waiter, 'READY', caches));
      prompt.push(await timeTo(assess, 'Years of experience', caches));
    }
    console.log(`Node ${node.version}`);
    console.log(ratioLine('node: prints a marker', base, base));
    console.log(ratioLine('ladder assess: first prompt', prompt, base, 1.3));
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
