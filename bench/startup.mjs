// npm run bench: how `ladder` starts against a bare `node -e 0`, in the same run, as a ratio.
import { interleaved } from './measure.mjs';

const rounds = Number(process.env.BENCH_ROUNDS ?? 30);
const cases = [
  { name: 'node -e 0', args: ['-e', '0'] },
  { name: 'ladder show vp-eng', args: ['bin/ladder.js', 'show', 'vp-eng'], goal: 1.25 },
  {
    name: 'ladder diff director vp',
    args: ['bin/ladder.js', 'diff', 'director', 'vp'],
    goal: 1.25,
  },
  { name: 'ladder list', args: ['bin/ladder.js', 'list'] },
];
const medians = interleaved(cases, rounds, { NO_COLOR: '1' });
const base = medians[0];
console.log(`startup, median of ${rounds} interleaved runs each`);
cases.forEach((c, i) => {
  const ratio = medians[i] / base;
  const goal = c.goal ? `  (goal ≤ ${c.goal}: ${ratio <= c.goal ? 'met' : 'NOT met'})` : '';
  console.log(
    `  ${c.name.padEnd(28)} ${medians[i].toFixed(1).padStart(7)} ms  ${ratio.toFixed(2)}×${goal}`,
  );
});
