// npm run bench (third part): how long `ladder assess` takes to show its first prompt, in a
// pseudo-terminal (util-linux `script`), against a node process started the same way that prints
// a marker and waits: a marker against a marker, both killed once it shows.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median } from './measure.mjs';

const rounds = Number(process.env.BENCH_ROUNDS ?? 20);
const data = mkdtempSync(join(tmpdir(), 'ladder-bench-data-'));
let run = 0;

/** Milliseconds until `marker` appears on the terminal. */
function timeTo(command, marker) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn('script', ['-qfec', command, '/dev/null'], {
      // A fresh data folder each time: an unfinished assessment would change the first prompt.
      env: { ...process.env, XDG_DATA_HOME: join(data, String(run++)), NO_COLOR: '1' },
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

const waiter = `node -e "process.stdout.write('READY'); setInterval(() => {}, 1000)"`;
const base = [];
const prompt = [];
try {
  await timeTo('node bin/ladder.js assess director', 'Years of experience');
  for (let i = 0; i < rounds; i++) {
    base.push(await timeTo(waiter, 'READY'));
    prompt.push(await timeTo('node bin/ladder.js assess director', 'Years of experience'));
  }
} finally {
  rmSync(data, { recursive: true, force: true });
}
const ratio = median(prompt) / median(base);
console.log(`\nfirst prompt of ladder assess, in a pseudo-terminal, median of ${rounds} runs each`);
console.log(
  `  ${'node: prints a marker'.padEnd(28)} ${median(base).toFixed(1).padStart(7)} ms  1.00×`,
);
console.log(
  `  ${'ladder assess: first prompt'.padEnd(28)} ${median(prompt).toFixed(1).padStart(7)} ms  ${ratio.toFixed(2)}×  (goal ≤ 1.2: ${ratio <= 1.2 ? 'met' : 'NOT met'})`,
);
